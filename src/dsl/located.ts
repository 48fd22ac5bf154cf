/** Diagnostics placed in a document: by path, with their line and column found in the source. */
import type { Diagnostic } from '../api/diagnostic.js';
import type { Anchor, PathSegment, YamlSource } from './yaml-source.js';

/** RFC 6901 pointer of a path. */
export function toPointer(path: readonly PathSegment[]): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Where in a document a diagnostic belongs. */
export interface Place {
  readonly path: readonly PathSegment[];
  /** At the value (default) or at the key that holds it. */
  readonly anchor?: Anchor;
  /** For a diagnostic about part of a string value: where that part starts in the value. */
  readonly offset?: number;
  /** Prefix placing an embedded document's paths into the enclosing document's pointer. */
  readonly pointerPrefix?: readonly PathSegment[];
}

/** What a diagnostic says, before it is placed. */
export type Finding = Pick<Diagnostic, 'severity' | 'code' | 'message'> & { readonly hint?: string | undefined };

/** The diagnostic for `finding` at `place` of `source`. */
export function diagnosticAt(source: YamlSource, place: Place, finding: Finding): Diagnostic {
  const { line, col } =
    place.offset === undefined
      ? source.locate(place.path, place.anchor)
      : source.locateInString(place.path, place.offset);
  const { hint, ...said } = finding;
  return {
    ...said,
    file: source.file,
    line,
    col,
    pointer: toPointer([...(place.pointerPrefix ?? []), ...place.path]),
    document: source.index,
    ...(hint === undefined ? {} : { hint }),
  };
}
