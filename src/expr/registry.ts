/** The expression languages Dromedary runs, by the key routes use for them. */
import type { ExpressionLanguage } from '../api/expression.js';
import { constantLanguage } from './constant.js';
import { exchangePropertyLanguage } from './exchange-property.js';
import { headerLanguage } from './header.js';
import { simpleLanguage } from './simple/index.js';
import { variableLanguage } from './variable.js';

/** `simple`, `constant`, `header`, `exchangeProperty` and `variable`, keyed by their DSL names. */
export const languages: ReadonlyMap<string, ExpressionLanguage> = new Map(
  [simpleLanguage, constantLanguage, headerLanguage, exchangePropertyLanguage, variableLanguage].map((l) => [
    l.name,
    l,
  ]),
);
