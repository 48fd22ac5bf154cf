/** Every CESQL operator (spec §3.4): values, implicit casts (§3.7), 32-bit arithmetic, short-circuits, error kinds. */
import { describe, expect, it } from 'vitest';

import { evaluateCesql } from './index.js';
import { checkRows, type Row } from './cesql-test-support.js';

const EVENT = {
  specversion: '1.0',
  id: 'id-1',
  source: 'urn:test',
  type: 'com.example.test',
  num: 42,
  text: '42',
  flag: true,
  word: 'hello',
};

const check = (rows: readonly Row[]): void => {
  checkRows(EVENT, rows);
};

describe('arithmetic: + - * / % on signed 32-bit integers', () => {
  check([
    ['1 + 2', 3],
    ['1 - 2', -1],
    ['4-1', 3],
    ['6 * 7', 42],
    ['7 / 2', 3],
    ['-7 / 2', -3],
    ['7 / -2', -3],
    ['-7 / -2', 3],
    ['7 % 3', 1],
    ['-7 % 3', -1],
    ['7 % -3', 1],
    ['-6 % 3', 0],
    ['-1 * 0', 0],
    ['0 / -5', 0],
    ['1 / 0', 0, ['math']],
    ['1 % 0', 0, ['math']],
    ['2147483647 + 1', 2147483647, ['math']],
    ['-2147483648 - 1', -2147483648, ['math']],
    ['65536 * 65536', 2147483647, ['math']],
    ['-65536 * 65536', -2147483648, ['math']],
    ['-2147483648 / -1', 2147483647, ['math']],
    ['-2147483648 % -1', 0],
    ['2147483647 + 0', 2147483647],
    ["'5' * '6'", 30],
    ['TRUE + TRUE', 2],
    ['FALSE * 3', 0],
    ['text + 1', 43],
    ['num + 1', 43],
    ["'x' + 1", 1, ['cast']],
    ["' 1' + 1", 1, ['cast']],
    ["'2147483648' + 0", 0, ['cast']],
    ['missing + 1', 0, ['missingAttribute']],
    ['1 + missing', 0, ['missingAttribute']],
    ['(1 / 0) + 1', 0, ['math']],
  ]);
});

describe('unary minus and NOT', () => {
  check([
    ['-5', -5],
    ['- 5', -5],
    ['-(2 + 3)', -5],
    ['--5', 5],
    ["-'7'", -7],
    ['-FALSE', 0],
    ['-num', -42],
    ['-(-2147483647 - 1)', 2147483647, ['math']],
    ["-'abc'", 0, ['cast']],
    ['NOT TRUE', false],
    ['NOT FALSE', true],
    ["NOT 'true'", false],
    ["NOT 'False'", true],
    ["NOT 'yes'", true, ['cast']],
    ['NOT 0', true, ['cast']],
    ['NOT 1', true, ['cast']],
    ['NOT flag', false],
    ['NOT NOT TRUE', true],
    ['NOT (1 / 0 = 0)', false, ['math']],
  ]);
});

describe('comparison: < <= > >= on Integers', () => {
  check([
    ['1 < 2', true],
    ['2 < 2', false],
    ['2 <= 2', true],
    ['3 <= 2', false],
    ['3 > 2', true],
    ['2 > 2', false],
    ['2 >= 2', true],
    ['1 >= 2', false],
    ["'10' > 9", true],
    ["'10' > '9'", true],
    ['text >= 42', true],
    ['num < 100', true],
    ['TRUE > FALSE', true],
    ["'abc' < 1", true, ['cast']],
    ["'abc' < 'abd'", false, ['cast', 'cast']],
    ['missing < 1', false, ['missingAttribute']],
    ['-2147483648 < 2147483647', true],
  ]);
});

