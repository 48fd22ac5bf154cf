/**
 * `platform-http` while routes come and go, as a client sees it: requests for a route being replaced wait for the new
 * version, requests in progress finish on the old one, waiting past the drain timeout gives 503 (fake timers), and a
 * removed route's path answers 404.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Exchange } from '../../api/exchange.js';
import type { AsyncCallback, Processor } from '../../api/processor.js';
import { Route } from '../route.js';
import { PlatformHttpServer } from './platform-http-server.js';
import { platformHttpSettings } from './platform-http-settings.js';
import { httpRequest, waiting } from './platform-http-test-support.js';

const closers: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  vi.useRealTimers();
  for (const close of closers.splice(0).reverse()) await close();
});

function newServer(drainTimeoutMs = 1000): PlatformHttpServer {
  const server = new PlatformHttpServer({ host: '127.0.0.1', port: 0, drainTimeoutMs });
  closers.push(() => server.close());
  return server;
}

/** A processor answering `text`; with `hold`, each exchange waits until the test releases it. */
function answer(text: string, hold = false): Processor & { release(): void; held: number } {
  const pending: (() => void)[] = [];
  return {
    get held() {
      return pending.length;
    },
    release() {
      pending.shift()?.();
    },
    process(e: Exchange, done: AsyncCallback) {
      const finish = (): void => {
        e.body = text;
        done(false);
      };
      if (!hold) {
        e.body = text;
        done(true);
        return true;
      }
      pending.push(finish);
      return false;
    },
  };
}

function route(
  server: PlatformHttpServer,
  id: string,
  path: string,
  processor: Processor,
  maxInflight?: number,
): Route {
  const r = new Route({
    id,
    from: `platform-http:${path}`,
    consumer: server.consumer(path, platformHttpSettings({})),
    processor,
    ...(maxInflight === undefined ? {} : { maxInflight }),
  });
  closers.push(() => r.stop(100));
  return r;
}

async function started(r: Route, server: PlatformHttpServer): Promise<number> {
  r.start();
  return (await server.listen()).port;
}

describe('platform-http while routes are replaced', () => {
  it('finishes requests in progress on the old version and answers waiting ones with the new version', async () => {
    const server = newServer();
    const v1 = answer('v1', true);
    const old = route(server, 'hello', '/hello', v1);
    const port = await started(old, server);
    const inProgress = httpRequest(port, { path: '/hello' });
    await waiting(server.routes, 0);
    while (v1.held === 0) await new Promise((r) => setImmediate(r));
    const handingOver = old.handOver(1000);
    const arrived = httpRequest(port, { path: '/hello' });
    await waiting(server.routes, 1);
    v1.release();
    expect(await inProgress).toMatchObject({ status: 200, body: 'v1' });
    await handingOver;
    route(server, 'hello', '/hello', answer('v2')).start();
    expect(await arrived).toMatchObject({ status: 200, body: 'v2' });
    expect(server.routes.waitingCount).toBe(0);
  });

  it('answers 503 with Retry-After to a request that waited past the drain timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const server = newServer(5000);
    const old = route(server, 'hello', '/hello', answer('v1'));
    const port = await started(old, server);
    await old.handOver(1000);
    const reply = httpRequest(port, { path: '/hello' });
    await waiting(server.routes, 1);
    vi.advanceTimersByTime(4999);
    expect(server.routes.waitingCount).toBe(1);
    vi.advanceTimersByTime(1);
    expect(await reply).toMatchObject({ status: 503, headers: { 'retry-after': '1' } });
  });

  it('holds requests while a route is suspended and serves them when it resumes', async () => {
    const server = newServer();
    const r = route(server, 'hello', '/hello', answer('back'));
    const port = await started(r, server);
    await r.suspend();
    const reply = httpRequest(port, { path: '/hello' });
    await waiting(server.routes, 1);
    r.resume();
    expect(await reply).toMatchObject({ status: 200, body: 'back' });
  });

  it('holds requests beyond maxInflight until an exchange completes', async () => {
    const server = newServer();
    const slow = answer('done', true);
    const port = await started(route(server, 'hello', '/hello', slow, 1), server);
    const first = httpRequest(port, { path: '/hello' });
    const second = httpRequest(port, { path: '/hello' });
    await waiting(server.routes, 1);
    expect(slow.held).toBe(1);
    slow.release();
    await waiting(server.routes, 0);
    while (slow.held === 0) await new Promise((r) => setImmediate(r));
    slow.release();
    expect([(await first).status, (await second).status]).toEqual([200, 200]);
  });

  it('removes the path of a stopped route: waiting requests get 503, later ones 404', async () => {
    const server = newServer();
    const r = route(server, 'hello', '/hello', answer('x'));
    const port = await started(r, server);
    await r.suspend();
    const waited = httpRequest(port, { path: '/hello' });
    await waiting(server.routes, 1);
    await r.stop(100);
    expect((await waited).status).toBe(503);
    expect((await httpRequest(port, { path: '/hello' })).status).toBe(404);
  });

  it('during a swap, lets a new route serving the same path take over from a stopped one', async () => {
    const server = newServer();
    const old = route(server, 'route1', '/hello', answer('old'));
    const port = await started(old, server);
    server.routes.beginSwap();
    await old.stop(100);
    const reply = httpRequest(port, { path: '/hello' });
    await waiting(server.routes, 1);
    route(server, 'route2', '/hello/', answer('new')).start();
    server.routes.endSwap();
    expect(await reply).toMatchObject({ status: 200, body: 'new' });
  });

  it('removes at the end of a swap the paths no new route took over', async () => {
    const server = newServer();
    const old = route(server, 'gone', '/gone', answer('old'));
    const port = await started(old, server);
    server.routes.beginSwap();
    await old.stop(100);
    const reply = httpRequest(port, { path: '/gone' });
    await waiting(server.routes, 1);
    server.routes.endSwap();
    expect((await reply).status).toBe(503);
    expect((await httpRequest(port, { path: '/gone' })).status).toBe(404);
  });
});
