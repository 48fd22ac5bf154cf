/**
 * Dev mode's plan diff: which routes of a newly compiled plan are new, which replace a running route whose definition
 * changed, which running routes are gone, and which are unchanged (those keep running untouched: same instance,
 * counters and state). Routes are matched by key (`route-identity.ts`) and compared by fingerprint.
 */
import type { PlannedRoute } from '../compile/compile-routes.js';

/** A route running now, with how often it has been replaced. */
export interface RunningRoute {
  readonly planned: PlannedRoute;
  readonly reloads: number;
}

/** What a reload does. */
export interface PlanDiff {
  readonly added: readonly PlannedRoute[];
  readonly changed: readonly { readonly from: RunningRoute; readonly to: PlannedRoute }[];
  readonly removed: readonly RunningRoute[];
  readonly kept: readonly RunningRoute[];
}

/** Compares the running routes (by key) with the routes of a new plan, in the new plan's order. */
export function diffPlans(running: ReadonlyMap<string, RunningRoute>, next: readonly PlannedRoute[]): PlanDiff {
  const added: PlannedRoute[] = [];
  const changed: { from: RunningRoute; to: PlannedRoute }[] = [];
  const kept: RunningRoute[] = [];
  const seen = new Set<string>();
  for (const route of next) {
    seen.add(route.key);
    const before = running.get(route.key);
    if (before === undefined) added.push(route);
    else if (before.planned.fingerprint === route.fingerprint) kept.push(before);
    else changed.push({ from: before, to: route });
  }
  const removed = [...running.values()].filter((r) => !seen.has(r.planned.key));
  return { added, changed, removed, kept };
}
