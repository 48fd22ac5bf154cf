/** The public API: compile once, evaluate in complete or fail-fast mode, filter, and the seven error kinds. */
import { describe, expect, it } from 'vitest';

import { compileCesql, evaluateCesql, type CesqlEvent, type CompiledCesql } from './index.js';

const EVENT = { specversion: '1.0', id: 'id-1', source: 'urn:test', type: 'com.example', word: 'hi', n: 7 };

function compile(expression: string): CompiledCesql {
  const result = compileCesql(expression);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result;
}

describe('compileCesql', () => {
  it('compiles to an object with evaluate and matches, and the static type of the expression', () => {
    const c = compile("word = 'hi'");
    expect(c).toMatchObject({ ok: true, expression: "word = 'hi'", type: 'Boolean' });
    expect(compile('n + 1').type).toBe('Integer');
    expect(compile('UPPER(word)').type).toBe('String');
    expect(compile('word').type).toBe('Any');
    expect(compile('NOPE()').type).toBe('Boolean');
    const { evaluate, matches } = c;
    expect(evaluate(EVENT)).toEqual({ value: true, errors: [] });
    expect(matches(EVENT)).toBe(true);
  });

  it('returns the parse error, with its position, instead of throwing', () => {
    expect(compileCesql('a AND')).toEqual({
      ok: false,
      errors: [
        {
          type: 'parse',
          message: 'expected an expression but found end of input (1:6)',
          position: { offset: 5, line: 1, column: 6 },
        },
      ],
    });
    expect(compileCesql(42 as unknown as string)).toMatchObject({ ok: false, errors: [{ type: 'parse' }] });
  });
});

describe('evaluateCesql', () => {
  it('returns value false with the parse error for a text that is not CESQL', () => {
    const result = evaluateCesql('1 +* 2', EVENT);
    expect(result.value).toBe(false);
    expect(result.errors).toEqual([
      expect.objectContaining({ type: 'parse', position: expect.any(Object) as unknown }),
    ]);
  });

  it('evaluates completely by default: every error, in order, with the value', () => {
    const result = evaluateCesql('CONCAT(LEFT(word, -1), STRING(1 / 0), nope)', EVENT);
    expect(result.value).toBe('');
    expect(result.errors.map((e) => e.type)).toEqual(['functionEvaluation', 'math', 'missingAttribute']);
    expect(result.errors.map((e) => e.position?.column)).toEqual([8, 33, 39]);
  });

  it('stops at the first error in fail-fast mode, with the zero value of the expression type', () => {
    expect(evaluateCesql('ABS(-2147483648)', EVENT, { failFast: true })).toMatchObject({
      value: 0,
      errors: [{ type: 'math' }],
    });
    expect(evaluateCesql('ABS(-2147483648)', EVENT)).toMatchObject({ value: 2147483647, errors: [{ type: 'math' }] });
    const ff = evaluateCesql('CONCAT(LEFT(word, -1), STRING(1 / 0), nope)', EVENT, { failFast: true });
    expect(ff).toMatchObject({ value: '', errors: [{ type: 'functionEvaluation' }] });
    expect(evaluateCesql('nope', EVENT, { failFast: true })).toMatchObject({
      value: false,
      errors: [{ type: 'missingAttribute' }],
    });
  });

  it('returns attribute values in their CESQL types', () => {
    expect(evaluateCesql('word', EVENT).value).toBe('hi');
    expect(evaluateCesql('n', EVENT).value).toBe(7);
    expect(evaluateCesql('b', { b: false }).value).toBe(false);
  });
});

describe('matches: the filter form (spec §1.2)', () => {
  it('passes only a Boolean true without errors', () => {
    expect(compile("word = 'hi'").matches(EVENT)).toBe(true);
    expect(compile("word = 'ho'").matches(EVENT)).toBe(false);
    expect(compile("'true'").matches(EVENT)).toBe(false);
    expect(compile('1').matches(EVENT)).toBe(false);
    expect(compile('TRUE OR nope').matches(EVENT)).toBe(true);
    expect(compile('nope OR TRUE').matches(EVENT)).toBe(false);
    expect(compile('NOT 0').matches(EVENT)).toBe(false);
    expect(compile("LEFT(word, -1) = 'hi' OR TRUE").matches(EVENT)).toBe(false);
    expect(compile('NOPE() OR TRUE').matches(EVENT)).toBe(false);
  });

  it('does not pass anything that is not an event', () => {
    const c = compile('TRUE');
    for (const e of [null, undefined, 'x', 3]) expect(c.matches(e as unknown as CesqlEvent)).toBe(false);
  });
});

