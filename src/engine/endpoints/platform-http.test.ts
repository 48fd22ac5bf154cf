/**
 * `platform-http` as a client sees it: routes served on a real server on 127.0.0.1 (port 0), requests and responses
 * compared as they travel on the wire.
 */
import { connect } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import type { Exchange } from '../../api/exchange.js';
import type { Processor } from '../../api/processor.js';
import { Route } from '../route.js';
import { PlatformHttpServer } from './platform-http-server.js';
import { platformHttpSettings } from './platform-http-settings.js';
import { httpRequest } from './platform-http-test-support.js';

const servers: PlatformHttpServer[] = [];
const routes: Route[] = [];

afterEach(async () => {
  for (const r of routes.splice(0)) await r.stop(100);
  for (const s of servers.splice(0)) await s.close();
});

function newServer(): PlatformHttpServer {
  const server = new PlatformHttpServer({ host: '127.0.0.1', port: 0, drainTimeoutMs: 1000 });
  servers.push(server);
  return server;
}

const sync = (fn: (e: Exchange) => void): Processor => ({
  process(e, done) {
    fn(e);
    done(true);
    return true;
  },
});

/** Serves `path` (with endpoint options) by `fn`; resolves with the server's port. */
async function serve(
  server: PlatformHttpServer,
  path: string,
  fn: (e: Exchange) => void,
  options: Record<string, unknown> = {},
  id = `r${String(routes.length + 1)}`,
): Promise<number> {
  const route = new Route({
    id,
    from: `platform-http:${path}`,
    consumer: server.consumer(path, platformHttpSettings(options)),
    processor: sync(fn),
  });
  routes.push(route);
  route.start();
  return (await server.listen()).port;
}

