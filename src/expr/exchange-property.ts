/** The `exchangeProperty` language: the expression is a property name; the value is that exchange property. */
import type { ExpressionLanguage } from '../api/expression.js';
import { lookupLanguage } from './lookup-language.js';

/** `exchangeProperty: CamelSplitIndex`: the exchange property's value, `null` when absent. */
export const exchangePropertyLanguage: ExpressionLanguage = lookupLanguage(
  'exchangeProperty',
  'exchange property',
  (exchange, name) => exchange.properties.get(name) ?? null,
);