describe('error kinds', () => {
  it('has all seven, each with a message and (for errors the expression causes) a position', () => {
    const cases = [
      ['1 +', 'parse'],
      ['1 / 0', 'math'],
      ["INT('x')", 'cast'],
      ['NOPE(1)', 'missingFunction'],
      ["LEFT('a', -1)", 'functionEvaluation'],
      ['nope', 'missingAttribute'],
    ] as const;
    for (const [expression, type] of cases) {
      const [error] = evaluateCesql(expression, EVENT).errors;
      expect(error).toMatchObject({
        type,
        message: expect.any(String) as unknown,
        position: expect.any(Object) as unknown,
      });
      expect(Object.isFrozen(error)).toBe(true);
    }
    expect(evaluateCesql('TRUE', null as unknown as CesqlEvent)).toEqual({
      value: false,
      errors: [{ type: 'generic', message: 'the event is not an object' }],
    });
  });

  it('reports a throwing attribute getter as a generic error', () => {
    const event = Object.defineProperty({}, 'boom', {
      get: () => {
        throw new Error('no access');
      },
    }) as CesqlEvent;
    const result = evaluateCesql('boom = 1', event);
    expect(result.value).toBe(false);
    expect(result.errors).toEqual([{ type: 'generic', message: 'evaluation failed: no access' }]);
    expect(compile('boom = 1').matches(event)).toBe(false);
  });
});

describe('attributes (spec §3.2)', () => {
  it('reads identifiers case-insensitively as lower-case attribute names', () => {
    expect(evaluateCesql("ID = 'id-1' AND Word = 'hi'", EVENT).value).toBe(true);
  });

  it('represents values that are not CESQL primitives as Strings', () => {
    const event = {
      big: 3_000_000_000,
      frac: 1.5,
      neg0: -0,
      when: new Date('2026-01-02T03:04:05Z'),
      bytes: new Uint8Array([1, 2, 3]),
      bigint: 12n,
      hugeint: 2n ** 40n,
      obj: { a: [1, 'x'] },
      url: new URL('https://example.com/a'),
    };
    expect(evaluateCesql('big', event).value).toBe('3000000000');
    expect(evaluateCesql('frac', event).value).toBe('1.5');
    expect(evaluateCesql('neg0', event).value).toBe(0);
    expect(evaluateCesql('when', event).value).toBe('2026-01-02T03:04:05.000Z');
    expect(evaluateCesql('bytes', event).value).toBe('AQID');
    expect(evaluateCesql('bigint', event).value).toBe(12);
    expect(evaluateCesql('hugeint', event).value).toBe('1099511627776');
    expect(evaluateCesql('obj', event).value).toBe('{"a":[1,"x"]}');
    expect(evaluateCesql('url', event).value).toBe('https://example.com/a');
    expect(evaluateCesql('big > 5', event)).toMatchObject({ value: false, errors: [{ type: 'cast' }] });
  });

  it('treats null, undefined, functions, inherited objects (such as `constructor`) and `data` as missing', () => {
    const event = Object.assign(Object.create({ inherited: 'x' }) as object, {
      a: null,
      b: undefined,
      f: () => 1,
      data: 'payload',
    }) as CesqlEvent;
    for (const name of ['a', 'b', 'f', 'constructor', 'data']) {
      expect(evaluateCesql(name, event)).toMatchObject({ value: false, errors: [{ type: 'missingAttribute' }] });
      expect(evaluateCesql(`EXISTS ${name}`, event)).toEqual({ value: false, errors: [] });
    }
  });

  it('reads primitive values through the prototype chain (class instances with getters)', () => {
    const prototype = Object.defineProperty({}, 'type', { get: () => 'com.example.getter' });
    const event = Object.create(prototype) as CesqlEvent;
    expect(evaluateCesql("type LIKE '%.getter'", event)).toEqual({
      value: true,
      errors: [],
    });
  });

  it('never modifies the event', () => {
    const event = Object.freeze({ ...EVENT });
    expect(evaluateCesql("CONCAT(word, n) = 'hi7' AND EXISTS id AND n IN (7)", event).value).toBe(true);
  });
});
