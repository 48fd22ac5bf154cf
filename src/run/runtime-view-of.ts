/** The `RuntimeView` of a runtime, for the management server and the local process registry. */
import type { Runtime } from '../engine/runtime.js';
import type { RouteView, RuntimeView } from './runtime-view.js';

/** Where a view reads dev mode's reload counts (absent outside dev mode: 0). */
export interface ReloadCounts {
  /** Reloads applied so far. */
  total(): number;
  /** How often the route with this id was replaced. */
  ofRoute(routeId: string): number;
}

const NO_RELOADS: ReloadCounts = { total: () => 0, ofRoute: () => 0 };

/** A live view of `runtime` (read on each call, so routes added or replaced by a reload show up). */
export function viewOf(name: string, startedAt: number, runtime: Runtime, reloads = NO_RELOADS): RuntimeView {
  return {
    name,
    startedAt,
    routes: (): RouteView[] =>
      runtime.routes().map((route) => {
        const m = route.metrics;
        return {
          id: route.id,
          from: route.from,
          state: route.state,
          uptimeMs: route.uptimeMs(),
          total: m.total,
          failed: m.failed,
          inflight: m.inflight,
          lastError: m.lastError,
          reloads: reloads.ofRoute(route.id),
        };
      }),
    reloads: () => reloads.total(),
    ready: () => runtime.startupOrder().every((e) => e.autoStartup === false || e.route.state === 'Started'),
  };
}
