/** Table-driven CESQL tests: one `it` per row, asserting the value and the kinds of the errors. */
import { expect, it } from 'vitest';

import { evaluateCesql, type CesqlErrorType, type CesqlValue } from './index.js';

/** An expression, the value it evaluates to, and the kinds of the errors it reports (none when omitted). */
export type Row = readonly [expression: string, value: CesqlValue, errors?: readonly CesqlErrorType[]];

/** Declares one test per row, each evaluating its expression against `event`. */
export function checkRows(event: Record<string, unknown>, rows: readonly Row[]): void {
  for (const [expression, value, errors = []] of rows) {
    it(`${expression} → ${JSON.stringify(value)}${errors.length > 0 ? ` + ${errors.join(', ')}` : ''}`, () => {
      const result = evaluateCesql(expression, event);
      expect(result.value).toStrictEqual(value);
      expect(result.errors.map((e) => e.type)).toEqual(errors);
    });
  }
}