describe('platform-http requests and responses', () => {
  it('answers a GET with the body the route sets, query parameters as headers', async () => {
    const port = await serve(newServer(), '/hello', (e) => {
      e.body = `Hello ${String(e.headers.get('name'))}`;
    });
    const reply = await httpRequest(port, { path: '/hello?name=Camel', headers: { Accept: 'text/plain' } });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('Hello Camel');
    // Request headers and query parameters stay out of the response (returnHttpRequestHeaders=false).
    expect(reply.headers.accept).toBeUndefined();
    expect(reply.headers['name']).toBeUndefined();
  });

  it('gives the route the request line as Camel headers', async () => {
    let seen: Record<string, unknown> = {};
    const port = await serve(newServer(), '/orders/{id}', (e) => {
      seen = Object.fromEntries(e.headers);
      e.body = `order ${String(e.headers.get('id'))}`;
    });
    const reply = await httpRequest(port, { method: 'DELETE', path: '/orders/a%20b?x=1&x=2&y=%2F' });
    expect(reply.body).toBe('order a b');
    expect(seen).toMatchObject({
      id: 'a b',
      x: ['1', '2'],
      y: '/',
      CamelHttpMethod: 'DELETE',
      CamelHttpPath: '/orders/a%20b',
      CamelHttpUri: '/orders/a%20b?x=1&x=2&y=%2F',
      CamelHttpQuery: 'x=1&x=2&y=%2F',
      CamelHttpRawQuery: 'x=1&x=2&y=%2F',
    });
  });

  it('reads text bodies as strings, other bodies as bytes, and an empty body as null', async () => {
    const bodies: unknown[] = [];
    const port = await serve(newServer(), '/in', (e) => {
      bodies.push(e.body);
      e.body = 'ok';
    });
    await httpRequest(port, {
      method: 'POST',
      path: '/in',
      headers: { 'Content-Type': 'application/json' },
      body: '{"a":1}',
    });
    await httpRequest(port, {
      method: 'POST',
      path: '/in',
      headers: { 'Content-Type': 'text/plain; charset=iso-8859-1' },
      body: Buffer.from([0x63, 0x61, 0x66, 0xe9]),
    });
    await httpRequest(port, {
      method: 'POST',
      path: '/in',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: Buffer.from([1, 2]),
    });
    await httpRequest(port, { method: 'POST', path: '/in' });
    expect(bodies).toEqual(['{"a":1}', 'café', new Uint8Array([1, 2]), null]);
  });

  it('makes the fields of a form headers too', async () => {
    let seen: unknown[] = [];
    const port = await serve(newServer(), '/form', (e) => {
      seen = [e.body, e.headers.get('a'), e.headers.get('b')];
      e.body = 'ok';
    });
    await httpRequest(port, {
      method: 'POST',
      path: '/form',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1&b=two+words',
    });
    expect(seen).toEqual(['a=1&b=two+words', '1', 'two words']);
  });

  it('writes objects and arrays as JSON, with the content type the message or produces gives', async () => {
    const server = newServer();
    await serve(server, '/json', (e) => {
      e.body = { id: 7, tags: ['a'], at: new Map([['k', 1]]) };
    });
    await serve(server, '/typed', (e) => {
      e.body = '<a/>';
      e.headers.set('Content-Type', 'application/xml');
    });
    const port = await serve(
      server,
      '/produced',
      (e) => {
        e.body = 'plain';
      },
      { produces: 'text/csv' },
    );
    const json = await httpRequest(port, { path: '/json' });
    expect([json.status, json.headers['content-type'], JSON.parse(json.body)]).toEqual([
      200,
      'application/json',
      { id: 7, tags: ['a'], at: { k: 1 } },
    ]);
    expect((await httpRequest(port, { path: '/typed' })).headers['content-type']).toBe('application/xml');
    expect((await httpRequest(port, { path: '/produced' })).headers['content-type']).toBe('text/csv');
  });

  it('answers 204 for an empty body and the code of CamelHttpResponseCode otherwise', async () => {
    const server = newServer();
    await serve(server, '/empty', (e) => {
      e.body = '  ';
    });
    const port = await serve(server, '/created', (e) => {
      e.headers.set('CamelHttpResponseCode', '201');
      e.headers.set('Location', '/orders/1');
      e.headers.set('CamelSecret', 'x');
      e.body = 'made';
    });
    expect((await httpRequest(port, { path: '/empty' })).status).toBe(204);
    const created = await httpRequest(port, { path: '/created' });
    expect([created.status, created.body, created.headers.location]).toEqual([201, 'made', '/orders/1']);
    expect(created.headers['camelsecret']).toBeUndefined();
  });

  it('answers 404 for a path no route serves and 405 (with Allow) for a method it does not serve', async () => {
    const port = await serve(newServer(), '/only', (e) => (e.body = 'x'), { httpMethodRestrict: 'get, post' });
    expect((await httpRequest(port, { path: '/nowhere' })).status).toBe(404);
    const refused = await httpRequest(port, { method: 'PUT', path: '/only' });
    expect([refused.status, refused.headers.allow]).toEqual([405, 'GET, POST']);
    expect((await httpRequest(port, { method: 'POST', path: '/only/' })).status).toBe(200);
  });

  it('lets routes share a path by method, and serves paths below a prefix', async () => {
    const server = newServer();
    await serve(server, '/items', (e) => (e.body = 'list'), { httpMethodRestrict: 'GET' });
    await serve(server, '/items', (e) => (e.body = 'added'), { httpMethodRestrict: 'POST' });
    const port = await serve(server, '/files', (e) => (e.body = String(e.headers.get('CamelHttpPath'))), {
      matchOnUriPrefix: true,
    });
    expect((await httpRequest(port, { path: '/items' })).body).toBe('list');
    expect((await httpRequest(port, { method: 'POST', path: '/items', body: 'x' })).body).toBe('added');
    expect((await httpRequest(port, { path: '/files/a/b.txt' })).body).toBe('/files/a/b.txt');
    expect((await httpRequest(port, { path: '/items/1' })).status).toBe(404);
  });

  it('answers 415 outside consumes and 406 when Accept excludes produces', async () => {
    const port = await serve(newServer(), '/api', (e) => (e.body = '{}'), {
      consumes: 'application/json',
      produces: 'application/json',
    });
    const post = (type: string): Promise<{ status: number }> =>
      httpRequest(port, { method: 'POST', path: '/api', headers: { 'Content-Type': type }, body: '{}' });
    expect((await post('text/plain')).status).toBe(415);
    expect((await post('application/json; charset=utf-8')).status).toBe(200);
    expect((await httpRequest(port, { path: '/api' })).status).toBe(200);
    expect((await httpRequest(port, { path: '/api', headers: { Accept: 'text/html' } })).status).toBe(406);
    expect((await httpRequest(port, { path: '/api', headers: { Accept: 'text/html, */*;q=0.1' } })).status).toBe(200);
  });

  it('answers a failed exchange with 500 and an empty body, or the exception with muteException=false', async () => {
    const server = newServer();
    const fail = (e: Exchange): void => {
      e.exception = new Error('boom', { cause: new TypeError('deeper') });
    };
    await serve(server, '/muted', fail);
    const port = await serve(server, '/loud', fail, { muteException: false });
    const muted = await httpRequest(port, { path: '/muted' });
    expect([muted.status, muted.body, muted.headers['content-type']]).toEqual([500, '', 'text/plain; charset=utf-8']);
    const loud = await httpRequest(port, { path: '/loud' });
    expect([loud.status, loud.body]).toEqual([500, 'Error: boom\nCaused by: TypeError: deeper\n']);
  });

  it('answers 500 when CamelHttpResponseCode is not a status, and leaves out header values HTTP cannot carry', async () => {
    const server = newServer();
    await serve(server, '/bad-code', (e) => {
      e.headers.set('CamelHttpResponseCode', 'soon');
      e.body = 'x';
    });
    const port = await serve(server, '/bad-header', (e) => {
      e.headers.set('X-Bad', 'a\r\nInjected: yes');
      e.headers.set('X-Good', 'fine');
      e.body = 'x';
    });
    expect((await httpRequest(port, { path: '/bad-code' })).status).toBe(500);
    const reply = await httpRequest(port, { path: '/bad-header' });
    expect([reply.status, reply.headers['x-good'], reply.headers['injected']]).toEqual([200, 'fine', undefined]);
  });

  it('survives clients that go away mid-request or send garbage, and goes on serving', async () => {
    const port = await serve(newServer(), '/x', (e) => (e.body = 'x'));
    const send = (text: string): Promise<void> =>
      new Promise((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.end(text);
        });
        socket.on('error', () => undefined);
        socket.on('close', () => {
          resolve();
        });
        socket.resume();
      });
    await send('POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc');
    await send('NOT HTTP AT ALL\r\n\r\n');
    expect(await httpRequest(port, { path: '/x' })).toMatchObject({ status: 200, body: 'x' });
  });

  it('answers 400 for a path that is not valid percent-encoding', async () => {
    const port = await serve(newServer(), '/x', (e) => (e.body = 'x'));
    expect((await httpRequest(port, { path: '/%E0%A4%A' })).status).toBe(400);
  });
});

describe('platform-http server', () => {
  it('refuses a port in use with an error naming it', async () => {
    const first = newServer();
    const port = await serve(first, '/a', (e) => (e.body = 'a'));
    const second = new PlatformHttpServer({ host: '127.0.0.1', port });
    servers.push(second);
    await expect(second.listen()).rejects.toMatchObject({
      code: 'PLATFORM_HTTP_PORT_IN_USE',
      message: expect.stringContaining(`127.0.0.1:${String(port)} is already in use`) as unknown,
    });
    expect(second.failure?.code).toBe('PLATFORM_HTTP_PORT_IN_USE');
  });

  it('is ready at once when no route serves HTTP, and closes its socket', async () => {
    const server = newServer();
    await expect(server.ready()).resolves.toBeUndefined();
    const port = await serve(server, '/a', (e) => (e.body = 'a'));
    expect((await server.ready())?.port).toBe(port);
    await server.close();
    await expect(httpRequest(port, { path: '/a' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
