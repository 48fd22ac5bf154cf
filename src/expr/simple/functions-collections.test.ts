import { describe, expect, it, vi } from 'vitest';

import type { EvaluationContext } from '../../api/exchange.js';
import { ExpressionEvaluationError } from '../../api/errors.js';
import { DefaultExchange } from '../../engine/exchange.js';
import { simpleLanguage } from './index.js';

const context: EvaluationContext = { contextName: 'camel-1', property: () => undefined, now: () => 0 };

function evaluate(text: string, body: unknown = null): unknown {
  const compiled = simpleLanguage.compileExpression(text);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  const exchange = new DefaultExchange({ routeId: 'r1' });
  exchange.body = body;
  exchange.headers.set('n', 4);
  return compiled.value.evaluate(exchange, context);
}

describe('list and map', () => {
  it('list builds an ArrayList of the arguments (docs example)', () => {
    expect(evaluate('${list(1,2,3,${body})}', '4')).toEqual(['1', '2', '3', '4']);
    expect(evaluate('${list()}')).toEqual([]);
    expect(evaluate('${list(\'a b\', "c")}')).toEqual(['a b', 'c']);
    expect(evaluate('${list(a,,b)}')).toEqual(['a', '', 'b']);
  });

  it('map builds a LinkedHashMap of pairs (docs example)', () => {
    expect(evaluate('${map(1,a,2,b,3,c)}')).toEqual({ 1: 'a', 2: 'b', 3: 'c' });
    expect(evaluate('${map(1,a,2,b,3,c)}')).toEqual({ '1': 'a', '2': 'b', '3': 'c' });
    expect(evaluate('Map: ${map(1,a,2,b,3,c)}')).toBe('Map: {1=a, 2=b, 3=c}');
    expect(evaluate('${map(k,${body})}', 5)).toEqual({ k: 5 });
    expect(evaluate('${map(__proto__,x)}')).toEqual(JSON.parse('{"__proto__":"x"}'));
  });
});

describe('distinct, reverse, createEmpty', () => {
  it('distinct keeps the first of each value (docs example)', () => {
    expect(evaluate("${distinct('Z','X','Z','A')}")).toEqual(new Set(['Z', 'X', 'A']));
    expect(evaluate("Set: ${distinct('Z','X','Z','A')}")).toBe('Set: [Z, X, A]');
    expect(evaluate("${distinct('Z','X','Z','A','B','A','C','D','B','E')}")).toEqual(
      new Set(['Z', 'X', 'A', 'B', 'C', 'D', 'E']),
    );
    expect(evaluate('${distinct()}', ['a', 'b', 'a'])).toEqual(new Set(['a', 'b']));
  });

  it('reverse reverses the values or the body', () => {
    expect(evaluate('${reverse(1,2,3,4,5)}')).toEqual(['5', '4', '3', '2', '1']);
    expect(evaluate('${reverse()}', ['a', 'b'])).toEqual(['b', 'a']);
  });

  it('shuffle keeps the values in a random order', () => {
    const spy = vi.spyOn(Math, 'random').mockReturnValue(0);
    try {
      expect(evaluate('${shuffle(a,b,c)}')).toEqual(['b', 'c', 'a']);
    } finally {
      spy.mockRestore();
    }
    expect((evaluate('${shuffle()}', [1, 2, 3]) as number[]).sort()).toEqual([1, 2, 3]);
  });

  it('createEmpty makes empty values of each kind', () => {
    expect(evaluate('${createEmpty(string)}')).toBe('');
    expect(evaluate('${createEmpty(list)}')).toEqual([]);
    expect(evaluate('${createEmpty(map)}')).toEqual({});
    expect(evaluate('${createEmpty(set)}')).toEqual(new Set());
    expect(evaluate('${empty(map)}')).toEqual({});
    const first = evaluate('${createEmpty(list)}');
    expect(evaluate('${createEmpty(list)}')).not.toBe(first);
  });
});

