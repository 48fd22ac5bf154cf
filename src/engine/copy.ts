/** Copies of exchanges, for EIPs and endpoints that hand an exchange on while the original goes its own way. */
import type { Exchange } from '../api/exchange.js';
import { DefaultExchange } from './exchange.js';

/**
 * A new exchange (new id) with the same body, headers, properties and variables (shallow copies of the maps; values
 * are shared), the same origin and pattern, and the message history so far (a copy of the list). The exception and
 * the stop flag are not copied.
 */
export function copyExchange(source: Exchange, now: number = Date.now()): Exchange {
  const copy = new DefaultExchange({
    ...(source.fromRouteId === undefined ? {} : { routeId: source.fromRouteId }),
    ...(source.fromEndpoint === undefined ? {} : { endpoint: source.fromEndpoint }),
    pattern: source.pattern,
    created: now,
  });
  copy.routeId = source.routeId;
  copy.body = source.body;
  for (const [k, v] of source.headers) copy.headers.set(k, v);
  for (const [k, v] of source.properties) copy.properties.set(k, v);
  for (const [k, v] of source.variables) copy.variables.set(k, v);
  if (source.history !== undefined) copy.history = source.history.slice();
  return copy;
}
