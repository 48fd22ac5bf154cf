/**
 * Dev mode with a `platform-http` route, on the real file system and a real server (127.0.0.1, port 0): clients send
 * requests in a steady stream while the route file is edited and reloaded; every request must get its 200 (none
 * lost, none refused with 503), one sent while the old version is going away must be answered by the new one, the new
 * text must be served after the reload, and the server must keep its port.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { httpRequest, until, type HttpReply } from '../engine/endpoints/platform-http-test-support.js';
import { Route } from '../engine/route.js';
import { DevRuntime } from './dev-runtime.js';

let dir: string;
let dev: DevRuntime | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drom-dev-http-'));
});
afterEach(async () => {
  await dev?.runtime.stop(1000);
  await dev?.endpointFactory?.close();
  dev = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A route answering `text` on /hello, with or without an id. It asks a `seda:` route for the request's number and waits
 * for the reply, so its exchanges stay in flight across turns of the event loop: a reload hands the route over (or
 * stops it) while some are in progress, and requests arrive meanwhile.
 */
const helloRoute = (text: string, id?: string): string => {
  const steps = `      steps:\n        - to: seda:work\n        - setBody:\n            simple: "${text} \${body}"\n`;
  const hello =
    id === undefined
      ? `- from:\n    uri: platform-http:/hello\n${steps.replace(/^ {2}/gm, '')}`
      : `- route:\n    id: ${id}\n    from:\n      uri: platform-http:/hello\n${steps}`;
  return `${hello}- from:\n    uri: seda:work\n    steps:\n      - setBody:\n          simple: "\${header.n}"\n`;
};

async function start(text: string): Promise<{ d: DevRuntime; port: number }> {
  writeFileSync(join(dir, 'hello.camel.yaml'), text);
  const d = new DevRuntime({
    paths: [dir],
    cwd: dir,
    properties: { 'camel.server.host': '127.0.0.1' },
    port: 0,
    write: () => undefined,
    drainTimeoutMs: 5000,
  });
  dev = d;
  expect((await d.reload()).ok).toBe(true);
  const port = (await d.endpointFactory?.platformHttp.ready())?.port;
  if (port === undefined) throw new Error('the server does not listen');
  return { d, port };
}

/** Clients that send requests back to back until stopped; every reply is kept, in order of arrival. */
function stream(port: number, clients: number): { replies: HttpReply[]; stop: () => Promise<void> } {
  const replies: HttpReply[] = [];
  let running = true;
  let n = 0;
  const client = async (): Promise<void> => {
    while (running) {
      n += 1;
      replies.push(await httpRequest(port, { path: `/hello?n=${String(n)}` }));
    }
  };
  const all = Array.from({ length: clients }, client);
  return {
    replies,
    stop: async () => {
      running = false;
      await Promise.all(all);
    },
  };
}

const TURNS = 200_000;

/**
 * Reloads, and sends one more request at the worst moment: once the old version of the route has begun to go away
 * (`handOver` for a changed route, `stop` for one replaced under a new identity), and before the new version starts.
 * The reload goes on once that request waits for a route. Resolves with the outcome and that request's reply.
 */
async function reloadWithRequestMidSwap(
  d: DevRuntime,
  port: number,
  leaving: 'handOver' | 'stop',
): Promise<{ ok: boolean; reply: Promise<HttpReply> | undefined }> {
  type Leave = (this: Route, timeoutMs?: number) => Promise<unknown>;
  const proto = Route.prototype as unknown as Record<typeof leaving, Leave>;
  const original = proto[leaving];
  let reply: Promise<HttpReply> | undefined;
  proto[leaving] = async function (this: Route, timeoutMs?: number): Promise<unknown> {
    proto[leaving] = original;
    const left = original.call(this, timeoutMs);
    reply = httpRequest(port, { path: '/hello?n=0' });
    const routes = d.endpointFactory?.platformHttp.routes;
    await until(() => (routes?.waitingCount ?? 0) > 0, TURNS);
    return left;
  };
  try {
    return { ok: (await d.reload()).ok, reply };
  } finally {
    proto[leaving] = original;
  }
}

describe.each([
  ['with an id (a changed route hands over)', 'hello', 'handOver' as const],
  ['without an id (the old route stops, the new one takes its path)', undefined, 'stop' as const],
])('dev mode reloads a platform-http route %s', (_name, id, leaving) => {
  it('answers every request of a steady stream with 200 while the file is edited, then serves the new text', async () => {
    const { d, port } = await start(helloRoute('v1', id));
    const traffic = stream(port, 4);
    await until(() => traffic.replies.length >= 20, TURNS);
    writeFileSync(join(dir, 'hello.camel.yaml'), helloRoute('v2', id));
    const reload = await reloadWithRequestMidSwap(d, port, leaving);
    expect(reload.ok).toBe(true);
    // The request that arrived while no version of the route could take it waited for the new one.
    expect(await reload.reply).toMatchObject({ status: 200, body: 'v2 0' });
    const afterReload = traffic.replies.length;
    await until(() => traffic.replies.length >= afterReload + 20, TURNS);
    await traffic.stop();
    const statuses = new Set(traffic.replies.map((r) => r.status));
    expect(statuses).toEqual(new Set([200]));
    expect(traffic.replies[0]?.body).toMatch(/^v1 \d+$/);
    expect(traffic.replies.at(-1)?.body).toMatch(/^v2 \d+$/);
    // Once v2 answered, v1 never does again.
    const firstV2 = traffic.replies.findIndex((r) => r.body.startsWith('v2'));
    expect(traffic.replies.slice(firstV2).every((r) => r.body.startsWith('v2'))).toBe(true);
    expect((await d.endpointFactory?.platformHttp.ready())?.port).toBe(port);
  });
});

describe('dev mode and the platform-http server', () => {
  it('answers 404 once the route is deleted from the file, on the same port', async () => {
    const { d, port } = await start(helloRoute('v1', 'hello'));
    expect(await httpRequest(port, { path: '/hello?n=1' })).toMatchObject({ status: 200, body: 'v1 1' });
    writeFileSync(
      join(dir, 'hello.camel.yaml'),
      '- route:\n    id: other\n    from:\n      uri: platform-http:/other\n      steps:\n        - setBody:\n            constant: o\n',
    );
    expect((await d.reload()).ok).toBe(true);
    expect((await httpRequest(port, { path: '/hello' })).status).toBe(404);
    expect(await httpRequest(port, { path: '/other' })).toMatchObject({ status: 200, body: 'o' });
  });
});
