import { describe, expect, it } from 'vitest';

import { parseOperators, type OperatorNode } from './operator-parser.js';
import type { Text } from './source.js';
import { hasOperator, tokenize } from './tokens.js';

function shape(text: string, node: OperatorNode | undefined): unknown {
  if (node === undefined) return undefined;
  if (node.kind === 'operand') return text.slice(node.start, node.end);
  if (node.kind === 'ternary') {
    return [shape(text, node.condition), '?', shape(text, node.whenTrue), ':', shape(text, node.whenFalse)];
  }
  return [shape(text, node.left), node.op, shape(text, node.right)];
}

function parse(text: string): unknown {
  const src: Text = { text, problems: [] };
  const tokens = tokenize(src, 0, text.length) ?? [];
  const tree = parseOperators(src, tokens);
  if (src.problems.length > 0) throw new Error(JSON.stringify(src.problems));
  return shape(text, tree);
}

describe('tokenize', () => {
  it('splits operands and operators on whitespace, keeping quotes, functions and groups whole', () => {
    const text = "${a b} == 'x y' && f(1, 2) in [a b]";
    const src: Text = { text, problems: [] };
    const tokens = tokenize(src, 0, text.length) ?? [];
    expect(tokens.map((t) => (t.kind === 'op' ? `op:${t.op}` : text.slice(t.start, t.end)))).toEqual([
      '${a b}',
      'op:==',
      "'x y'",
      'op:&&',
      'f(1, 2)',
      'op:in',
      '[a b]',
    ]);
  });

  it('folds deprecated two-word operators', () => {
    const text = "${a} not contains 'x' && ${b} starts with 'y'";
    const src: Text = { text, problems: [] };
    const ops = (tokenize(src, 0, text.length) ?? []).flatMap((t) => (t.kind === 'op' ? [t.op] : []));
    expect(ops).toEqual(['!contains', '&&', 'startsWith']);
  });

  it('tells whether text holds an operator', () => {
    expect(hasOperator('header.n > 3', 0, 12)).toBe(true);
    expect(hasOperator('iif(${a} > 0,b,c)', 0, 17)).toBe(false);
    expect(hasOperator('date:now:hh:mm:ss a', 0, 19)).toBe(false);
  });
});

describe('parseOperators', () => {
  it('binds one comparison between operands', () => {
    expect(parse('${a} == 1')).toEqual(['${a}', '==', '1']);
  });

  it('groups && and || left to right', () => {
    expect(parse('a == 1 || b == 2 && c == 3')).toEqual([
      [['a', '==', '1'], '||', ['b', '==', '2']],
      '&&',
      ['c', '==', '3'],
    ]);
  });

  it('puts the ternary lowest and nests it to the right', () => {
    expect(parse('a > 1 && b ? x : c ? y : z')).toEqual([
      [['a', '>', '1'], '&&', 'b'],
      '?',
      'x',
      ':',
      ['c', '?', 'y', ':', 'z'],
    ]);
  });

  it('binds chains and elvis tighter than comparisons', () => {
    expect(parse("a ?: 'b' == 'b'")).toEqual([['a', '?:', "'b'"], '==', "'b'"]);
    expect(parse('a ~> b ~> c')).toEqual([['a', '~>', 'b'], '~>', 'c']);
  });
});
