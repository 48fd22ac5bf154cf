/**
 * What tools outside the engine — the management server (`/q/*`), the local process registry (`drom ps`, `drom get`)
 * — see of a running `drom run`: its name, its routes with their counters, and how often it reloaded. The view is
 * live: in dev mode the set of routes changes with each reload, so callers ask again each time.
 */
import type { RouteState } from '../engine/route.js';

/** One route as tools show it. */
export interface RouteView {
  readonly id: string;
  /** The `from` URI without options. */
  readonly from: string;
  readonly state: RouteState;
  /** Milliseconds since the route (this version of it) started; 0 when not started. */
  readonly uptimeMs: number;
  /** Exchanges completed, failed, and in progress. */
  readonly total: number;
  readonly failed: number;
  readonly inflight: number;
  /** The message of the last failure, if any. */
  readonly lastError: string | undefined;
  /** How many times dev mode replaced this route (0 outside dev mode). */
  readonly reloads: number;
}

/**
 * One route as `/q/routes` answers it and the local registry stores it (the project guide's field list): the counts
 * of the route's current version, `msgPerSec` over the last seconds (never negative, also when a reload replaced the
 * route), `lastError` null when the route never failed.
 */
export interface RouteRow {
  readonly id: string;
  /** The `from` URI without options. */
  readonly from: string;
  /** The route state (`Started`, `Stopped`, …). */
  readonly state: string;
  /** Milliseconds since this version of the route started; 0 when not started. */
  readonly uptimeMs: number;
  readonly total: number;
  readonly failed: number;
  readonly inflight: number;
  readonly msgPerSec: number;
  readonly lastError: string | null;
  /** How many times dev mode replaced this route. */
  readonly reloads: number;
}

/** A running `drom run`. */
export interface RuntimeView {
  /** The run's name (`--name`, or the first file's base name). */
  readonly name: string;
  /** Epoch milliseconds when the run started. */
  readonly startedAt: number;
  /** The routes now, in definition order. */
  routes(): readonly RouteView[];
  /** Reloads applied so far (dev mode; 0 otherwise). */
  reloads(): number;
  /** Whether every route that should run is started (readiness). */
  ready(): boolean;
}
