/**
 * The runtime's `platform-http` server belongs to the endpoints, not to a generation of routes: dev mode's
 * `nextGeneration()` keeps it, with its port, and `close()` ends it (no socket left open).
 */
import { afterEach, describe, expect, it } from 'vitest';

import type { Processor } from '../api/processor.js';
import { systemClock } from '../engine/clock.js';
import { httpRequest } from '../engine/endpoints/platform-http-test-support.js';
import { Route } from '../engine/route.js';
import { EndpointFactory, type Endpoint } from './endpoint-factory.js';

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const answer = (text: string): Processor => ({
  process(e, done) {
    e.body = text;
    done(true);
    return true;
  },
});

const endpoint: Endpoint = { uri: 'platform-http:/hi', scheme: 'platform-http', path: '/hi', options: {}, written: {} };

function endpoints(): EndpointFactory {
  const factory = new EndpointFactory({
    clock: systemClock,
    logger: (name) => ({ name, enabled: () => false, log: () => undefined }),
    platformHttp: { host: '127.0.0.1', port: 0 },
  });
  closers.push(() => factory.close());
  return factory;
}

function route(factory: EndpointFactory, text: string): Route {
  const r = new Route({ id: 'hi', from: endpoint.uri, consumer: factory.consumer(endpoint), processor: answer(text) });
  closers.push(() => r.stop(100));
  return r;
}

describe('the endpoints own the platform-http server', () => {
  it('keeps its port across generations, serving the new version of a route', async () => {
    const factory = endpoints();
    const first = route(factory, 'v1');
    first.start();
    const port = (await factory.platformHttp.ready())?.port ?? 0;
    expect(await httpRequest(port, { path: '/hi' })).toMatchObject({ status: 200, body: 'v1' });
    await first.handOver(100);
    const next = factory.nextGeneration();
    route(next, 'v2').start();
    expect((await next.platformHttp.ready())?.port).toBe(port);
    expect(await httpRequest(port, { path: '/hi' })).toMatchObject({ status: 200, body: 'v2' });
  });

  it('closes the server with the endpoints', async () => {
    const factory = endpoints();
    const r = route(factory, 'v1');
    r.start();
    const port = (await factory.platformHttp.ready())?.port ?? 0;
    await r.stop(100);
    await factory.close();
    await expect(httpRequest(port, { path: '/hi' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
