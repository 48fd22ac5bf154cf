/**
 * Health reports in the shape of Quarkus / Camel health (MicroProfile Health): `{"status":"UP"|"DOWN","checks":[…]}`.
 *
 * Checks:
 * - `dromedary-live` (liveness, `/q/health/live`): UP whenever the management server can answer, i.e. while the
 *   process serves. Data: `name` (the run's name).
 * - `dromedary-routes` (readiness, `/q/health/ready`): UP when `view.ready()` is true (every route that should run
 *   is started), DOWN otherwise or when the view cannot be read. Data: `routes` (how many), `started` (how many are
 *   in state Started), and `error` when reading the view threw.
 *
 * `/q/health` has both checks; a report is UP only when all its checks are.
 */
import type { RuntimeView } from '../run/runtime-view.js';

/** A check's or a report's status. */
export type HealthStatus = 'UP' | 'DOWN';

/** One check in a report; `data` holds scalars only, as MicroProfile Health requires. */
export interface HealthCheck {
  readonly name: string;
  readonly status: HealthStatus;
  readonly data?: Readonly<Record<string, string | number | boolean>>;
}

/** A health report: the body of every `/q/health*` endpoint. */
export interface HealthReport {
  readonly status: HealthStatus;
  readonly checks: readonly HealthCheck[];
}

/** Which checks a report has: both (`/q/health`), liveness only, or readiness only. */
export type HealthProbe = 'health' | 'live' | 'ready';

/** The liveness check's name. */
export const LIVE_CHECK = 'dromedary-live';
/** The readiness check's name. */
export const ROUTES_CHECK = 'dromedary-routes';

/** The liveness check: always UP (answering at all is the proof). */
export function liveCheck(view: RuntimeView): HealthCheck {
  return { name: LIVE_CHECK, status: 'UP', data: { name: view.name } };
}

/** The readiness check: UP when `view.ready()`; DOWN, with the message as `data.error`, when the view throws. */
export function routesCheck(view: RuntimeView): HealthCheck {
  try {
    const ready = view.ready();
    const routes = view.routes();
    const started = routes.filter((r) => r.state === 'Started').length;
    return { name: ROUTES_CHECK, status: ready ? 'UP' : 'DOWN', data: { routes: routes.length, started } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { name: ROUTES_CHECK, status: 'DOWN', data: { error: message } };
  }
}

/** The report of a probe: its checks, UP when every check is UP. */
export function healthReport(view: RuntimeView, probe: HealthProbe): HealthReport {
  const checks: HealthCheck[] = [];
  if (probe !== 'ready') checks.push(liveCheck(view));
  if (probe !== 'live') checks.push(routesCheck(view));
  return { status: checks.every((c) => c.status === 'UP') ? 'UP' : 'DOWN', checks };
}
