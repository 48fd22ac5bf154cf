/** Built-in functions (spec §3.5, casting functions per the TCK) and user-defined functions. */
import { describe, expect, it } from 'vitest';

import {
  compileCesql,
  createCesqlFunctionRegistry,
  evaluateCesql,
  type CesqlFunction,
  type CesqlValue,
} from './index.js';
import { checkRows, type Row } from './cesql-test-support.js';
import { BUILTIN_REGISTRY } from './functions.js';

const EVENT = { specversion: '1.0', id: 'x', source: 'urn:s', type: 't', name: 'Ada', n: 3 };

const check = (rows: readonly Row[]): void => {
  checkRows(EVENT, rows);
};

describe('string functions (spec §3.5.1), characters are code points', () => {
  check([
    ["LENGTH('abc')", 3],
    ["LENGTH('')", 0],
    ["LENGTH('😀')", 1],
    ["LENGTH('a😀b')", 3],
    ['LENGTH(12345)', 5],
    ['LENGTH(FALSE)', 5],
    ['LENGTH(name)', 3],
    ["CONCAT('a', 1, TRUE)", 'a1true'],
    ['CONCAT()', ''],
    ['CONCAT(name, n)', 'Ada3'],
    ["CONCAT('a', 'b', 'c', 'd', 'e')", 'abcde'],
    ["CONCAT_WS('-', 'a', 'b')", 'a-b'],
    ['CONCAT_WS(0, 1, 2, 3)', '10203'],
    ["CONCAT_WS('-')", ''],
    ["LOWER('ÀBC')", 'àbc'],
    ["UPPER('straße')", 'STRASSE'],
    ['UPPER(TRUE)', 'TRUE'],
    ["TRIM('  a  ')", 'a'],
    ["TRIM('\u00a0\u2003\u3000a b\u0085\u2028\t\n')", 'a b'],
    ["TRIM('\ufeffa')", '\ufeffa'],
    ["TRIM('\u0001a\u0001')", '\u0001a\u0001'],
    ["TRIM('')", ''],
    ["LEFT('abc', 0)", ''],
    ["LEFT('abc', 3)", 'abc'],
    ["LEFT('😀abc', 2)", '😀a'],
    ["LEFT('abc', -1)", 'abc', ['functionEvaluation']],
    ["LEFT('abc', 'x')", '', ['cast']],
    ["LEFT('abc', '2')", 'ab'],
    ["RIGHT('abc', 0)", ''],
    ["RIGHT('abc', 1)", 'c'],
    ["RIGHT('abc😀', 2)", 'c😀'],
    ["RIGHT('abc', -1)", 'abc', ['functionEvaluation']],
    ["SUBSTRING('abcdef', 3)", 'cdef'],
    ["SUBSTRING('abcdef', 6)", 'f'],
    ["SUBSTRING('abcdef', 7)", '', ['functionEvaluation']],
    ["SUBSTRING('abcdef', -6)", 'abcdef'],
    ["SUBSTRING('abcdef', -7)", '', ['functionEvaluation']],
    ["SUBSTRING('abcdef', 0)", ''],
    ["SUBSTRING('', 0)", ''],
    ["SUBSTRING('', 1)", '', ['functionEvaluation']],
    ["SUBSTRING('abcdef', 2, 0)", ''],
    ["SUBSTRING('abcdef', 2, 100)", 'bcdef'],
    ["SUBSTRING('abcdef', -2, 1)", 'e'],
    ["SUBSTRING('abcdef', 2, -1)", '', ['functionEvaluation']],
    ["SUBSTRING('abcdef', 0, -1)", '', ['functionEvaluation']],
    ["SUBSTRING('a😀b😀', 2, 2)", '😀b'],
    ["SUBSTRING('a😀b😀', -1)", '😀'],
  ]);
});

describe('ABS (spec §3.5.2)', () => {
  check([
    ['ABS(5)', 5],
    ['ABS(-5)', 5],
    ['ABS(0)', 0],
    ['ABS(-2147483647)', 2147483647],
    ['ABS(-2147483648)', 2147483647, ['math']],
    ["ABS('-3')", 3],
    ['ABS(TRUE)', 1],
    ["ABS('x')", 0, ['cast']],
  ]);
});

