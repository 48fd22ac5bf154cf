/**
 * Turns a live `RuntimeView` into registry entries, one per write, remembering the previous write to derive message
 * rates and the most recent failure.
 */
import type { RuntimeView } from '../run/runtime-view.js';
import type { LocalEntry, RouteEntry } from './entry.js';

/** What an entry carries besides the view: where it lives and how to reach the process. */
export interface SnapshotBase {
  readonly pid: number;
  readonly logFile: string;
  readonly managementUrl?: string;
}

interface Previous {
  readonly at: number;
  readonly totals: ReadonlyMap<string, number>;
  readonly errors: ReadonlyMap<string, string | undefined>;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Builds successive entries of one process. Each route's `msgPerSec` is the growth of its `total` since the previous
 * call divided by the time between the calls; when a total went down (the route restarted and its counters began
 * again) or the route is new, its whole total counts as the growth, so the rate is never negative. The first entry has rate 0. The entry's
 * `lastError` is the failure message that appeared most recently on any route (first route wins within one call),
 * kept until another appears.
 */
export class Snapshotter {
  private previous: Previous | undefined;
  private lastError: string | null = null;

  constructor(private readonly base: SnapshotBase) {}

  /** The entry for `view` as of `now` (epoch milliseconds). */
  snapshot(view: RuntimeView, now: number): LocalEntry {
    const prev = this.previous;
    const seconds = prev === undefined ? 0 : (now - prev.at) / 1000;
    const totals = new Map<string, number>();
    const errors = new Map<string, string | undefined>();
    let newError: string | undefined;
    const routes = view.routes().map((r): RouteEntry => {
      totals.set(r.id, r.total);
      errors.set(r.id, r.lastError);
      if (r.lastError !== undefined && newError === undefined && prev?.errors.get(r.id) !== r.lastError)
        newError = r.lastError;
      const before = prev?.totals.get(r.id);
      const grown = prev === undefined ? 0 : before === undefined || r.total < before ? r.total : r.total - before;
      return {
        id: r.id,
        from: r.from,
        state: r.state,
        uptimeMs: r.uptimeMs,
        total: r.total,
        failed: r.failed,
        inflight: r.inflight,
        msgPerSec: seconds > 0 ? round2(grown / seconds) : 0,
        lastError: r.lastError ?? null,
        reloads: r.reloads,
      };
    });
    if (newError !== undefined) this.lastError = newError;
    this.previous = { at: now, totals, errors };
    return {
      pid: this.base.pid,
      name: view.name,
      startedAt: view.startedAt,
      updatedAt: now,
      ...(this.base.managementUrl === undefined ? {} : { managementUrl: this.base.managementUrl }),
      logFile: this.base.logFile,
      reloads: view.reloads(),
      lastError: this.lastError,
      routes,
    };
  }
}
