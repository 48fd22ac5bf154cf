/**
 * `platform-http` routes through `createRuntime`, as `drom run` builds them: where the server listens (`--port`
 * wins over `camel.server.port`, `camel.server.host` sets the address), and what compilation refuses (options
 * Dromedary does not apply, two routes serving the same requests, an unknown method).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PropertyResolver } from '../compile/properties.js';
import { httpRequest } from '../engine/endpoints/platform-http-test-support.js';
import { createRuntime, type CreatedRuntime } from './create-runtime.js';
import { platformHttpOptions } from './platform-http-options.js';

let dir: string;
let running: CreatedRuntime | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drom-http-'));
});
afterEach(async () => {
  await running?.plan.runtime.stop(1000);
  await running?.plan.endpoints.close();
  running = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const from = (uri: string, body = 'hi', params = ''): string =>
  `- from:\n    uri: "${uri}"\n${params}    steps:\n      - setBody:\n          constant: ${body}\n`;

async function create(text: string, options: { port?: number; properties?: Record<string, string> } = {}) {
  writeFileSync(join(dir, 'routes.camel.yaml'), text);
  return createRuntime({
    paths: [dir],
    cwd: dir,
    write: () => undefined,
    properties: { 'camel.server.host': '127.0.0.1', ...options.properties },
    ...(options.port === undefined ? {} : { port: options.port }),
  });
}

const codes = (created: Awaited<ReturnType<typeof create>>): string[] =>
  created.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);

describe('where the platform-http server listens', () => {
  const resolver = (values: Record<string, string>): PropertyResolver =>
    new PropertyResolver({ overrides: new Map(Object.entries(values)) });

  it('uses --port, else camel.server.port, else 8080, on camel.server.host or 0.0.0.0', () => {
    expect(platformHttpOptions({}, resolver({}))).toEqual({ platformHttp: { host: '0.0.0.0', port: 8080 } });
    expect(platformHttpOptions({}, resolver({ 'camel.server.port': '9090', 'camel.server.host': '::1' }))).toEqual({
      platformHttp: { host: '::1', port: 9090 },
    });
    expect(platformHttpOptions({ port: 0, drainTimeoutMs: 5 }, resolver({ 'camel.server.port': '9090' }))).toEqual({
      platformHttp: { host: '0.0.0.0', port: 0, drainTimeoutMs: 5 },
    });
  });

  it('refuses a camel.server.port that is not a port', () => {
    expect(() => platformHttpOptions({}, resolver({ 'camel.server.port': 'http' }))).toThrow(
      "camel.server.port takes a port from 0 to 65535, got 'http'",
    );
  });

  it('serves a route of a created runtime on the port the properties give', async () => {
    const created = await create(from('platform-http:/hi', 'hello'), { properties: { 'camel.server.port': '0' } });
    if (!('plan' in created)) throw new Error(codes(created).join('\n'));
    running = created;
    created.plan.runtime.start();
    const port = (await created.plan.endpoints.platformHttp.ready())?.port ?? 0;
    expect(port).toBeGreaterThan(0);
    expect(await httpRequest(port, { path: '/hi' })).toMatchObject({ status: 200, body: 'hello' });
  });
});

describe('what compilation refuses', () => {
  it('refuses the options Dromedary does not apply yet', async () => {
    const created = await create(from('platform-http:/hi?useStreaming=true'), { port: 0 });
    expect(codes(created)).toEqual([
      "ENDPOINT_UNSUPPORTED_OPTION: the platform-http option 'useStreaming' is not supported by Dromedary yet",
    ]);
  });

  it('refuses two routes serving the same requests, but not the same path for other methods', async () => {
    const twice = await create(
      from('platform-http:/orders/{id}') + from('platform-http:/orders/{orderId}?httpMethodRestrict=GET'),
      { port: 0 },
    );
    expect(codes(twice)).toEqual([
      'COMPILE_DUPLICATE_CONSUMER: platform-http:/orders/{orderId} is already served by another route for the same methods',
    ]);
    const shared = await create(
      from('platform-http:/orders?httpMethodRestrict=GET') + from('platform-http:/orders?httpMethodRestrict=POST'),
      { port: 0 },
    );
    expect(codes(shared)).toEqual([]);
  });

  it('refuses a method that is not an HTTP method', async () => {
    const created = await create(
      from('platform-http:/hi', 'x', '    parameters:\n      httpMethodRestrict: GET,FETCH\n'),
      {
        port: 0,
      },
    );
    expect(codes(created)).toEqual([
      "COMPILE_INVALID_ENDPOINT: httpMethodRestrict names 'FETCH', which is not one of GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS, TRACE, CONNECT",
    ]);
  });
});
