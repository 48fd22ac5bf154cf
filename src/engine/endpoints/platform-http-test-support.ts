/**
 * Shared by the `platform-http` tests (not a test itself, and no dependency of the server): HTTP requests to
 * 127.0.0.1 on a fresh connection each (no keep-alive socket outlives a test), and a wait for the server's routing
 * table that needs no timer (it turns the event loop with `setImmediate`, which fake timers leave alone).
 */
import { request, type IncomingHttpHeaders } from 'node:http';

import type { PlatformHttpRoutes } from './platform-http-routes.js';

/** What a client sees of a response. */
export interface HttpReply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A request as a test writes it. */
export interface HttpCall {
  readonly method?: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
}

/** Sends one request to `127.0.0.1:port` and resolves with the whole response. */
export function httpRequest(port: number, call: HttpCall): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: call.method ?? 'GET', path: call.path, headers: call.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(call.body);
  });
}

/** Turns the event loop until `condition` holds (at most `turns` times). */
export async function until(condition: () => boolean, turns = 2000): Promise<void> {
  for (let i = 0; i < turns && !condition(); i++) {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (!condition()) throw new Error('condition not reached');
}

/** Resolves once `n` requests wait in the routing table. */
export function waiting(routes: PlatformHttpRoutes, n: number): Promise<void> {
  return until(() => routes.waitingCount === n);
}
