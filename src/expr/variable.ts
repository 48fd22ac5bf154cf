/** The `variable` language: the expression is a variable name; the value is that exchange variable. */
import type { ExpressionLanguage } from '../api/expression.js';
import { lookupLanguage } from './lookup-language.js';

/**
 * `variable: myVar`: the exchange variable's value, `null` when absent. Camel's `global:` and `route:` scopes need a
 * variable repository Dromedary does not have, so names with those prefixes are refused at compile time.
 */
export const variableLanguage: ExpressionLanguage = lookupLanguage(
  'variable',
  'variable',
  (exchange, name) => exchange.variables.get(name) ?? null,
  (name) =>
    /^(global|route):/.test(name)
      ? [
          {
            message: `${name.split(':')[0] ?? ''} variables are not supported by Dromedary`,
            offset: 0,
            length: name.length,
          },
        ]
      : [],
);
