/**
 * Dev mode with bean modules on the real file system: editing a bean module re-imports it and restarts exactly the
 * routes that use one of its beans; a module that no longer loads keeps the running routes.
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
  dir = mkdtempSync(join(tmpdir(), 'drom-dev-beans-'));
  logs = [];
});
afterEach(async () => {
  await dev?.runtime.stop(1000);
  dev = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const ROUTES = `
- beans:
    - name: greeter
      type: module:./greeter.js#Greeter
    - name: counter
      type: module:./counter.js
- route:
    id: greet
    from:
      uri: direct:greet
      steps:
        - bean: {ref: greeter, method: hello}
- route:
    id: count
    from:
      uri: direct:count
      steps:
        - process: {ref: counter}
`;

const greeter = (word: string): string => `export class Greeter { hello(body) { return '${word} ' + body; } }\n`;
const COUNTER = `let n = 0;\nexport default function count(exchange) { n += 1; exchange.body = n; }\n`;

const send = (d: DevRuntime, name: string, body: unknown): Promise<Exchange> => sendDirect(d, name, body);

describe('dev mode with bean modules', () => {
  it('re-imports an edited module and restarts only the routes using its beans', async () => {
    writeFileSync(join(dir, 'routes.camel.yaml'), ROUTES);
    writeFileSync(join(dir, 'greeter.js'), greeter('Hello'));
    writeFileSync(join(dir, 'counter.js'), COUNTER);
    dev = new DevRuntime({ paths: [dir], cwd: dir, write: (l) => logs.push(l.trimEnd()), drainTimeoutMs: 1000 });
    expect((await dev.reload()).ok).toBe(true);
    expect([...dev.beanModules].sort()).toEqual([join(dir, 'counter.js'), join(dir, 'greeter.js')]);
    expect((await send(dev, 'greet', 'World')).body).toBe('Hello World');
    expect((await send(dev, 'count', null)).body).toBe(1);
    const countRoute = dev.runtime.route('count');

    writeFileSync(join(dir, 'greeter.js'), greeter('Bonjour'));
    const outcome = await dev.reload();
    expect(outcome).toMatchObject({ ok: true, changed: ['greet'], added: [], removed: [], kept: 1 });
    expect((await send(dev, 'greet', 'World')).body).toBe('Bonjour World');
    // The counting route was not touched: same route instance, and its bean kept its state.
    expect(dev.runtime.route('count')).toBe(countRoute);
    expect((await send(dev, 'count', null)).body).toBe(2);
  });

  it('keeps the running routes when an edited module no longer loads, and applies the next good save', async () => {
    writeFileSync(join(dir, 'routes.camel.yaml'), ROUTES);
    writeFileSync(join(dir, 'greeter.js'), greeter('Hello'));
    writeFileSync(join(dir, 'counter.js'), COUNTER);
    dev = new DevRuntime({ paths: [dir], cwd: dir, write: (l) => logs.push(l.trimEnd()), drainTimeoutMs: 1000 });
    expect((await dev.reload()).ok).toBe(true);
    writeFileSync(join(dir, 'greeter.js'), 'export class Greeter { hello(body) { return ; }');
    expect((await dev.reload()).ok).toBe(false);
    expect(logs.at(-1)).toMatch(/Reload failed with 1 error .* the running routes are kept/);
    expect((await send(dev, 'greet', 'World')).body).toBe('Hello World');
    writeFileSync(join(dir, 'greeter.js'), greeter('Hallo'));
    expect((await dev.reload()).ok).toBe(true);
    expect((await send(dev, 'greet', 'World')).body).toBe('Hallo World');
  });
});
