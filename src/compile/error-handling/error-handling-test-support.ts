/**
 * Shared by the error-handling test files (not a test itself): compiles several route files together, as `drom run`
 * does, and runs them (sending to `direct:` endpoints), with every diagnostic (warnings too) and every log line.
 */
import type { Diagnostic } from '../../api/diagnostic.js';
import type { Exchange } from '../../api/exchange.js';
import { loadText } from '../../dsl/load.js';
import { systemClock } from '../../engine/clock.js';
import { DefaultExchange } from '../../engine/exchange.js';
import { LogOutput } from '../../engine/log-output.js';
import { languages } from '../../expr/registry.js';
import { validateLists } from '../../validate/validate-entries.js';
import { compileRoutes, type Plan } from '../compile-routes.js';
import { PropertyResolver } from '../properties.js';

/** Compiled (and, when it compiled, started) files. */
export interface FilesRun {
  readonly plan: Plan | undefined;
  /** `line:col CODE message` (with the file when there are several), warnings included. */
  readonly diagnostics: string[];
  /** Log lines as `LEVEL logger : message` (first line of each record). */
  readonly logs: string[];
  send(uri: string, body: unknown, headers?: Record<string, unknown>): Promise<Exchange>;
  stop(): Promise<void>;
}

const format = (d: Diagnostic, many: boolean): string =>
  `${many ? `${d.file}:` : ''}${String(d.line)}:${String(d.col)} ${d.code} ${d.message}`;

/** Compiles `files` (name → YAML, in order) and starts them when they compile. */
export async function runFiles(files: Record<string, string>): Promise<FilesRun> {
  const names = Object.keys(files);
  const many = names.length > 1;
  const loaded = names.map((name) => loadText(name, files[name] ?? ''));
  const { entries, diagnostics } = await validateLists(loaded.flatMap((l) => l.lists));
  const logs: string[] = [];
  const log = new LogOutput({
    clock: systemClock,
    level: 'TRACE',
    write: (line) => {
      const m = /^\S+ \S+ +(\w+) \d+ --- \[[^\]]*\] (.*?) +: (.*)$/.exec(line.split('\n')[0]?.trimEnd() ?? '');
      logs.push(m === null ? line.trimEnd() : `${m[1] ?? ''} ${m[2] ?? ''} : ${m[3] ?? ''}`);
    },
  });
  const early = [...loaded.flatMap((l) => l.diagnostics), ...diagnostics];
  const compiled = early.some((d) => d.severity === 'error')
    ? { diagnostics: [] }
    : compileRoutes(entries, {
        name: 'kit',
        languages,
        properties: new PropertyResolver({ overrides: new Map() }),
        log,
        clock: systemClock,
      });
  const plan = compiled.plan;
  plan?.runtime.start();
  return {
    plan,
    diagnostics: [...early, ...compiled.diagnostics].map((d) => format(d, many)),
    logs,
    send(uri, body, headers = {}) {
      if (plan === undefined) throw new Error('the files did not compile');
      const exchange = new DefaultExchange({ routeId: 'test' });
      exchange.body = body;
      for (const [k, v] of Object.entries(headers)) exchange.headers.set(k, v);
      return new Promise((resolve) => {
        plan.endpoints.direct.producer(uri.replace(/^direct:/, '')).process(exchange, () => {
          resolve(exchange);
        });
      });
    },
    stop: async () => {
      await plan?.runtime.stop(1000);
    },
  };
}
