/** A problem found by a runnability check, before it is placed in a file. */
import type { DiagnosticCode } from '../../api/diagnostic-codes.js';
import type { Anchor, PathSegment } from '../../dsl/yaml-source.js';

/** What a check found, at a path relative to the entry it checked. */
export interface Finding {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly path: PathSegment[];
  readonly anchor: Anchor;
  readonly hint?: string;
  /** For a finding about part of a string (an option inside an endpoint URI): where that part starts. */
  readonly offset?: number;
}
