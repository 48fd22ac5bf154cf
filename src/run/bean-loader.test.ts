/**
 * Beans declared under `beans:` as a user writes them: bean modules on the real file system, next to the route file,
 * made into instances and called by routes; every problem reported at the line of its definition.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Diagnostic } from '../api/diagnostic.js';
import type { Exchange } from '../api/exchange.js';
import { DefaultExchange } from '../engine/exchange.js';
import { createRuntime, type CreatedRuntime } from './create-runtime.js';

let dir: string;
let running: CreatedRuntime | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drom-beans-'));
});
afterEach(async () => {
  await running?.plan.runtime.stop(1000);
  running = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const GREETER = `
export class Greeter {
  constructor(greeting, mark) { this.greeting = greeting; this.mark = mark; this.ready = false; }
  init() { this.ready = true; }
  hello(body) { return this.greeting + ' ' + body + this.mark + (this.ready ? '' : ' (not initialised)'); }
}
export default function shout(body) { return String(body).toUpperCase(); }
export const counter = { count: 0, process(exchange) { this.count += 1; exchange.headers.set('count', this.count); } };
`;

const ROUTE = `
- beans:
    - name: greeter
      type: module:./beans/greeter.js#Greeter
      constructors:
        0: "{{greeting}}"
        1: "!"
      properties:
        extra: 1
      initMethod: init
    - name: shout
      type: module:./beans/greeter.js
    - name: counter
      type: "module:./beans/greeter.js#counter"
- route:
    id: greet
    from:
      uri: direct:greet
      steps:
        - bean:
            ref: greeter
            method: hello
        - bean: shout
        - process:
            ref: counter
`;

async function load(route: string, modules: Record<string, string>): Promise<CreatedRuntime | Diagnostic[]> {
  writeFileSync(join(dir, 'route.camel.yaml'), route);
  for (const [name, text] of Object.entries(modules)) {
    const path = join(dir, name);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  const created = await createRuntime({
    paths: [join(dir, 'route.camel.yaml')],
    cwd: dir,
    properties: { greeting: 'Hello' },
    write: () => undefined,
  });
  if (!('plan' in created)) return created.diagnostics;
  running = created;
  created.plan.runtime.start();
  return created;
}

function send(created: CreatedRuntime, name: string, body: unknown): Promise<Exchange> {
  const exchange = new DefaultExchange({ routeId: 'test' });
  exchange.body = body;
  return new Promise((resolve) => {
    created.plan.endpoints.direct.producer(name).process(exchange, () => {
      resolve(exchange);
    });
  });
}

const described = (d: Diagnostic[]): string[] =>
  d.map((x) => `${String(x.line)}:${String(x.col)} ${x.code} ${x.message}`);

describe('beans from bean modules', () => {
  it('makes class instances (constructor arguments, properties, init method), functions and objects', async () => {
    const created = await load(ROUTE, { 'beans/greeter.js': GREETER });
    if (Array.isArray(created)) throw new Error(described(created).join('\n'));
    expect(created.beanModules).toEqual([join(dir, 'beans/greeter.js')]);
    const first = await send(created, 'greet', 'World');
    expect(first.body).toBe('HELLO WORLD!');
    expect(first.headers.get('count')).toBe(1);
    expect((await send(created, 'greet', 'x')).headers.get('count')).toBe(2);
  });

  it('reports a missing module, a missing export and a bare module name at the bean type', async () => {
    const route = `- beans:
    - name: a
      type: module:./nowhere.js
    - name: b
      type: module:./beans/greeter.js#Nope
    - name: c
      type: module:greeter
- from:
    uri: direct:x
    steps:
      - bean: {ref: a}
`;
    const found = await load(route, { 'beans/greeter.js': GREETER });
    expect(Array.isArray(found)).toBe(true);
    const lines = described(found as Diagnostic[]);
    expect(lines).toEqual([
      expect.stringMatching(/^7:13 BEAN_INVALID a bean module is a path relative to the route file/),
      expect.stringMatching(/^3:13 BEAN_INVALID bean 'a': cannot read the bean module .*nowhere\.js/),
      expect.stringMatching(/^5:13 BEAN_INVALID bean 'b': the module has no export 'Nope'/),
    ]);
  });

  it('reports a module that fails to load, and refuses inline scripts', async () => {
    const route = `- beans:
    - name: a
      type: module:./broken.js
    - name: s
      type: module:./broken.js
      script: "return 1"
- from:
    uri: direct:x
    steps:
      - to: mock:out
`;
    const found = await load(route, { 'broken.js': 'export const x = ;' });
    const lines = described(found as Diagnostic[]);
    expect(lines).toEqual([
      expect.stringMatching(/^6:7 COMPILE_UNSUPPORTED_STEP the bean option script is not supported by Dromedary/),
      expect.stringMatching(/^3:13 BEAN_INVALID bean 'a': the bean module .*broken\.js failed to load/),
    ]);
  });
});
