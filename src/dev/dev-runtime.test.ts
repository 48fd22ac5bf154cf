/**
 * Dev mode on the real file system: route files are written to a temporary directory, loaded, edited and reloaded;
 * messages are sent through `direct:` and counted at `mock:` endpoints (shared by every version of a route).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Exchange } from '../api/exchange.js';
import { DevRuntime } from './dev-runtime.js';
import { sendDirect } from './dev-test-support.js';

let dir: string;
let dev: DevRuntime | undefined;
let logs: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drom-dev-'));
  logs = [];
});
afterEach(async () => {
  await dev?.runtime.stop(1000);
  dev = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const route = (id: string | undefined, from: string, steps: string): string =>
  `- route:\n${id === undefined ? '' : `    id: ${id}\n`}    from:\n      uri: ${from}\n      steps:\n${steps}`;
const toMock = (name: string, body?: string): string =>
  `${body === undefined ? '' : `        - setBody:\n            simple: "${body}"\n`}        - to: mock:${name}\n`;

function start(files: Record<string, string>, properties: Record<string, string> = {}): DevRuntime {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  dev = new DevRuntime({
    paths: [dir],
    cwd: dir,
    properties,
    write: (line) => logs.push(line.trimEnd()),
    drainTimeoutMs: 1000,
  });
  return dev;
}

const send = (d: DevRuntime, name: string, body: unknown): Promise<Exchange> => sendDirect(d, name, body);

const mock = (d: DevRuntime, name: string) => {
  const m = d.endpointFactory?.mocks.get(name);
  if (m === undefined) throw new Error('no endpoints');
  return m;
};

describe('dev mode reloads', () => {
  it('keeps the previous routes running and processing when a save is broken, and applies the next good one', async () => {
    const d = start({ 'a.camel.yaml': route('a', 'direct:a', toMock('out', 'v1 ${body}')) });
    expect((await d.reload()).ok).toBe(true);
    writeFileSync(
      join(dir, 'a.camel.yaml'),
      route('a', 'direct:a', '        - setBody:\n            simple: "${body"\n'),
    );
    const failed = await d.reload();
    expect(failed.ok).toBe(false);
    expect(logs.at(-1)).toMatch(/Reload failed with 1 error in \d+ ms; the running routes are kept/);
    await send(d, 'a', 'x');
    expect(mock(d, 'out').bodies()).toEqual(['v1 x']);
    writeFileSync(join(dir, 'a.camel.yaml'), route('a', 'direct:a', toMock('out', 'v2 ${body}')));
    expect((await d.reload()).ok).toBe(true);
    await send(d, 'a', 'y');
    expect(mock(d, 'out').bodies()).toEqual(['v1 x', 'v2 y']);
  });

  it('leaves an unchanged route untouched (same instance, counters go on) and replaces a changed one', async () => {
    const d = start({
      'a.camel.yaml': route('a', 'direct:a', toMock('a')),
      'b.camel.yaml': route('b', 'direct:b', toMock('b', 'v1')),
    });
    await d.reload();
    const a = d.runtime.route('a');
    const b = d.runtime.route('b');
    await send(d, 'a', 1);
    await send(d, 'b', 1);
    writeFileSync(join(dir, 'b.camel.yaml'), route('b', 'direct:b', toMock('b', 'v2')));
    const outcome = await d.reload();
    expect(outcome).toMatchObject({ ok: true, added: [], changed: ['b'], removed: [], kept: 1 });
    expect(logs.at(-1)).toMatch(/Reloaded in \d+ ms: added 0, changed 1 \(b\), removed 0, kept 1$/);
    expect(d.runtime.route('a')).toBe(a);
    expect(d.runtime.route('b')).not.toBe(b);
    expect(b?.state).toBe('Stopped');
    await send(d, 'a', 2);
    expect(a?.metrics.total).toBe(2);
    expect(d.ofRoute('b')).toBe(1);
    expect(d.ofRoute('a')).toBe(0);
  });

  it('loses no message sent while a route is replaced (count in = count out)', async () => {
    const d = start({ 'a.camel.yaml': route('work', 'direct:work', toMock('out', 'v1')) });
    await d.reload();
    const sent: Promise<Exchange>[] = [];
    for (let i = 0; i < 200; i++) {
      sent.push(send(d, 'work', i));
      if (i === 100) {
        writeFileSync(join(dir, 'a.camel.yaml'), route('work', 'direct:work', toMock('out', 'v2')));
        void d.reload();
      }
      await new Promise((r) => setImmediate(r));
    }
    const done = await Promise.all(sent);
    expect(done.every((e) => e.exception === undefined)).toBe(true);
    const bodies = mock(d, 'out').bodies();
    expect(bodies).toHaveLength(200);
    expect(bodies.at(-1)).toBe('v2');
    expect(bodies[0]).toBe('v1');
  });

  it('restarts nothing else when an id-less route is inserted, and keeps the visible ids routes had', async () => {
    const d = start({
      'a.camel.yaml': route(undefined, 'direct:x', toMock('x')) + route(undefined, 'direct:y', toMock('y')),
    });
    await d.reload();
    const ids = d.runtime.routes().map((r) => r.id);
    expect(ids).toEqual(['route1', 'route2']);
    const [x, y] = d.runtime.routes();
    writeFileSync(
      join(dir, 'a.camel.yaml'),
      route(undefined, 'direct:w', toMock('w')) +
        route(undefined, 'direct:x', toMock('x')) +
        route(undefined, 'direct:y', toMock('y')),
    );
    const outcome = await d.reload();
    expect(outcome).toMatchObject({ ok: true, added: ['route3'], changed: [], removed: [], kept: 2 });
    expect(d.runtime.route('route1')).toBe(x);
    expect(d.runtime.route('route2')).toBe(y);
  });

  it('starts the routes of a file added to the directory and stops those of a deleted one', async () => {
    const d = start({ 'a.camel.yaml': route('a', 'direct:a', toMock('a')) });
    await d.reload();
    writeFileSync(join(dir, 'b.camel.yaml'), route('b', 'direct:b', toMock('b')));
    expect(await d.reload()).toMatchObject({ added: ['b'], kept: 1 });
    await send(d, 'b', 1);
    expect(mock(d, 'b').bodies()).toEqual([1]);
    const b = d.runtime.route('b');
    rmSync(join(dir, 'b.camel.yaml'));
    expect(await d.reload()).toMatchObject({ removed: ['b'], kept: 1 });
    expect(b?.state).toBe('Stopped');
    expect(d.runtime.route('b')).toBeUndefined();
  });

  it('brings back a route removed by mistake and restored', async () => {
    const both = route('a', 'direct:a', toMock('a')) + route('b', 'direct:b', toMock('b', 'b ${body}'));
    const d = start({ 'r.camel.yaml': both });
    await d.reload();
    writeFileSync(join(dir, 'r.camel.yaml'), route('a', 'direct:a', toMock('a')));
    expect(await d.reload()).toMatchObject({ removed: ['b'], kept: 1 });
    writeFileSync(join(dir, 'r.camel.yaml'), both);
    expect(await d.reload()).toMatchObject({ added: ['b'], kept: 1 });
    await send(d, 'b', 1);
    expect(mock(d, 'b').bodies()).toEqual(['b 1']);
  });

  it('restarts exactly the routes that use a changed property', async () => {
    const d = start({
      'a.camel.yaml':
        route('uses', 'direct:u', toMock('u', '{{greeting}} ${body}')) + route('other', 'direct:o', toMock('o')),
      'application.properties': 'greeting=hello\n',
    });
    await d.reload();
    writeFileSync(join(dir, 'application.properties'), 'greeting=howdy\n');
    expect(await d.reload()).toMatchObject({ changed: ['uses'], kept: 1 });
    await send(d, 'u', 'you');
    expect(mock(d, 'u').bodies()).toEqual(['howdy you']);
  });

  it("keeps a seda queue's pending messages for the new version of its consumer route", async () => {
    const d = start({
      'a.camel.yaml':
        route('in', 'direct:in', '        - to: seda:work?waitForTaskToComplete=Never\n') +
        route('work', 'seda:work', toMock('out', 'v1 ${body}')),
    });
    await d.reload();
    await d.runtime.route('work')?.suspend();
    for (let i = 0; i < 50; i++) await send(d, 'in', i);
    expect(mock(d, 'out').bodies()).toEqual([]);
    writeFileSync(
      join(dir, 'a.camel.yaml'),
      route('in', 'direct:in', '        - to: seda:work?waitForTaskToComplete=Never\n') +
        route('work', 'seda:work', toMock('out', 'v2 ${body}')),
    );
    expect(await d.reload()).toMatchObject({ changed: ['work'], kept: 1 });
    // The queue drains on later turns of the event loop.
    for (let i = 0; i < 1000 && mock(d, 'out').bodies().length < 50; i++) await new Promise((r) => setImmediate(r));
    const bodies = mock(d, 'out').bodies();
    expect(bodies).toHaveLength(50);
    expect(bodies[0]).toBe('v2 0');
    expect(bodies.at(-1)).toBe('v2 49');
  });
});
