/**
 * Where an error-handling definition is written (its entry and the path of its map in the entry) and how problems in
 * it become diagnostics with file:line:col, like those of steps.
 */
import type { Diagnostic, Severity } from '../../api/diagnostic.js';
import type { DiagnosticCode } from '../../api/diagnostic-codes.js';
import type { DslEntry } from '../../dsl/load.js';
import { diagnosticAt } from '../../dsl/located.js';
import type { PathSegment } from '../../dsl/yaml-source.js';

/** A definition's place: its entry and the path of its map, relative to the entry's value. */
export interface Site {
  readonly entry: DslEntry;
  readonly path: readonly PathSegment[];
}

/** Reports problems of definitions. */
export type Report = (d: Diagnostic) => void;

/** What is wrong, before it is placed. */
export interface Problem {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly hint?: string;
  /** Default `error`. */
  readonly severity?: Severity;
}

/** The site of a map nested at `at` in `site`. */
export function within(site: Site, ...at: PathSegment[]): Site {
  return { entry: site.entry, path: [...site.path, ...at] };
}

/** Reports `problem` at the key `at` (relative to the site; `[]`: the site's own key). */
export function reportAt(report: Report, site: Site, at: readonly PathSegment[], problem: Problem): void {
  const { entry } = site;
  report(
    diagnosticAt(
      entry.source,
      { path: [...entry.path, ...site.path, ...at], anchor: 'key', pointerPrefix: entry.pointerPrefix },
      {
        severity: problem.severity ?? 'error',
        code: problem.code,
        message: problem.message,
        hint: problem.hint,
      },
    ),
  );
}

/** Whether a value is a map. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reports each option of `names` that `map` sets (anything but absent, `null` or `false`) as not supported: running
 * with it would silently behave unlike Camel. Answers whether any was reported.
 */
export function refuseOptions(
  report: Report,
  site: Site,
  map: Record<string, unknown>,
  what: string,
  names: readonly (readonly [string, string])[],
): boolean {
  let refused = false;
  for (const [name, why] of names) {
    const value = map[name];
    if (value === undefined || value === null || value === false) continue;
    reportAt(report, site, [name], {
      code: 'COMPILE_UNSUPPORTED_STEP',
      message: `the ${what} option '${name}' is not supported by Dromedary yet`,
      hint: why,
    });
    refused = true;
  }
  return refused;
}
