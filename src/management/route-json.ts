/** The body of `/q/routes`: one JSON object per route, with exactly the fields the project guide lists. */
import type { RouteState } from '../engine/route.js';
import type { RouteSnapshot } from './runtime-sampler.js';

/**
 * One route in `/q/routes`. Counts are those of the route's current version (they restart when dev mode replaces
 * the route, as `uptimeMs` does); `msgPerSec` is the rate of `total` over the last seconds, rounded to 2 decimals,
 * and does not go negative when the route is replaced; `lastError` is `null` when the route never failed.
 */
export interface RouteJson {
  readonly id: string;
  readonly from: string;
  readonly state: RouteState;
  readonly uptimeMs: number;
  readonly total: number;
  readonly failed: number;
  readonly inflight: number;
  readonly msgPerSec: number;
  readonly lastError: string | null;
  readonly reloads: number;
}

/** The JSON of one sampled route (see {@link RouteJson}). */
export function toRouteJson({ route, msgPerSec }: RouteSnapshot): RouteJson {
  return {
    id: route.id,
    from: route.from,
    state: route.state,
    uptimeMs: route.uptimeMs,
    total: route.total,
    failed: route.failed,
    inflight: route.inflight,
    msgPerSec: Math.round(msgPerSec * 100) / 100,
    lastError: route.lastError ?? null,
    reloads: route.reloads,
  };
}