describe('collate and skip', () => {
  it('collate groups the body (docs example: 9 items by 2)', () => {
    const groups = evaluate('${collate(2)}', [1, 2, 3, 4, 5, 6, 7, 8, 9]) as unknown[][];
    expect(groups.map((g) => g.length)).toEqual([2, 2, 2, 2, 1]);
    expect(groups[0]).toEqual([1, 2]);
    expect(evaluate('${collate(2)}', 'a,b,c')).toEqual([['a', 'b'], ['c']]);
  });

  it('skip drops the first items', () => {
    expect(evaluate('${skip(1)}', ['header', 'a', 'b'])).toEqual(['a', 'b']);
    expect(evaluate('${skip(5)}', ['a'])).toEqual([]);
  });
});

describe('size and isEmpty', () => {
  it('size counts elements; null is 0, other values 1', () => {
    expect(evaluate('${size()}', [1, 2, 3])).toBe(3);
    expect(evaluate('${size()}', { a: 1 })).toBe(1);
    expect(evaluate('${size()}', new Uint8Array(4))).toBe(4);
    expect(evaluate('${size()}')).toBe(0);
    expect(evaluate("${size('Hello World')}")).toBe(1);
    expect(evaluate('${size(${header.n})}')).toBe(1);
  });

  it('isEmpty is true for null, blank text and empty collections', () => {
    expect(evaluate('${isEmpty()}')).toBe(true);
    expect(evaluate('${isEmpty()}', '')).toBe(true);
    expect(evaluate('${isEmpty()}', [])).toBe(true);
    expect(evaluate('${isEmpty()}', {})).toBe(true);
    expect(evaluate('${isEmpty()}', [null])).toBe(true);
    expect(evaluate('${isEmpty()}', 'x')).toBe(false);
    expect(evaluate('${isEmpty()}', [1])).toBe(false);
    expect(evaluate('${isEmpty()}', 0)).toBe(false);
  });
});

describe('numbers', () => {
  it('sum, max, min and average work on integral values (docs examples)', () => {
    expect(evaluate('${sum()}', [10, 20, 30])).toBe(60);
    expect(evaluate('${sum(${body},2)}', 5)).toBe(7);
    expect(evaluate('${sum(${body},-2)}', 5)).toBe(3);
    expect(evaluate('${sum(1,2,3)}')).toBe(6);
    expect(evaluate('${sum()}', '1,2,3')).toBe(6);
    expect(evaluate('${max()}', [10, 5, 30, 15])).toBe(30);
    expect(evaluate('${min()}', [10, 5, 30, 15])).toBe(5);
    expect(evaluate('${average()}', [10, 20, 30])).toBe(20);
    expect(evaluate('${average(1,2)}')).toBe(1);
    expect(evaluate('${sum()}', ['x'])).toBeNull();
    expect(evaluate('${max()}')).toBeNull();
  });

  it('abs, ceil and floor', () => {
    expect(evaluate('${abs(-5)}')).toBe(5);
    expect(evaluate('${abs(5)}')).toBe(5);
    expect(evaluate('${abs()}', '-7')).toBe(7);
    expect(evaluate('${ceil(5.7)}')).toBe(6);
    expect(evaluate('${ceil(5.1)}')).toBe(6);
    expect(evaluate('${floor(5.7)}')).toBe(5);
    expect(evaluate('${floor()}', 5.1)).toBe(5);
    expect(evaluate('${abs()}')).toBeNull();
    expect(() => evaluate("${ceil('x')}")).toThrow(ExpressionEvaluationError);
  });

  it('random answers an int in [min, max)', () => {
    const spy = vi.spyOn(Math, 'random');
    try {
      spy.mockReturnValue(0);
      expect(evaluate('${random(10)}')).toBe(0);
      expect(evaluate('${random(18,50)}')).toBe(18);
      spy.mockReturnValue(0.9999);
      expect(evaluate('${random(10)}')).toBe(9);
      expect(evaluate('${random(18,50)}')).toBe(49);
      expect(evaluate('${random(${header.n})}')).toBe(3);
    } finally {
      spy.mockRestore();
    }
    expect(() => evaluate('${random(0)}')).toThrow(ExpressionEvaluationError);
  });

  it('range lists increasing integers', () => {
    expect(evaluate('${range(3)}')).toEqual([0, 1, 2]);
    expect(evaluate('${range(1,4)}')).toEqual([1, 2, 3]);
    expect(evaluate('${range(4,1)}')).toEqual([]);
  });
});
