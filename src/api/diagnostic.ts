/**
 * The one shape every problem found in a route file takes, from YAML parsing to compilation. Producers collect all
 * diagnostics of a file and never stop at the first; consumers sort them by position.
 */
import type { DiagnosticCode } from './diagnostic-codes.js';

/**
 * How bad a diagnostic is. An `error` makes the file invalid; a `warning` is something Camel accepts but that is
 * deprecated or that Dromedary cannot run yet (`drom run` raises those to errors); `info` is a note.
 */
export type Severity = 'error' | 'warning' | 'info';

/** A problem at one place of one file. */
export interface Diagnostic {
  readonly severity: Severity;
  /** A stable code from the registry in `diagnostic-codes.ts`; safe to match on. */
  readonly code: DiagnosticCode;
  /** One sentence for a person. */
  readonly message: string;
  /** The file, as given (absolute or relative to the working directory). */
  readonly file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  readonly line: number;
  /** 1-based column; 0 when the problem concerns the whole file. */
  readonly col: number;
  /** RFC 6901 pointer into YAML document number `document`; `''` is the document itself. */
  readonly pointer: string;
  /** 0-based index of the YAML document in a multi-document file. */
  readonly document: number;
  /** What to do about it, when there is something to suggest. */
  readonly hint?: string;
}