describe('casting functions INT, BOOL, STRING (TCK; ADR 0006) and IS_INT, IS_BOOL', () => {
  check([
    ["INT('42')", 42],
    ["INT('+42')", 42],
    ["INT(' 42')", 0, ['cast']],
    ['INT(TRUE)', 1],
    ['INT(-3)', -3],
    ["INT('99999999999')", 0, ['cast']],
    ["BOOL('true')", true],
    ["BOOL('False')", false],
    ['BOOL(0)', false],
    ['BOOL(7)', true],
    ["BOOL('1')", false, ['cast']],
    ['STRING(-12)', '-12'],
    ['STRING(TRUE)', 'true'],
    ["STRING('x')", 'x'],
    ["IS_INT('12')", true],
    ["IS_INT('1.5')", false],
    ['IS_INT(TRUE)', true],
    ["IS_BOOL('TRUE')", true],
    ["IS_BOOL('yes')", false],
    ['IS_BOOL(2)', true],
    ['int(n) + 1', 4],
    ["Concat('a', 'b')", 'ab'],
    ['is_int(name)', false],
  ]);
});

describe('dispatch', () => {
  check([
    ['NOPE()', false, ['missingFunction']],
    ['NOPE(missing)', false, ['missingFunction']],
    ['LENGTH()', false, ['missingFunction']],
    ["LENGTH('a', 'b')", false, ['missingFunction']],
    ["SUBSTRING('abc')", false, ['missingFunction']],
    ["SUBSTRING('abc', 1, 1, 1)", false, ['missingFunction']],
    ['LENGTH(missing)', 0, ['missingAttribute']],
    ['CONCAT(missing, name)', '', ['missingAttribute']],
    ["CONCAT('a', missing, 'b', 'c')", '', ['missingAttribute']],
    ['LENGTH(1 / 0)', 0, ['math']],
    ['UPPER(LEFT(name, -1))', '', ['functionEvaluation']],
  ]);
});

