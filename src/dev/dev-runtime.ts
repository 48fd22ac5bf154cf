/**
 * Dev mode's runtime: compiles the route files again on every change and applies only the difference to the running
 * routes. Unchanged routes keep running untouched; a changed route's consumer is held back, its in-flight exchanges
 * drain, and the new version takes over (a `seda` queue keeps its pending messages for it); removed routes stop;
 * new ones start. Endpoints shared between versions (`seda` queues, `direct` registrations) belong to the runtime and
 * survive every swap. If anything fails — the YAML, validation, compilation, a route failing to start — the routes
 * that ran before keep running as they were, and the next good save applies normally.
 */
import type { Logger } from '../api/connector-runtime.js';
import type { Diagnostic } from '../api/diagnostic.js';
import type { PlannedRoute } from '../compile/compile-routes.js';
import type { EndpointFactory } from '../compile/endpoint-factory.js';
import type { LogOutput } from '../engine/log-output.js';
import type { Route } from '../engine/route.js';
import { Runtime } from '../engine/runtime.js';
import { createRuntime, type CreateRuntimeOptions } from '../run/create-runtime.js';
import type { ReloadCounts } from '../run/runtime-view-of.js';
import { diffPlans, type PlanDiff, type RunningRoute } from './plan-diff.js';

/** How dev mode runs. */
export interface DevRuntimeOptions extends Omit<CreateRuntimeOptions, 'replacing'> {
  /** How long a replaced or removed route may take to finish its in-flight exchanges (default 10 s). */
  readonly drainTimeoutMs?: number;
  /** Receives the diagnostics of a load that failed, and the warnings of one that did not. */
  readonly onDiagnostics?: (diagnostics: readonly Diagnostic[]) => void;
}

/** The outcome of one load. */
export type ReloadOutcome =
  | {
      readonly ok: true;
      readonly ms: number;
      readonly added: readonly string[];
      readonly changed: readonly string[];
      readonly removed: readonly string[];
      readonly kept: number;
      /** Aggregation groups of replaced routes completed early so that the new version starts clean. */
      readonly forceCompleted: number;
      /** The routes started by this load, in start order. */
      readonly started: readonly Route[];
    }
  | { readonly ok: false; readonly ms: number; readonly errors: number };

const ids = (routes: readonly PlannedRoute[]): string[] => routes.map((r) => r.route.id);

/** Dev mode's routes: load once, then `reload` on every change. */
export class DevRuntime implements ReloadCounts {
  /** The running routes; the set changes with each reload (the run controller and the views read it live). */
  readonly runtime = new Runtime([]);
  private running = new Map<string, RunningRoute>();
  private log: LogOutput | undefined;
  private endpoints: EndpointFactory | undefined;
  private logger: Logger | undefined;
  private applied = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private name_: string | undefined;
  private modules: readonly string[] = [];

  constructor(private readonly options: DevRuntimeOptions) {}

  /** The run's name, once the first load compiled. */
  get name(): string | undefined {
    return this.name_;
  }

  /** The shared endpoints (`direct`, `seda`, mocks), once the first load compiled. */
  get endpointFactory(): EndpointFactory | undefined {
    return this.endpoints;
  }

  /** The shared log output, once the first load compiled. */
  get output(): LogOutput | undefined {
    return this.log;
  }

  /** The bean modules the last load named (absolute paths), loadable or not: the watch follows them. */
  get beanModules(): readonly string[] {
    return this.modules;
  }

  total(): number {
    return this.applied;
  }

  ofRoute(routeId: string): number {
    return [...this.running.values()].find((r) => r.planned.route.id === routeId)?.reloads ?? 0;
  }

