/**
 * Test kit for routes: compiles inline YAML routes (validated as `drom run` does), starts them, sends exchanges to
 * `direct:` endpoints and exposes `mock:` endpoints and the log lines. Camel's `FilterTest` + `MockEndpoint`, here.
 */
import type { Exchange } from '../../src/api/exchange.js';
import type { BeanLookup } from '../../src/compile/bean-registry.js';
import { compileRoutes, type Plan } from '../../src/compile/compile-routes.js';
import { PropertyResolver } from '../../src/compile/properties.js';
import { loadText } from '../../src/dsl/load.js';
import { systemClock } from '../../src/engine/clock.js';
import type { MockEndpoint } from '../../src/engine/endpoints/mock.js';
import { DefaultExchange } from '../../src/engine/exchange.js';
import { LogOutput } from '../../src/engine/log-output.js';
import { languages } from '../../src/expr/registry.js';
import { validateLists } from '../../src/validate/validate-entries.js';

/** A compiled, started set of routes. */
export interface RouteKit {
  readonly plan: Plan;
  /** Log lines as `LEVEL logger : message`. */
  readonly logs: string[];
  /** Sends a body (and headers) to `direct:name`; resolves with the exchange once the route is done with it. */
  send(uri: string, body: unknown, headers?: Record<string, unknown>): Promise<Exchange>;
  mock(name: string): MockEndpoint;
  stop(): Promise<void>;
}

/** Kits started and not stopped yet. */
const open = new Set<RouteKit>();

/** Stops every kit still running: the one `afterEach` every kit test needs (`afterEach(stopRouteKits)`). */
export async function stopRouteKits(): Promise<void> {
  const kits = [...open];
  open.clear();
  for (const kit of kits) await kit.stop();
}

/** More of what a kit may be given. */
export interface RouteKitOptions {
  /** The beans steps may reference (default none). */
  readonly beans?: BeanLookup;
}

/** Compiles and starts `yaml`; throws with the diagnostics when the routes do not compile. */
export async function routeKit(
  yaml: string,
  properties: Record<string, string> = {},
  options: RouteKitOptions = {},
): Promise<RouteKit> {
  const loaded = loadText('kit.camel.yaml', yaml);
  const { entries, diagnostics } = await validateLists(loaded.lists);
  const errors = [...loaded.diagnostics, ...diagnostics].filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new Error(errors.map((d) => `${String(d.line)}:${String(d.col)} ${d.code} ${d.message}`).join('\n'));
  const logs: string[] = [];
  const log = new LogOutput({
    clock: systemClock,
    level: 'TRACE',
    write: (line) => {
      const m = /^\S+ \S+ +(\w+) \d+ --- \[[^\]]*\] (.*?) +: (.*)$/s.exec(line.trimEnd());
      logs.push(m === null ? line.trimEnd() : `${m[1] ?? ''} ${m[2] ?? ''} : ${m[3] ?? ''}`);
    },
  });
  const compiled = compileRoutes(entries, {
    name: 'kit',
    languages,
    properties: new PropertyResolver({ overrides: new Map(Object.entries(properties)) }),
    log,
    clock: systemClock,
    ...(options.beans === undefined ? {} : { beans: options.beans }),
  });
  if (compiled.plan === undefined) {
    throw new Error(
      compiled.diagnostics.map((d) => `${String(d.line)}:${String(d.col)} ${d.code} ${d.message}`).join('\n'),
    );
  }
  const plan = compiled.plan;
  plan.runtime.start();
  const kit: RouteKit = {
    plan,
    logs,
    send(uri, body, headers = {}) {
      const name = uri.replace(/^direct:/, '');
      const exchange = new DefaultExchange({ routeId: 'kit' });
      exchange.body = body;
      for (const [k, v] of Object.entries(headers)) exchange.headers.set(k, v);
      return new Promise((resolve) => {
        plan.endpoints.direct.producer(name).process(exchange, () => {
          resolve(exchange);
        });
      });
    },
    mock: (name) => plan.endpoints.mocks.get(name),
    stop: async () => {
      open.delete(kit);
      await plan.runtime.stop(1000);
    },
  };
  open.add(kit);
  return kit;
}
