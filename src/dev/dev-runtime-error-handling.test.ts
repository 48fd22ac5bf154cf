/**
 * Dev mode and error handling: a route counts as changed when what applies to it changed (its route configurations,
 * the default error handler it uses, the top-level onExceptions of its file), and only then. Two route files and a
 * configuration file in a temporary directory, edited and reloaded.
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

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drom-dev-eh-'));
});
afterEach(async () => {
  await dev?.runtime.stop(1000);
  dev = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** A route from `direct:<id>` whose step fails; `options` are route options (indented 4). */
const failing = (id: string, options = ''): string => `
- route:
    id: ${id}
${options}    from:
      uri: direct:${id}
      steps:
        - throwException:
            exceptionType: java.lang.IllegalStateException
            message: ${id} failed
`;

/** The configuration file: route configuration `cfg` with an onException, and the top-level (default) errorHandler. */
const configuration = (clauseMock: string, defaultMock: string): string => `
- routeConfiguration:
    id: cfg
    onException:
      - onException:
          exception:
            - java.lang.IllegalStateException
          handled:
            constant: true
          steps:
            - to: mock:${clauseMock}
- errorHandler:
    deadLetterChannel:
      deadLetterUri: mock:${defaultMock}
`;

function write(name: string, text: string): void {
  writeFileSync(join(dir, name), text);
}

function start(): DevRuntime {
  write('a.camel.yaml', failing('a1', '    routeConfigurationId: cfg\n') + failing('a2'));
  write(
    'b.camel.yaml',
    failing('b1', '    errorHandler:\n      deadLetterChannel:\n        deadLetterUri: mock:own\n') + failing('b2'),
  );
  write('cfg.camel.yaml', configuration('clause-v1', 'default-v1'));
  dev = new DevRuntime({ paths: [dir], cwd: dir, properties: {}, write: () => undefined, drainTimeoutMs: 1000 });
  return dev;
}

const send = (d: DevRuntime, name: string): Promise<Exchange> => sendDirect(d, name, name);

const received = (d: DevRuntime, name: string): unknown[] => d.endpointFactory?.mocks.get(name).bodies() ?? [];

describe('dev mode with error handling', () => {
  it('restarts exactly the routes a routeConfiguration applies to when its onException changes', async () => {
    const d = start();
    expect((await d.reload()).ok).toBe(true);
    const before = new Map(['a1', 'a2', 'b1', 'b2'].map((id) => [id, d.runtime.route(id)]));
    await send(d, 'a1');
    write('cfg.camel.yaml', configuration('clause-v2', 'default-v1'));
    const outcome = await d.reload();
    expect(outcome).toMatchObject({ ok: true, added: [], changed: ['a1'], removed: [], kept: 3 });
    for (const id of ['a2', 'b1', 'b2']) expect(d.runtime.route(id)).toBe(before.get(id));
    await send(d, 'a1');
    expect([received(d, 'clause-v1'), received(d, 'clause-v2')]).toEqual([['a1'], ['a1']]);
  });

  it('restarts every route that uses the default error handler when the top-level errorHandler changes', async () => {
    const d = start();
    await d.reload();
    const own = d.runtime.route('b1');
    write('cfg.camel.yaml', configuration('clause-v1', 'default-v2'));
    const outcome = await d.reload();
    expect(outcome).toMatchObject({ ok: true, changed: ['a1', 'a2', 'b2'], kept: 1 });
    expect(d.runtime.route('b1')).toBe(own);
    for (const id of ['a2', 'b2', 'b1']) await send(d, id);
    expect([received(d, 'default-v2'), received(d, 'own')]).toEqual([['a2', 'b2'], ['b1']]);
  });
});
