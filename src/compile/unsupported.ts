/**
 * What a route file may hold that Dromedary does not run yet, besides steps and endpoint options: top-level keys
 * other than `route` and `from`, and route options that change behaviour. Running such a file would silently drop
 * them, so compilation reports each one (an error: `drom run` does not start).
 */
import type { Diagnostic } from '../api/diagnostic.js';
import type { DslEntry } from '../dsl/load.js';
import { diagnosticAt } from '../dsl/located.js';

/** Route options that change behaviour and are not applied yet (when set; `true` for the boolean ones). */
const ROUTE_OPTIONS = [
  'errorHandlerRef',
  'routePolicyRef',
  'precondition',
  'inputType',
  'outputType',
  'trace',
  'logMask',
] as const;

/** Top-level keys compilation handles. */
const SUPPORTED_TOP_LEVEL: ReadonlySet<string> = new Set([
  'route',
  'from',
  'beans',
  'errorHandler',
  'onException',
  'routeConfiguration',
]);

/** The diagnostics for an entry's unsupported parts. */
export function unsupportedParts(entry: DslEntry): Diagnostic[] {
  const at = (path: (string | number)[], message: string): Diagnostic =>
    diagnosticAt(
      entry.source,
      { path: [...entry.path, ...path], anchor: 'key', pointerPrefix: entry.pointerPrefix },
      {
        severity: 'error',
        code: 'COMPILE_UNSUPPORTED_STEP',
        message,
      },
    );
  if (!SUPPORTED_TOP_LEVEL.has(entry.key)) {
    return [at([], `the top-level ${entry.key} is not supported by Dromedary yet`)];
  }
  if (entry.key !== 'route' || typeof entry.value !== 'object' || entry.value === null) return [];
  const route = entry.value as Record<string, unknown>;
  return ROUTE_OPTIONS.filter((k) => route[k] !== undefined && route[k] !== false).map((k) =>
    at([k], `the route option ${k} is not supported by Dromedary yet`),
  );
}