  /**
   * Loads the files and applies the difference to the running routes. Loads run one at a time, in call order.
   * Resolves with what happened; never rejects for a problem in the files (that is a failed outcome).
   */
  reload(): Promise<ReloadOutcome> {
    const next = this.queue.then(() => this.load());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async load(): Promise<ReloadOutcome> {
    const started = performance.now();
    const ms = (): number => Math.round(performance.now() - started);
    const first = this.log === undefined;
    const created = await createRuntime({
      ...this.options,
      ...(this.log === undefined || this.endpoints === undefined
        ? {}
        : {
            replacing: {
              log: this.log,
              endpoints: this.endpoints,
              routes: [...this.running.values()].map((r) => r.planned),
            },
          }),
    });
    this.options.onDiagnostics?.(created.diagnostics);
    this.modules = created.beanModules ?? this.modules;
    if (!('plan' in created)) {
      const errors = created.diagnostics.filter((d) => d.severity === 'error').length;
      this.devLogger()?.log(
        'WARN',
        `Reload failed with ${String(errors)} error${errors === 1 ? '' : 's'} in ${String(ms())} ms; ` +
          `${first ? 'no routes run yet' : 'the running routes are kept'}: fix and save again`,
      );
      return { ok: false, ms: ms(), errors };
    }
    this.log = created.log;
    this.endpoints = created.plan.endpoints;
    this.name_ ??= created.name;
    const diff = diffPlans(this.running, created.plan.routes);
    const applied = await this.apply(diff);
    if (applied === undefined) return { ok: false, ms: ms(), errors: 1 };
    if (!first) this.applied += 1;
    const outcome = {
      ok: true as const,
      ms: ms(),
      added: ids(diff.added),
      changed: diff.changed.map((c) => c.to.route.id),
      removed: diff.removed.map((r) => r.planned.route.id),
      kept: diff.kept.length,
      forceCompleted: applied.forceCompleted,
      started: applied.started,
    };
    if (!first) this.devLogger()?.log('INFO', reloadLine(outcome));
    return outcome;
  }

  /** Applies a diff; on a failure puts every route back as it was and resolves undefined. */
  private async apply(diff: PlanDiff): Promise<{ started: Route[]; forceCompleted: number } | undefined> {
    const drain = this.options.drainTimeoutMs ?? 10_000;
    const stoppedOld: RunningRoute[] = [];
    const startedNew: PlannedRoute[] = [];
    let forceCompleted = 0;
    // A platform-http path whose route stops meanwhile stays pending for a new route serving it: no request is lost.
    this.endpoints?.beginSwap();
    try {
      for (const old of diff.removed) {
        await old.planned.route.stop(drain);
        stoppedOld.push(old);
      }
      for (const { from } of diff.changed) {
        forceCompleted += (await from.planned.route.handOver(drain)).forceCompleted;
        stoppedOld.push(from);
      }
      for (const old of stoppedOld) this.runtime.remove(old.planned.route);
      const incoming = [...diff.changed.map((c) => c.to), ...diff.added];
      for (const entry of new Runtime(incoming).startupOrder()) {
        const planned = incoming.find((p) => p.route === entry.route);
        if (planned === undefined) continue;
        this.runtime.add(planned);
        startedNew.push(planned);
        if (planned.autoStartup !== false) planned.route.start();
      }
      // A platform-http server that cannot listen (port in use) fails the reload.
      await this.endpoints?.platformHttp.ready();
    } catch (err) {
      await this.rollBack(stoppedOld, startedNew, err);
      return undefined;
    } finally {
      this.endpoints?.endSwap();
    }
    const next = new Map<string, RunningRoute>();
    for (const kept of diff.kept) next.set(kept.planned.key, kept);
    for (const { from, to } of diff.changed) next.set(to.key, { planned: to, reloads: from.reloads + 1 });
    for (const added of diff.added) next.set(added.key, { planned: added, reloads: 0 });
    this.running = next;
    return { started: startedNew.filter((p) => p.autoStartup !== false).map((p) => p.route), forceCompleted };
  }

  private async rollBack(stoppedOld: RunningRoute[], startedNew: PlannedRoute[], err: unknown): Promise<void> {
    for (const planned of startedNew) {
      await planned.route.stop(0);
      this.runtime.remove(planned.route);
    }
    for (const old of stoppedOld) {
      this.runtime.add(old.planned);
      if (old.planned.autoStartup !== false) old.planned.route.start();
    }
    this.devLogger()?.log(
      'ERROR',
      `Reload failed while starting routes (${err instanceof Error ? err.message : String(err)}); the routes that ran before run again`,
    );
  }

  private devLogger(): Logger | undefined {
    this.logger ??= this.log?.logger('dromedary.dev');
    return this.logger;
  }
}

/** The one line a successful reload logs. */
export function reloadLine(o: {
  ms: number;
  added: readonly string[];
  changed: readonly string[];
  removed: readonly string[];
  kept: number;
  forceCompleted?: number;
}): string {
  const part = (label: string, list: readonly string[]): string =>
    `${label} ${String(list.length)}${list.length === 0 ? '' : ` (${list.join(', ')})`}`;
  const groups = o.forceCompleted ?? 0;
  const completed =
    groups === 0
      ? ''
      : `; completed ${String(groups)} aggregation group${groups === 1 ? '' : 's'} of the replaced routes`;
  return `Reloaded in ${String(o.ms)} ms: ${part('added', o.added)}, ${part('changed', o.changed)}, ${part('removed', o.removed)}, kept ${String(o.kept)}${completed}`;
}
