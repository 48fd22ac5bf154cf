/** The body of `/q/routes`: one JSON object per route, with exactly the fields the project guide lists. */
import type { RouteRow } from '../run/runtime-view.js';
import type { RouteSnapshot } from './runtime-sampler.js';

/** One route in `/q/routes` (the shape the local registry stores too). */
export type RouteJson = RouteRow;

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