describe('equality: = != <> choose the type of the right operand', () => {
  check([
    ['1 = 1', true],
    ['1 != 1', false],
    ['1 <> 2', true],
    ["'a' = 'a'", true],
    ["'a' = 'A'", false],
    ["'a' <> 'A'", true],
    ['TRUE = TRUE', true],
    ['TRUE != FALSE', true],
    ["1 = '1'", true],
    ["1 = '01'", false],
    ["'01' = 1", true],
    ["'x' = 1", false, ['cast']],
    ["'x' != 1", true, ['cast']],
    ["TRUE = 'true'", true],
    ["TRUE = 'TRUE'", false],
    ["'TRUE' = TRUE", true],
    ["'yes' = TRUE", false, ['cast']],
    ['TRUE = 1', true],
    ['FALSE = 0', true],
    ['1 = TRUE', false, ['cast']],
    ['TRUE = "true" AND FALSE = "false"', true],
    ['TRUE = "TRUE" OR FALSE = "FALSE"', false],
    ['text = 42', true],
    ["num = '42'", true],
    ['num = text', true],
    ['text = num', true],
    ['flag = TRUE', true],
    ["flag = 'true'", true],
    ['word = text', false],
    ['missing = 1', false, ['missingAttribute']],
    ['missing != 1', false, ['missingAttribute']],
    ['1 = missing', false, ['missingAttribute']],
    ['missing = missing', false, ['missingAttribute', 'missingAttribute']],
    ["LEFT('abc', -1) = 'abc'", false, ['functionEvaluation']],
  ]);
});

describe('AND, OR, XOR: one precedence level, left to right, AND/OR short-circuit', () => {
  check([
    ['TRUE AND TRUE', true],
    ['TRUE AND FALSE', false],
    ['FALSE OR TRUE', true],
    ['FALSE OR FALSE', false],
    ['TRUE XOR FALSE', true],
    ['TRUE XOR TRUE', false],
    ['TRUE AND TRUE AND TRUE AND FALSE', false],
    ['FALSE OR FALSE OR FALSE OR TRUE', true],
    ["'true' AND 'TRUE'", true],
    ["'maybe' AND TRUE", false, ['cast']],
    ['1 AND TRUE', false, ['cast']],
    ['FALSE AND missing', false],
    ['FALSE AND (1 / 0 = 0)', false],
    ['TRUE OR missing', true],
    ['TRUE OR (1 / 0 = 0)', true],
    ['TRUE AND missing', false, ['missingAttribute']],
    ['FALSE OR missing', false, ['missingAttribute']],
    ['missing OR TRUE', false, ['missingAttribute']],
    ['missing AND FALSE', false, ['missingAttribute']],
    ['FALSE XOR missing', false, ['missingAttribute']],
    ['missing XOR missing2', false, ['missingAttribute', 'missingAttribute']],
    ['TRUE OR TRUE AND FALSE', false],
    ['FALSE AND FALSE OR TRUE', true],
    ['TRUE OR (TRUE AND FALSE)', true],
    ['TRUE XOR TRUE OR TRUE', true],
    ['TRUE OR FALSE XOR TRUE', false],
    ['flag AND EXISTS word', true],
  ]);
});

