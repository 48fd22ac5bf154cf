/**
 * The CESQL TCK (cloudevents/spec `cesql/cesql_tck`, transcribed under test/fixtures/cesql-tck): every case, in
 * complete-evaluation mode (value and error kind), in fail-fast mode (exactly the first error) and as a filter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { compileCesql, evaluateCesql, type CesqlErrorType, type CesqlValue } from './index.js';

interface TckCase {
  readonly name: string;
  readonly expression: string;
  readonly result?: CesqlValue;
  readonly error?: CesqlErrorType;
  readonly event?: Record<string, unknown>;
  readonly eventOverrides?: Record<string, unknown>;
}

interface TckSuite {
  readonly file: string;
  readonly name: string;
  readonly tests: readonly TckCase[];
}

const DIR = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'cesql-tck');
/** "Any valid event" for cases without `event` (the TCK leaves the required attributes' values open). */
const BASE_EVENT = { specversion: '1.0', id: 'tck-id', source: 'urn:tck:source', type: 'tck.type' };

function load(file: string): TckSuite {
  const text = readFileSync(join(DIR, file), 'utf8');
  const typed = parse(text) as { name: string; tests: Omit<TckCase, 'expression'>[] };
  const raw = parse(text, { schema: 'failsafe' }) as { tests: { expression: string }[] };
  const tests = typed.tests.map((t, i) => ({ ...t, expression: raw.tests[i]?.expression ?? '' }));
  return { file, name: typed.name, tests };
}

const suites = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map(load);

function eventOf(c: TckCase): Record<string, unknown> {
  return c.event ?? { ...BASE_EVENT, ...c.eventOverrides };
}

describe('CESQL TCK', () => {
  it('has the 18 files and 275 cases of CESQL v1.0.0', () => {
    expect(suites).toHaveLength(18);
    expect(suites.reduce((n, s) => n + s.tests.length, 0)).toBe(275);
  });

  for (const suite of suites) {
    describe(`${suite.file}: ${suite.name}`, () => {
      for (const c of suite.tests) {
        it(`${c.name}: ${c.expression}`, () => {
          const event = eventOf(c);
          const complete = evaluateCesql(c.expression, event);
          if (c.result !== undefined) expect(complete.value).toStrictEqual(c.result);
          if (c.error === undefined) expect(complete.errors).toEqual([]);
          else {
            expect(complete.errors.length).toBeGreaterThan(0);
            expect(new Set(complete.errors.map((e) => e.type))).toEqual(new Set([c.error]));
          }

          const failFast = evaluateCesql(c.expression, event, { failFast: true });
          expect(failFast.errors.map((e) => e.type)).toEqual(c.error === undefined ? [] : [c.error]);

          const compiled = compileCesql(c.expression);
          if (!compiled.ok) {
            expect(c.error).toBe('parse');
            expect(compiled.errors[0]?.position).toBeDefined();
            return;
          }
          expect(compiled.matches(event)).toBe(c.result === true && c.error === undefined);
          expect(compiled.evaluate(event)).toEqual(complete);
        });
      }
    });
  }
});
