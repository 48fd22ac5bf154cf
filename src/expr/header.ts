/**
 * The `header` language: the expression is a header name; the value is that header. As in Camel (its
 * `headerExpression`), a missing header falls back to the exchange property of the same name, then `null`.
 */
import type { ExpressionLanguage } from '../api/expression.js';
import { lookupLanguage } from './lookup-language.js';

/** `header: CamelFileName`: the header's value (names are case-insensitive), else the exchange property, else `null`. */
export const headerLanguage: ExpressionLanguage = lookupLanguage(
  'header',
  'header',
  (exchange, name) => exchange.headers.get(name) ?? exchange.properties.get(name) ?? null,
);
