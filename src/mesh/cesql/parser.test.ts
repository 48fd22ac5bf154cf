/** The CESQL parser: precedence and associativity (spec §3.6), literals, calls, and positioned parse errors. */
import { describe, expect, it } from 'vitest';

import type { CesqlNode } from './ast.js';
import { MAX_HEIGHT, MAX_NESTING, parseCesql } from './parser.js';

/** The tree as an s-expression: `(op a b)`, literals as JSON, attributes by name. */
function show(node: CesqlNode): string {
  switch (node.kind) {
    case 'literal':
      return JSON.stringify(node.value);
    case 'identifier':
      return node.name;
    case 'exists':
      return `(EXISTS ${node.name})`;
    case 'unary':
      return `(${node.op} ${show(node.operand)})`;
    case 'binary':
      return `(${node.op} ${show(node.left)} ${show(node.right)})`;
    case 'logical':
      return `(${node.op} ${node.operands.map(show).join(' ')})`;
    case 'like':
      return `(${node.negated ? 'NOT LIKE' : 'LIKE'} ${show(node.operand)} ${JSON.stringify(node.pattern)})`;
    case 'in':
      return `(${node.negated ? 'NOT IN' : 'IN'} ${show(node.operand)} [${node.set.map(show).join(' ')}])`;
    case 'call':
      return `${node.name}(${node.args.map(show).join(' ')})`;
  }
}

function tree(text: string): string {
  const result = parseCesql(text);
  if (!result.ok) throw new Error(result.error.message);
  return show(result.ast);
}

function error(text: string): { message: string; line: number; column: number } {
  const result = parseCesql(text);
  if (result.ok) throw new Error(`parsed: ${show(result.ast)}`);
  return {
    message: result.error.message,
    line: result.error.position?.line ?? 0,
    column: result.error.position?.column ?? 0,
  };
}

describe('precedence (spec §3.6) and associativity', () => {
  it.each([
    ['4 * 2 + 4 / 2', '(+ (* 4 2) (/ 4 2))'],
    ['1 + 2 * 3 % 4', '(+ 1 (% (* 2 3) 4))'],
    ['1 - 2 - 3', '(- (- 1 2) 3)'],
    ['8 / 4 / 2', '(/ (/ 8 4) 2)'],
    ['1 + 1 = 2', '(= (+ 1 1) 2)'],
    ['a < b = c', '(= (< a b) c)'],
    ['a = 1 AND b = 2', '(AND (= a 1) (= b 2))'],
    ['a OR b AND c', '(AND (OR a b) c)'],
    ['a AND b OR c', '(OR (AND a b) c)'],
    ['a XOR b AND c', '(AND (XOR a b) c)'],
    ['a AND b AND c AND d', '(AND a b c d)'],
    ['a OR (b OR c)', '(OR a (OR b c))'],
    ['a AND (b OR c)', '(AND a (OR b c))'],
    ['1 + 2 IN (3)', '(+ 1 (IN 2 [3]))'],
    ["a = b LIKE 'x'", '(= a (LIKE b "x"))'],
    ["a LIKE 'x' IN (TRUE)", '(IN (LIKE a "x") [true])'],
    ["a IN (1) LIKE 'x'", '(LIKE (IN a [1]) "x")'],
    ["NOT a LIKE 'x'", '(LIKE (NOT a) "x")'],
    ['NOT a = b', '(= (NOT a) b)'],
    ['NOT EXISTS a', '(NOT (EXISTS a))'],
    ['EXISTS a AND b', '(AND (EXISTS a) b)'],
    ['-a * b', '(* (- a) b)'],
    ['NOT -a', '(NOT (- a))'],
    ['- NOT a', '(- (NOT a))'],
    ["a NOT LIKE 'x%'", '(NOT LIKE a "x%")'],
    ['a NOT IN (1, b, 1 + 1)', '(NOT IN a [1 b (+ 1 1)])'],
    ['LENGTH(a) + 1', '(+ LENGTH(a) 1)'],
    ['f(a, g(b), 1 + 2)', 'F(a G(b) (+ 1 2))'],
    ['concat()', 'CONCAT()'],
    ['(a)', 'a'],
  ])('%s  ⇒  %s', (text, expected) => {
    expect(tree(text)).toBe(expected);
  });
});