describe('LIKE: % any run, _ one character, backslash escapes, case-sensitive', () => {
  check([
    ["'abc' LIKE 'abc'", true],
    ["'abc' LIKE 'ABC'", false],
    ["'abc' LIKE 'a%'", true],
    ["'abc' LIKE '%c'", true],
    ["'abc' LIKE '%b%'", true],
    ["'abc' LIKE 'a%c'", true],
    ["'ac' LIKE 'a%c'", true],
    ["'a' LIKE 'a%a'", false],
    ["'abc' LIKE '%'", true],
    ["'' LIKE '%'", true],
    ["'' LIKE '_'", false],
    ["'abc' LIKE '___'", true],
    ["'abc' LIKE '__'", false],
    ["'abcabc' LIKE '%b_a%'", true],
    ["'aXbYc' LIKE 'a_b_c'", true],
    ["'a%c' LIKE 'a\\%c'", true],
    ["'abc' LIKE 'a\\%c'", false],
    ["'a_c' LIKE 'a\\_c'", true],
    ["'abc' LIKE 'a\\_c'", false],
    ["'a\\c' LIKE 'a\\\\c'", true],
    ["'a\\xc' LIKE 'a\\\\%'", true],
    ["'ab\\c' LIKE 'ab\\c'", true],
    [String.raw`'abc\\' LIKE 'abc\\\\'`, true],
    [String.raw`'it\'s' LIKE 'it''s'`, true],
    ["'😀' LIKE '_'", true],
    ["'a😀b' LIKE 'a_b'", true],
    ["'a😀b' LIKE 'a__b'", false],
    ["'line1\nline2' LIKE 'line1%line2'", true],
    ["'line1\nline2' LIKE 'line1_line2'", true],
    ["'.*+?' LIKE '.*+?'", true],
    ["'abc' NOT LIKE 'a%'", false],
    ["'abc' NOT LIKE 'x%'", true],
    ["123 LIKE '1%3'", true],
    ["-5 LIKE '-_'", true],
    ["FALSE LIKE 'f____'", true],
    ["word LIKE 'he%o'", true],
    ["missing LIKE '%'", false, ['missingAttribute']],
    ["missing NOT LIKE 'x'", false, ['missingAttribute']],
  ]);

  it('matches long texts against many wildcards in linear-ish time', () => {
    const text = 'a'.repeat(20_000);
    const started = performance.now();
    const result = evaluateCesql(`'${text}' LIKE '%a%a%a%a%a%a%a%a%b'`, EVENT);
    expect(result.value).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('EXISTS', () => {
  it('is true for the required attributes, even when an (invalid) event lacks them', () => {
    for (const name of ['id', 'source', 'specversion', 'type', 'ID', 'Type']) {
      expect(evaluateCesql(`EXISTS ${name}`, {})).toEqual({ value: true, errors: [] });
    }
  });
  check([
    ['EXISTS word', true],
    ['EXISTS num', true],
    ['EXISTS flag', true],
    ['EXISTS missing', false],
    ['EXISTS data', false],
    ['NOT EXISTS missing', true],
  ]);
  it('treats null and undefined values as absent', () => {
    expect(evaluateCesql('EXISTS a OR EXISTS b', { a: null, b: undefined }).value).toBe(false);
  });
});

describe('IN: elements cast to the type of the left operand', () => {
  check([
    ['1 IN (1, 2)', true],
    ['3 IN (1, 2)', false],
    ['3 NOT IN (1, 2)', true],
    ["1 IN ('1', '2')", true],
    ["'1' IN (1, 2)", true],
    ["'01' IN (1, 2)", false],
    ["1 IN ('01')", true],
    ["TRUE IN ('true')", true],
    ["'true' IN (TRUE)", true],
    ["'TRUE' IN (TRUE)", false],
    ["1 IN ('x', 1)", true, ['cast']],
    ['TRUE IN (1)', false, ['cast']],
    ['word IN (word)', true],
    ["word IN ('a', 'b', 'hello')", true],
    ['num IN (40, 41, 42)', true],
    ['text IN (42)', true],
    ['num IN (text)', true],
    ['missing IN (1)', false, ['missingAttribute']],
    ['missing NOT IN (1)', false, ['missingAttribute']],
    ['1 IN (missing, 1)', false, ['missingAttribute']],
    ['1 IN (1 / 0, 1)', false, ['math']],
    ['2 IN (1 + 1)', true],
  ]);
});

describe('sub-expressions and precedence (spec §3.6)', () => {
  check([
    ['4 * 2 + 4 / 2', 10],
    ['4 * (2 + 4) / 2', 12],
    ['2 + 3 * 4', 14],
    ['(2 + 3) * 4', 20],
    ['10 - 4 - 3', 3],
    ['100 / 10 / 5', 2],
    ['1 + 1 = 2', true],
    ['1 = 1 AND 2 = 2', true],
    ['1 + 2 IN (3)', 1],
    ['(1 + 2) IN (3)', true],
    ["TRUE = 'abc' LIKE 'a%'", true],
    ["5 - 'abc' LIKE 'a%'", 4],
    ["NOT 'TRUE' LIKE 'true'", false],
    ["NOT ('TRUE' LIKE 'true')", true],
    ['TRUE = 2 IN (2)', true],
    ['NOT TRUE = FALSE', true],
    ['-2 * -3', 6],
    ['LENGTH(word) * 2', 10],
    ['((((1))))', 1],
  ]);
});
