/** Route ids must be unique within a file: Camel refuses to add a second route with an id already in use. */
import type { Diagnostic } from '../api/diagnostic.js';
import type { DslEntry } from '../dsl/load.js';
import { diagnosticAt } from '../dsl/located.js';

/** A `DSL_DUPLICATE_ROUTE_ID` error on every route whose id an earlier route of the file already has. */
export function checkRouteIds(entries: readonly DslEntry[]): Diagnostic[] {
  const seen = new Map<string, DslEntry>();
  const out: Diagnostic[] = [];
  for (const entry of entries) {
    if (entry.key !== 'route' || typeof entry.value !== 'object' || entry.value === null) continue;
    const id = (entry.value as Record<string, unknown>)['id'];
    if (typeof id !== 'string') continue;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, entry);
      continue;
    }
    const was = first.source.locate([...first.path, 'id']);
    out.push(
      diagnosticAt(
        entry.source,
        { path: [...entry.path, 'id'], pointerPrefix: entry.pointerPrefix },
        {
          severity: 'error',
          code: 'DSL_DUPLICATE_ROUTE_ID',
          message: `duplicate route id '${id}'; line ${String(was.line)} already uses it`,
          hint: 'give every route its own id',
        },
      ),
    );
  }
  return out;
}