describe('literals and identifiers', () => {
  it.each([
    ['0', '0'],
    ['007', '7'],
    ['-5', '-5'],
    ['- 5', '-5'],
    ['+5', '5'],
    ['--5', '(- -5)'],
    ['-(5)', '(- 5)'],
    ['4-1', '(- 4 1)'],
    ['4 -1', '(- 4 1)'],
    ['2147483647', '2147483647'],
    ['-2147483648', '-2147483648'],
    ['TRUE', 'true'],
    ['fAlSe', 'false'],
    ["'a''b'", '"a\'b"'],
    ['MyExt', 'myext'],
    ['ext1', 'ext1'],
    ['1ext', '1ext'],
  ])('%s  ⇒  %s', (text, expected) => {
    expect(tree(text)).toBe(expected);
  });
});

describe('parse errors carry the position of the offending token', () => {
  it.each([
    ['ABC(', 'expected an expression but found end of input', 1, 5],
    ['x LIKE 123', 'the pattern of LIKE must be a string literal', 1, 8],
    ['x LIKE y', 'the pattern of LIKE must be a string literal', 1, 8],
    ['x IN ()', 'expected an expression', 1, 7],
    ['x IN 1', "expected '(' after IN", 1, 6],
    ['x IN (1', "expected ')' to close the IN set", 1, 8],
    ['(1 + 2', "expected ')' to close the parenthesis", 1, 7],
    ['1 +', 'expected an expression but found end of input', 1, 4],
    ['1 2', 'unexpected integer 2 after a complete expression', 1, 3],
    ['a NOT b', 'expected LIKE or IN after NOT', 1, 7],
    ['EXISTS 1', 'expected an attribute name after EXISTS', 1, 8],
    ['EXISTS my_ext', "'my_ext' is not an attribute name", 1, 8],
    ['my_ext = 1', "'my_ext' is not an attribute name", 1, 1],
    ['f1(x)', "'f1' is not a function name", 1, 1],
    ['_f(x)', "'_f' is not a function name", 1, 1],
    ['2147483648', 'integer literal 2147483648 is outside the 32-bit range', 1, 1],
    ['-2147483649', 'integer literal -2147483649 is outside the 32-bit range', 1, 1],
    ['99999999999999999999', 'outside the 32-bit range', 1, 1],
    ['+ 5', "unexpected '+'", 1, 1],
    ['+a', "unexpected '+'", 1, 1],
    ['', 'expected an expression but found end of input', 1, 1],
    ['TRUE(1)', "unexpected '('", 1, 5],
    ['a AND\n  (b OR', 'expected an expression but found end of input', 2, 8],
    ["a = 'x\n", 'unterminated string literal', 1, 5],
    ['a = #', "unexpected character '#'", 1, 5],
    ['f(1,)', 'expected an expression', 1, 5],
    ['f(,1)', 'expected an expression', 1, 3],
    ['f(1 2)', "expected ')' to close the arguments of f", 1, 5],
  ])('%j', (text, message, line, column) => {
    const e = error(text);
    expect(e.message).toContain(message);
    expect([e.line, e.column]).toEqual([line, column]);
    expect(e.message).toMatch(/\(\d+:\d+\)$/);
  });

  it(`rejects nesting deeper than ${String(MAX_NESTING)} levels and trees taller than ${String(MAX_HEIGHT)}`, () => {
    expect(tree(`${'('.repeat(MAX_NESTING - 1)}1${')'.repeat(MAX_NESTING - 1)}`)).toBe('1');
    expect(error(`${'('.repeat(MAX_NESTING + 1)}1${')'.repeat(MAX_NESTING + 1)}`).message).toContain('nests deeper');
    expect(error(`${'NOT '.repeat(MAX_NESTING + 1)}TRUE`).message).toContain('nests deeper');
    expect(error(`1${' + 1'.repeat(MAX_HEIGHT + 1)}`).message).toContain('too large');
    expect(parseCesql(`1${' + 1'.repeat(MAX_HEIGHT - 2)}`).ok).toBe(true);
  });

  it('flattens long AND/OR chains, so they do not count against the height limit', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => `a = ${String(i)}`).join(' OR ');
    expect(parseCesql(chain).ok).toBe(true);
  });
});
