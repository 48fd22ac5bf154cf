/** A depth-first walk over a plain JSON-like value, with the path of every node. */
import type { PathSegment } from '../../dsl/yaml-source.js';

/** Called for every map in the value, with its path and the key it sits under (if any). */
export type MapVisitor = (map: Record<string, unknown>, path: PathSegment[], parentKey: string | undefined) => void;

/** Visits every map of `value`, parents before children. Free maps are visited too; visitors decide. */
export function walkMaps(value: unknown, visit: MapVisitor, path: PathSegment[] = [], parentKey?: string): void {
  if (Array.isArray(value)) {
    value.forEach((v: unknown, i) => {
      walkMaps(v, visit, [...path, i], parentKey);
    });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const map = value as Record<string, unknown>;
  visit(map, path, parentKey);
  for (const [k, v] of Object.entries(map)) walkMaps(v, visit, [...path, k], k);
}

/** Visits every string of `value` with its path. */
export function walkStrings(
  value: unknown,
  visit: (s: string, path: PathSegment[]) => void,
  path: PathSegment[] = [],
): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value))
    value.forEach((v: unknown, i) => {
      walkStrings(v, visit, [...path, i]);
    });
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) walkStrings(v, visit, [...path, k]);
  }
}
