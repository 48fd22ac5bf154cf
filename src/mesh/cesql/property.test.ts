/** Property tests (fast-check): CESQL evaluation never throws, and its result is always well-formed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { compileCesql, evaluateCesql, type CesqlEvent, type CesqlResult } from './index.js';

const KINDS = new Set([
  'parse',
  'math',
  'cast',
  'missingFunction',
  'functionEvaluation',
  'missingAttribute',
  'generic',
]);

function wellFormed(result: CesqlResult): void {
  expect(['boolean', 'number', 'string']).toContain(typeof result.value);
  if (typeof result.value === 'number') expect((result.value | 0) === result.value).toBe(true);
  for (const e of result.errors) {
    expect(KINDS.has(e.type)).toBe(true);
    expect(typeof e.message).toBe('string');
  }
}

/** Texts made of CESQL's own tokens, so most of them parse and reach the evaluator. */
const token = fc.constantFrom(
  'AND',
  'OR',
  'XOR',
  'NOT',
  'LIKE',
  'EXISTS',
  'IN',
  'TRUE',
  'false',
  '(',
  ')',
  ',',
  '+',
  '-',
  '*',
  '/',
  '%',
  '=',
  '!=',
  '<>',
  '<',
  '<=',
  '>',
  '>=',
  '0',
  '1',
  '-1',
  '2147483647',
  '-2147483648',
  "'a%'",
  "'_b'",
  "'true'",
  "'12'",
  '""',
  'id',
  'source',
  'ext',
  'num',
  'flag',
  'nope',
  'data',
  'LENGTH(',
  'CONCAT(',
  'CONCAT_WS(',
  'LEFT(',
  'RIGHT(',
  'SUBSTRING(',
  'ABS(',
  'INT(',
  'BOOL(',
  'STRING(',
  'TRIM(',
  'UPPER(',
  'IS_INT(',
  'NOPE(',
);
const cesqlish = fc.array(token, { maxLength: 24 }).map((parts) => parts.join(' '));

const jsonValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
);
const event = fc
  .record({ ext: jsonValue, num: jsonValue, flag: jsonValue }, { requiredKeys: [] })
  .map((extensions): CesqlEvent => ({ specversion: '1.0', id: 'x', source: 'urn:s', type: 't', ...extensions }));

describe('CESQL properties', () => {
  it('never throws for arbitrary strings, and results are well-formed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), event, (text, e) => {
        wellFormed(evaluateCesql(text, e));
        wellFormed(evaluateCesql(text, e, { failFast: true }));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws for token soups, and the modes agree', () => {
    fc.assert(
      fc.property(cesqlish, event, (text, e) => {
        const complete = evaluateCesql(text, e);
        const failFast = evaluateCesql(text, e, { failFast: true });
        wellFormed(complete);
        wellFormed(failFast);
        expect(failFast.errors.length).toBe(complete.errors.length === 0 ? 0 : 1);
        expect(failFast.errors[0]).toEqual(complete.errors[0]);
        if (complete.errors.length === 0) expect(failFast.value).toEqual(complete.value);
        const compiled = compileCesql(text);
        if (compiled.ok) {
          expect(compiled.evaluate(e)).toEqual(complete);
          expect(compiled.matches(e)).toBe(complete.value === true && complete.errors.length === 0);
        } else expect(complete).toEqual({ value: false, errors: compiled.errors });
      }),
      { numRuns: 5000 },
    );
  });

  it('never throws for deeply nested or very long inputs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('(', 'NOT ', '-', 'ABS('), (n, open) => {
        wellFormed(evaluateCesql(`${open.repeat(n)}1`, {}));
      }),
      { numRuns: 200 },
    );
  });
});
