import { describe, expect, it } from 'vitest';

import type { EvaluationContext } from '../../api/exchange.js';
import { ExpressionEvaluationError } from '../../api/errors.js';
import { DefaultExchange } from '../../engine/exchange.js';
import { simpleLanguage } from './index.js';

const context: EvaluationContext = { contextName: 'camel-1', property: () => undefined, now: () => 0 };

const order = {
  id: 7,
  customer: { name: 'Ann', address: { street: 'Main St' } },
  lines: [
    { sku: 'a', qty: 1 },
    { sku: 'b', qty: 2 },
    { sku: 'c', qty: 3 },
  ],
  tags: ['x', 'y'],
  'foo bar': 'spaced',
  'this.is.foo': 'dotted',
  nothing: null,
};

function evaluate(text: string, body: unknown = order): unknown {
  const compiled = simpleLanguage.compileExpression(text);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  const exchange = new DefaultExchange({ routeId: 'r1' });
  exchange.body = body;
  exchange.headers.set('which', 'customer');
  exchange.headers.set('idx', 1);
  return compiled.value.evaluate(exchange, context);
}

describe('OGNL on maps', () => {
  it('reads keys with dots and brackets', () => {
    expect(evaluate('${body.id}')).toBe(7);
    expect(evaluate('${body.customer.name}')).toBe('Ann');
    expect(evaluate('${body.customer.address.street}')).toBe('Main St');
    expect(evaluate('${body[customer][name]}')).toBe('Ann');
    expect(evaluate('${body[customer].name}')).toBe('Ann');
    expect(evaluate("${body['foo bar']}")).toBe('spaced');
    expect(evaluate('${body["foo bar"]}')).toBe('spaced');
    expect(evaluate('${body[this.is.foo]}')).toBe('dotted');
  });

  it('answers null for a missing key', () => {
    expect(evaluate('${body.missing}')).toBeNull();
    expect(evaluate('${body[missing]}')).toBeNull();
  });

  it('evaluates functions inside brackets', () => {
    expect(evaluate('${body[${header.which}].name}')).toBe('Ann');
    expect(evaluate('${body.lines[${header.idx}].sku}')).toBe('b');
  });

  it('reads Map values and map sizes', () => {
    expect(evaluate('${body.k}', new Map([['k', 'v']]))).toBe('v');
    expect(evaluate('${body.size}', { a: 1, b: 2 })).toBe(2);
    expect(evaluate('${body.size()}', { a: 1, b: 2 })).toBe(2);
    expect(evaluate('${body.size}', { size: 'L' })).toBe('L');
  });

  it('calls getters as keys', () => {
    expect(evaluate('${body.getCustomer().getName()}')).toBe('Ann');
  });

  it('never reads the prototype chain', () => {
    expect(evaluate('${body.constructor}')).toBeNull();
    expect(evaluate('${body.__proto__}')).toBeNull();
    expect(evaluate('${body.toString}')).toBeNull();
  });
});

describe('OGNL on lists', () => {
  it('indexes, with last and last-N', () => {
    expect(evaluate('${body.lines[0].sku}')).toBe('a');
    expect(evaluate('${body.lines[last].sku}')).toBe('c');
    expect(evaluate('${body.lines[last-1].sku}')).toBe('b');
    expect(evaluate('${body.tags[1]}')).toBe('y');
    expect(evaluate('${body[0]}', ['first'])).toBe('first');
    expect(evaluate('${body.get(0)}', ['first'])).toBe('first');
  });

  it('answers size and length', () => {
    expect(evaluate('${body.lines.size}')).toBe(3);
    expect(evaluate('${body.lines.size()}')).toBe(3);
    expect(evaluate('${body.tags.length}')).toBe(2);
    expect(evaluate('${body.length}', 'hello')).toBe(5);
    expect(evaluate('${body.length()}', 'hello')).toBe(5);
    expect(evaluate('${body.isEmpty()}', [])).toBe(true);
  });

  it('fails on an index out of range unless null-safe', () => {
    expect(() => evaluate('${body.lines[5]}')).toThrow(ExpressionEvaluationError);
    expect(evaluate('${body?.lines[5]}')).toBeNull();
    expect(evaluate('${body.lines?[5]}')).toBeNull();
  });
});

describe('null-safe navigation', () => {
  it('answers null when the root is null', () => {
    expect(evaluate('${body.customer.name}', null)).toBeNull();
  });

  it('fails on a null step unless it is null-safe', () => {
    expect(() => evaluate('${body.nothing.name}')).toThrow(ExpressionEvaluationError);
    expect(() => evaluate('${body.missing.name}')).toThrow('cannot evaluate name on a null value');
    expect(evaluate('${body.nothing?.name}')).toBeNull();
    expect(evaluate('${body?.missing?.name}')).toBeNull();
    expect(evaluate('${body[missing]?.name}')).toBeNull();
  });
});

describe('OGNL methods', () => {
  it('calls the allowed string methods', () => {
    expect(evaluate('${body.toUpperCase()}', 'abc')).toBe('ABC');
    expect(evaluate('${body.toLowerCase()}', 'ABC')).toBe('abc');
    expect(evaluate('${body.trim()}', ' a ')).toBe('a');
    expect(evaluate('${body.substring(1)}', 'abc')).toBe('bc');
    expect(evaluate('${body.substring(0,2)}', 'abc')).toBe('ab');
    expect(evaluate("${body.startsWith('ab')}", 'abc')).toBe(true);
    expect(evaluate("${body.endsWith('bc')}", 'abc')).toBe(true);
    expect(evaluate("${body.contains('b')}", 'abc')).toBe(true);
    expect(evaluate('${body.toString()}', 12)).toBe('12');
    expect(() => evaluate('${body.substring(-3)}', 'abc')).toThrow(ExpressionEvaluationError);
  });

  it('calls map and list methods', () => {
    expect(evaluate("${body.containsKey('id')}")).toBe(true);
    expect(evaluate("${body.get('id')}")).toBe(7);
    expect(evaluate("${body.tags.contains('y')}")).toBe(true);
  });

  it('fails on properties of plain values', () => {
    expect(() => evaluate('${body.foo}', 'text')).toThrow(ExpressionEvaluationError);
    expect(() => evaluate('${body.foo}', 5)).toThrow(ExpressionEvaluationError);
  });
});
