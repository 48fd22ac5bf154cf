/** Shared by the dev-mode test files: sending a message to a running dev runtime's `direct:` endpoint. */
import type { Exchange } from '../api/exchange.js';
import { DefaultExchange } from '../engine/exchange.js';
import type { DevRuntime } from './dev-runtime.js';

/** Sends `body` (and `headers`) to `direct:<name>`; resolves with the exchange once the route is done with it. */
export function sendDirect(
  d: DevRuntime,
  name: string,
  body: unknown,
  headers: Readonly<Record<string, unknown>> = {},
): Promise<Exchange> {
  const exchange = new DefaultExchange({ routeId: 'test' });
  exchange.body = body;
  for (const [k, v] of Object.entries(headers)) exchange.headers.set(k, v);
  return new Promise((resolve) => {
    d.endpointFactory?.direct.producer(name).process(exchange, () => {
      resolve(exchange);
    });
  });
}
