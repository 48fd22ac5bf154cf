/** Per-process sums of route counters, as `drom ps` and `drom get` show them. */
import type { LocalEntry } from './entry.js';

/** Totals of one process over its routes. */
export interface ProcessTotals {
  /** Routes in state `Started`. */
  readonly started: number;
  readonly routes: number;
  readonly total: number;
  readonly failed: number;
  readonly inflight: number;
  readonly msgPerSec: number;
}

/** Sums the counters of `entry`'s routes. */
export function processTotals(entry: LocalEntry): ProcessTotals {
  let started = 0;
  let total = 0;
  let failed = 0;
  let inflight = 0;
  let msgPerSec = 0;
  for (const r of entry.routes) {
    if (r.state === 'Started') started++;
    total += r.total;
    failed += r.failed;
    inflight += r.inflight;
    msgPerSec += r.msgPerSec;
  }
  return { started, routes: entry.routes.length, total, failed, inflight, msgPerSec };
}
