/**
 * `createRuntime`: validates route files as strictly as running them requires, compiles them into a runtime and
 * hands it back ready to start. Problems come back as diagnostics; nothing is started.
 */
import { basename } from 'node:path';

import type { Clock } from '../api/connector-runtime.js';
import type { Diagnostic } from '../api/diagnostic.js';
import { compileRoutes, type CompileOptions, type Plan, type PlannedRoute } from '../compile/compile-routes.js';
import type { EndpointFactory } from '../compile/endpoint-factory.js';
import type { PropertyResolver } from '../compile/properties.js';
import { systemClock } from '../engine/clock.js';
import { LogOutput } from '../engine/log-output.js';
import { languages } from '../expr/registry.js';
import { validateEntries } from '../validate/validate.js';
import { loadBeans } from './bean-loader.js';
import { platformHttpOptions } from './platform-http-options.js';
import { runProperties } from './properties-sources.js';

/** How to create a runtime. */
export interface CreateRuntimeOptions {
  readonly paths: readonly string[];
  readonly cwd?: string;
  /** `-p key=value` properties. */
  readonly properties?: Readonly<Record<string, string>>;
  /** `--properties` files. */
  readonly propertiesFiles?: readonly string[];
  /** Properties profile (default `dev`). */
  readonly profile?: string;
  /** The run's name (default: the first file's base name). */
  readonly name?: string;
  /** Where log lines go (default: stdout). */
  readonly write?: (line: string) => void;
  readonly clock?: Clock;
  /** Called after every exchange a route consumer created is complete. */
  readonly onComplete?: () => void;
  /** `--port`: the platform-http server's port (default: the property `camel.server.port`, else 8080; 0: any). */
  readonly port?: number;
  /** How long a platform-http request waits for its route while it is replaced or suspended (default 10000 ms). */
  readonly drainTimeoutMs?: number;
  /**
   * The running plan this compilation replaces (dev mode): its log output, endpoints (shared queues and registries)
   * and the ids of its id-less routes are reused.
   */
  readonly replacing?: {
    readonly log: LogOutput;
    readonly endpoints: EndpointFactory;
    readonly routes: readonly PlannedRoute[];
  };
}

/** A compiled, not yet started runtime, with what it needs to report. */
export interface CreatedRuntime {
  readonly name: string;
  readonly plan: Plan;
  readonly log: LogOutput;
  readonly diagnostics: Diagnostic[];
  /** The bean modules the files declare (absolute paths): dev mode watches them. */
  readonly beanModules: readonly string[];
}

/** Why a runtime could not be created: every problem found, and the bean modules named (watched in dev mode). */
export interface FailedRuntime {
  readonly diagnostics: Diagnostic[];
  readonly beanModules?: readonly string[];
}

/** The name JBang gives a run: the first file's base name without `.camel.yaml` / `.yaml`. */
export function runName(paths: readonly string[]): string {
  const first = paths[0];
  return first === undefined ? 'dromedary' : basename(first).replace(/(\.camel)?\.ya?ml$/, '');
}

/**
 * Whether routes record message history: `camel.main.messageHistory` (or `camel.main.message-history`) when set, else
 * on in the `dev` profile, as Camel JBang's dev profile has it, and off otherwise (Camel 4's default).
 */
function messageHistory(properties: PropertyResolver, profile: string): boolean {
  const set = properties.lookup('camel.main.messageHistory') ?? properties.lookup('camel.main.message-history');
  return set === undefined ? profile === 'dev' : set.trim().toLowerCase() === 'true';
}

/** What a compilation that replaces a running plan takes over from it: its endpoints and its routes' made-up ids. */
function replacingOptions(running: CreateRuntimeOptions['replacing']): Partial<CompileOptions> {
  if (running === undefined) return {};
  return {
    endpoints: running.endpoints,
    previousAutoIds: new Map(running.routes.filter((r) => r.autoId).map((r) => [r.key, r.route.id])),
  };
}

/**
 * Validates and compiles. Resolves to the runtime, or to the diagnostics that prevent it (every file checked, all
 * problems listed). Throws `UsageError` for missing paths or properties files.
 */
export async function createRuntime(options: CreateRuntimeOptions): Promise<CreatedRuntime | FailedRuntime> {
  const cwd = options.cwd ?? process.cwd();
  const profile = options.profile ?? 'dev';
  const { report, entries } = await validateEntries(options.paths, {
    cwd,
    mode: 'run',
    profile,
    ...(options.properties === undefined ? {} : { properties: options.properties }),
    ...(options.propertiesFiles === undefined ? {} : { propertiesFiles: options.propertiesFiles }),
  });
  const diagnostics = report.files.flatMap((f) => f.diagnostics);
  if (!report.files.every((f) => f.valid)) return { diagnostics };
  const clock = options.clock ?? systemClock;
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const log = options.replacing?.log ?? new LogOutput({ write, clock });
  const running = options.replacing;
  const name = options.name ?? runName(options.paths);
  const properties = runProperties({
    cwd,
    firstFile: options.paths[0],
    profile,
    files: options.propertiesFiles ?? [],
    overrides: options.properties ?? {},
    env: process.env,
  });
  const beans = await loadBeans(entries, properties, cwd);
  const compiled = compileRoutes(entries, {
    name,
    beans: beans.registry,
    languages,
    properties,
    log,
    clock,
    messageHistory: messageHistory(properties, profile),
    ...(options.onComplete === undefined ? {} : { onComplete: options.onComplete }),
    ...replacingOptions(running),
    ...platformHttpOptions(options, properties),
  });
  const all = [...diagnostics, ...beans.diagnostics, ...compiled.diagnostics];
  if (compiled.plan === undefined || beans.diagnostics.length > 0)
    return { diagnostics: all, beanModules: beans.modules };
  return { name, plan: compiled.plan, log, diagnostics: all, beanModules: beans.modules };
}
