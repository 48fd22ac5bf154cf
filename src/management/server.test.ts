import { once } from 'node:events';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { DromedaryError, UsageError } from '../api/errors.js';
import { ManagementListenError, ManagementPortInUseError } from './errors.js';
import { FakeClock, FakeView, get, routeView, serve } from './management-test-support.js';
import { DEFAULT_MANAGEMENT_HOST, DEFAULT_MANAGEMENT_PORT, startManagementServer } from './server.js';

const JSON_TYPE = 'application/json';

describe('startManagementServer', () => {
  it('listens on loopback by default and reports the bound port and url', async () => {
    expect(DEFAULT_MANAGEMENT_PORT).toBe(9876);
    expect(DEFAULT_MANAGEMENT_HOST).toBe('127.0.0.1');
    const server = await serve({ view: new FakeView() });
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${String(server.port)}`);
  });

  it('rejects a taken port with MANAGEMENT_PORT_IN_USE, naming host:port and suggesting --management-port 0', async () => {
    const blocker = createServer();
    blocker.listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const { port } = blocker.address() as AddressInfo;
    try {
      const error: unknown = await startManagementServer({ view: new FakeView(), port }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ManagementPortInUseError);
      expect(error).toBeInstanceOf(DromedaryError);
      const inUse = error as ManagementPortInUseError;
      expect(inUse.code).toBe('MANAGEMENT_PORT_IN_USE');
      expect(inUse.port).toBe(port);
      expect(inUse.message).toContain(`127.0.0.1:${String(port)}`);
      expect(inUse.message).toContain('--management-port 0');
    } finally {
      blocker.close();
    }
  });

  it('rejects other listen failures with MANAGEMENT_LISTEN_FAILED and the cause', async () => {
    const error: unknown = await startManagementServer({ view: new FakeView(), port: 0, host: '192.0.2.1' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ManagementListenError);
    const failed = error as ManagementListenError;
    expect(failed.code).toBe('MANAGEMENT_LISTEN_FAILED');
    expect(failed.message).toContain('192.0.2.1:0');
    expect((failed.cause as NodeJS.ErrnoException).code).toBe('EADDRNOTAVAIL');
  });

  it('rejects a port that is not an integer from 0 to 65535', async () => {
    for (const port of [-1, 65_536, 1.5, Number.NaN]) {
      const error: unknown = await startManagementServer({ view: new FakeView(), port }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).code).toBe('MANAGEMENT_PORT_INVALID');
    }
  });
});

describe('health endpoints', () => {
  it.each(['/q/health', '/q/health/live', '/q/health/ready'])('%s answers 200 UP when ready', async (path) => {
    const server = await serve({ view: new FakeView() });
    const res = await get(server, path);
    expect(res.status).toBe(200);
    expect(res.contentType).toBe(JSON_TYPE);
    const body = JSON.parse(res.text) as { status: string; checks: { name: string; status: string }[] };
    expect(body.status).toBe('UP');
    expect(body.checks.length).toBe(path === '/q/health' ? 2 : 1);
    expect(body.checks.every((c) => c.status === 'UP')).toBe(true);
  });

  it('answers 503 DOWN on /q/health and /q/health/ready when not ready; live stays 200', async () => {
    const view = new FakeView();
    view.isReady = false;
    const server = await serve({ view });
    for (const path of ['/q/health', '/q/health/ready']) {
      const res = await get(server, path);
      expect(res.status).toBe(503);
      expect(res.contentType).toBe(JSON_TYPE);
      expect(JSON.parse(res.text)).toMatchObject({ status: 'DOWN' });
    }
    expect((await get(server, '/q/health/live')).status).toBe(200);
    view.isReady = true;
    expect((await get(server, '/q/health/ready')).status).toBe(200);
  });

  it('ignores the query string', async () => {
    const server = await serve({ view: new FakeView() });
    expect((await get(server, '/q/health?pretty=true')).status).toBe(200);
  });
});

describe('/q/routes', () => {
  it('lists every route with exactly the guide’s fields', async () => {
    const view = new FakeView();
    view.routeList = [
      routeView('a', { total: 5, failed: 1, inflight: 2, uptimeMs: 1234, lastError: 'boom', reloads: 1 }),
      routeView('b', { state: 'Stopped', uptimeMs: 0 }),
    ];
    const server = await serve({ view });
    const res = await get(server, '/q/routes');
    expect(res.status).toBe(200);
    expect(res.contentType).toBe(JSON_TYPE);
    expect(JSON.parse(res.text)).toEqual([
      {
        id: 'a',
        from: 'timer://a',
        state: 'Started',
        uptimeMs: 1234,
        total: 5,
        failed: 1,
        inflight: 2,
        msgPerSec: 0,
        lastError: 'boom',
        reloads: 1,
      },
      {
        id: 'b',
        from: 'timer://b',
        state: 'Stopped',
        uptimeMs: 0,
        total: 0,
        failed: 0,
        inflight: 0,
        msgPerSec: 0,
        lastError: null,
        reloads: 0,
      },
    ]);
  });

  it('reads the routes on every request', async () => {
    const view = new FakeView();
    const server = await serve({ view });
    expect((JSON.parse((await get(server, '/q/routes')).text) as unknown[]).length).toBe(1);
    view.routeList = [routeView('x'), routeView('y'), routeView('z')];
    const ids = (JSON.parse((await get(server, '/q/routes')).text) as { id: string }[]).map((r) => r.id);
    expect(ids).toEqual(['x', 'y', 'z']);
  });

  it('computes msgPerSec over the window with the injected clock, rounded to 2 decimals', async () => {
    const view = new FakeView();
    const clock = new FakeClock(0);
    const server = await serve({ view, now: clock.now });
    const rate = async (): Promise<number> =>
      (JSON.parse((await get(server, '/q/routes')).text) as { msgPerSec: number }[])[0]?.msgPerSec ?? -1;
    expect(await rate()).toBe(0);
    clock.t = 3_000;
    view.routeList = [routeView('a', { total: 10 })];
    expect(await rate()).toBe(3.33);
    clock.t = 4_000;
    view.routeList = [routeView('a', { total: 30 })];
    expect(await rate()).toBe(7.5);
  });

  it('never reports a negative rate when a route is replaced', async () => {
    const view = new FakeView();
    const clock = new FakeClock(0);
    view.routeList = [routeView('a', { total: 100 })];
    const server = await serve({ view, now: clock.now });
    await get(server, '/q/routes');
    clock.t = 1_000;
    view.routeList = [routeView('a', { total: 110 })];
    await get(server, '/q/routes');
    clock.t = 2_000;
    view.routeList = [routeView('a', { total: 4, reloads: 1, uptimeMs: 500 })];
    const [row] = JSON.parse((await get(server, '/q/routes')).text) as { msgPerSec: number; total: number }[];
    expect(row?.total).toBe(4);
    expect(row?.msgPerSec).toBe(7); // (110 + 4 − 100) / 2 s: the replaced version's count carries over
  });

  it('answers 500 with the message when the view throws', async () => {
    const view = new FakeView();
    view.routesError = new Error('engine gone');
    const server = await serve({ view });
    const res = await get(server, '/q/routes');
    expect(res.status).toBe(500);
    expect(res.contentType).toBe(JSON_TYPE);
    expect(JSON.parse(res.text)).toEqual({ error: 'engine gone' });
  });
});

describe('other requests', () => {
  it('answers 404 {"error":"not found"} for an unknown path', async () => {
    const server = await serve({ view: new FakeView() });
    for (const path of ['/', '/q', '/q/health/', '/q/routes/a', '/metrics']) {
      const res = await get(server, path);
      expect(res.status).toBe(404);
      expect(res.contentType).toBe(JSON_TYPE);
      expect(JSON.parse(res.text)).toEqual({ error: 'not found' });
    }
  });

  it.each(['POST', 'PUT', 'DELETE', 'HEAD'])('answers 405 with Allow: GET for %s', async (method) => {
    const server = await serve({ view: new FakeView() });
    const res = await get(server, '/q/health', method);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect(res.contentType).toBe(JSON_TYPE);
  });
});

describe('close', () => {
  const agents: Agent[] = [];
  afterEach(() => {
    for (const agent of agents.splice(0)) agent.destroy();
  });

  it('closes idle keep-alive connections at once, and is idempotent', async () => {
    const server = await startManagementServer({ view: new FakeView(), port: 0 });
    const agent = new Agent({ keepAlive: true });
    agents.push(agent);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request(`${server.url}/q/health`, { agent }, (res) => {
        res.resume();
        res.on('end', () => {
          resolve(res.statusCode);
        });
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(200);
    const before = performance.now();
    const closing = server.close();
    expect(server.close()).toBe(closing);
    await closing;
    expect(performance.now() - before).toBeLessThan(500);
    const refused: unknown = await fetch(`${server.url}/q/health`).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Error);
  });

  it('does not hang on a connection that never finishes its request', async () => {
    const server = await startManagementServer({ view: new FakeView(), port: 0 });
    const socket = connect(server.port, '127.0.0.1');
    socket.on('error', () => undefined);
    await once(socket, 'connect');
    socket.write('GET /q/health HTTP/1.1\r\nHost: x\r\n');
    await new Promise((resolve) => setImmediate(resolve));
    const before = performance.now();
    await server.close();
    expect(performance.now() - before).toBeLessThan(2_000);
    socket.destroy();
  });
});
