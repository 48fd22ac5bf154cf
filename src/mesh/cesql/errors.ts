/** CESQL v1.0 error values (spec §3.3): every operator and function returns a value plus zero or more of these. */

/**
 * The seven error kinds every CESQL engine must support (spec §3.3), named as in the TCK's `error` field:
 * `parse` (the text is not a CESQL expression), `math` (division or modulo by zero, 32-bit overflow), `cast` (an
 * implicit or explicit cast failed), `missingFunction` (no function with that name and arity), `functionEvaluation`
 * (a function failed), `missingAttribute` (the event lacks an addressed attribute) and `generic` (anything else,
 * such as an event that is not an object or an attribute getter that threw).
 */
export type CesqlErrorType =
  'parse' | 'math' | 'cast' | 'missingFunction' | 'functionEvaluation' | 'missingAttribute' | 'generic';

/**
 * A place in the expression text: `offset` is the 0-based index in UTF-16 code units, `line` and `column` are
 * 1-based (the column counts UTF-16 code units from the start of the line; CR, LF and CRLF end lines).
 */
export interface CesqlPosition {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/**
 * One error of an evaluation or a parse. `message` is a human-readable sentence; `position`, when present, is where
 * in the expression the error arose (always present on `parse` errors; on evaluation errors it is the position of
 * the operator, function call or attribute that raised it). Error objects are frozen and may be shared between
 * evaluations.
 */
export interface CesqlError {
  readonly type: CesqlErrorType;
  readonly message: string;
  readonly position?: CesqlPosition;
}

/** Makes a frozen {@link CesqlError}; with a position, the message ends with ` (line:column)`. */
export function cesqlError(type: CesqlErrorType, message: string, position?: CesqlPosition): CesqlError {
  if (position === undefined) return Object.freeze({ type, message });
  const located = `${message} (${String(position.line)}:${String(position.column)})`;
  return Object.freeze({ type, message: located, position });
}

/** The position of `offset` in `text`, counting lines the way the lexer does. */
export function positionAt(text: string, offset: number): CesqlPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}