describe('user-defined functions', () => {
  const calls: (readonly CesqlValue[])[] = [];
  const functions: CesqlFunction[] = [
    {
      name: 'ENDS_WITH',
      parameters: ['String', 'String'],
      returns: 'Boolean',
      call: ([s, suffix]) => String(s).endsWith(String(suffix)),
    },
    { name: 'TWICE', parameters: ['Integer'], returns: 'Integer', call: ([x]) => Number(x) * 2 },
    {
      name: 'TWICE',
      parameters: ['Integer', 'Integer'],
      returns: 'Integer',
      call: ([x, y]) => Number(x) * 2 + Number(y),
    },
    {
      name: 'SUM_ALL',
      parameters: ['Integer', 'Integer', 'Integer'],
      variadic: 'Integer',
      returns: 'Integer',
      call: (args) => args.reduce<number>((a, b) => a + Number(b), 0),
    },
    {
      name: 'RECORD',
      parameters: ['Any'],
      returns: 'Boolean',
      call: (args) => {
        calls.push(args);
        return true;
      },
    },
    { name: 'FLAG', parameters: ['Boolean'], returns: 'Boolean', call: ([b]) => b === true },
    { name: 'SOFT_FAIL', parameters: [], returns: 'String', call: () => ({ error: 'degraded', value: 'partial' }) },
    { name: 'HARD_FAIL', parameters: [], returns: 'String', call: () => ({ error: 'broken' }) },
    { name: 'BAD_VALUE_FAIL', parameters: [], returns: 'String', call: () => ({ error: 'broken', value: 3 }) },
    {
      name: 'THROWS',
      parameters: [],
      returns: 'Integer',
      call: () => {
        throw new Error('kaput');
      },
    },
    { name: 'WRONG_TYPE', parameters: [], returns: 'Integer', call: () => 'seven' },
    { name: 'TOO_BIG', parameters: [], returns: 'Integer', call: () => 2 ** 40 },
    {
      name: 'ABS',
      parameters: ['Integer', 'Integer'],
      returns: 'Integer',
      call: ([a, b]) => Math.abs(Number(a) - Number(b)),
    },
  ];
  const registry = createCesqlFunctionRegistry(functions);
  const run = (expression: string) => {
    const result = evaluateCesql(expression, EVENT, { functions: registry });
    return [result.value, result.errors.map((e) => e.type)];
  };

  it('are called with arguments cast to their parameter types, by name (any case) and arity', () => {
    expect(run("ENDS_WITH(name, 'da')")).toEqual([true, []]);
    expect(run('ends_with(12345, 45)')).toEqual([true, []]);
    expect(run("TWICE('21')")).toEqual([42, []]);
    expect(run('TWICE(1, 1)')).toEqual([3, []]);
    expect(run('SUM_ALL(1, 2, 3)')).toEqual([6, []]);
    expect(run('SUM_ALL(1, 2, 3, 4, 5)')).toEqual([15, []]);
    expect(run('SUM_ALL(1, 2)')).toEqual([false, ['missingFunction']]);
    expect(run('ABS(3, 10)')).toEqual([7, []]);
    expect(run('ABS(-3)')).toEqual([3, []]);
    expect(run("TWICE('x')")).toEqual([0, ['cast']]);
    expect(run('FLAG(1)')).toEqual([false, ['cast']]);
    expect(run("FLAG('true')")).toEqual([true, []]);
  });

  it('receive a fresh argument array they may keep', () => {
    calls.length = 0;
    const compiled = compileCesql('RECORD(name)', { functions: registry });
    if (!compiled.ok) throw new Error('does not compile');
    compiled.evaluate(EVENT);
    compiled.evaluate({ ...EVENT, name: 'Grace' });
    expect(calls).toEqual([['Ada'], ['Grace']]);
  });

  it('report failures as functionEvaluation errors with their value, or the zero value', () => {
    expect(run('SOFT_FAIL()')).toEqual(['partial', ['functionEvaluation']]);
    expect(run('HARD_FAIL()')).toEqual(['', ['functionEvaluation']]);
    expect(run('BAD_VALUE_FAIL()')).toEqual(['', ['functionEvaluation']]);
    expect(run('THROWS()')).toEqual([0, ['functionEvaluation']]);
    expect(run('WRONG_TYPE()')).toEqual([0, ['functionEvaluation']]);
    expect(run('TOO_BIG()')).toEqual([0, ['functionEvaluation']]);
    const thrown = evaluateCesql('THROWS()', EVENT, { functions: registry }).errors[0];
    expect(thrown?.message).toContain('THROWS: kaput');
  });

  it('are resolved when the expression is compiled', () => {
    const own = createCesqlFunctionRegistry();
    const compiled = compileCesql('LATER()', { functions: own });
    own.register({ name: 'LATER', parameters: [], returns: 'Boolean', call: () => true });
    expect(compiled.ok && compiled.evaluate(EVENT).errors.map((e) => e.type)).toEqual(['missingFunction']);
    expect(evaluateCesql('LATER()', EVENT, { functions: own }).value).toBe(true);
  });

  it('are rejected when invalid or conflicting (spec §3.5)', () => {
    const f = (name: string, parameters: CesqlFunction['parameters'], variadic?: CesqlFunction['variadic']) => ({
      name,
      parameters,
      returns: 'Boolean' as const,
      call: () => true,
      ...(variadic === undefined ? {} : { variadic }),
    });
    const bad: [CesqlFunction[], string][] = [
      [[f('BAD1', [])], 'the name must match'],
      [[f('_X', [])], 'the name must match'],
      [[f('LENGTH', ['String'])], 'already exists'],
      [[f('X', ['String']), f('x', ['Integer'])], 'already exists'],
      [[f('X', ['String', 'String']), f('X', ['String', 'String'], 'String')], 'needs more fixed parameters'],
      [[f('X', ['String', 'String', 'String'], 'String'), f('X', ['String', 'String', 'String'])], 'not below'],
      [[f('X', ['String'], 'String'), f('X', ['String', 'String'], 'String')], 'already exists'],
      [[f('CONCAT', ['String'])], 'not below'],
      [[{ ...f('X', []), returns: 'Any' as 'String' }], 'unknown type'],
      [[f('X', ['Float' as 'String'])], 'unknown type'],
    ];
    for (const [defs, message] of bad) expect(() => createCesqlFunctionRegistry(defs)).toThrow(message);
    expect(() =>
      createCesqlFunctionRegistry([f('X', ['String']), f('X', ['String', 'String', 'String'], 'String')]),
    ).not.toThrow();
    expect(() => createCesqlFunctionRegistry([f('X', [], 'String')])).not.toThrow();
    expect(() => BUILTIN_REGISTRY.register(f('X', []))).toThrow('cannot be extended');
  });

  it('may run other filters while a filter runs', () => {
    const inner = compileCesql('TRUE AND nope');
    const own = createCesqlFunctionRegistry([
      { name: 'INNER', parameters: [], returns: 'Boolean', call: () => inner.ok && !inner.matches(EVENT) },
    ]);
    const outer = compileCesql("INNER() AND name = 'Ada'", { functions: own });
    expect(outer.ok && outer.matches(EVENT)).toBe(true);
  });

  it('may call back into the same compiled expression', () => {
    let depth = 0;
    const own = createCesqlFunctionRegistry();
    const compiled = compileCesql("DEEP(name) = 'Ada' AND LENGTH(name) = 3", { functions: own });
    own.register({
      name: 'DEEP',
      parameters: ['String'],
      returns: 'String',
      call: ([s]) => {
        if (depth++ < 3 && recompiled.ok) recompiled.evaluate(EVENT);
        return String(s);
      },
    });
    const recompiled = compileCesql("DEEP(name) = 'Ada' AND LENGTH(name) = 3", { functions: own });
    expect(compiled.ok).toBe(true);
    expect(recompiled.ok && recompiled.evaluate(EVENT)).toEqual({ value: true, errors: [] });
  });
});
