import { describe, expect, it } from 'vitest';

import type { EvaluationContext } from '../../api/exchange.js';
import { TypeConversionError } from '../../api/errors.js';
import { DefaultExchange } from '../../engine/exchange.js';
import { simpleLanguage } from './index.js';

const context: EvaluationContext = { contextName: 'camel-1', property: () => undefined, now: () => 0 };

function newExchange(body: unknown = null): DefaultExchange {
  const exchange = new DefaultExchange({ routeId: 'r1' });
  exchange.body = body;
  return exchange;
}

function evaluate(text: string, exchange = newExchange(), options?: { trim?: boolean; resultType?: string }): unknown {
  const compiled = simpleLanguage.compileExpression(text, options);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.value.evaluate(exchange, context);
}

describe('simple templates', () => {
  it('returns the raw value of a single function', () => {
    expect(evaluate('${body}', newExchange(42))).toBe(42);
    const map = { a: 1 };
    expect(evaluate('${body}', newExchange(map))).toBe(map);
    expect(evaluate('${header.missing}')).toBeNull();
  });

  it('returns literal text as is', () => {
    expect(evaluate('Hello World')).toBe('Hello World');
  });

  it('concatenates several parts as text, skipping null parts', () => {
    expect(evaluate('Hello ${body}!', newExchange('World'))).toBe('Hello World!');
    expect(evaluate('id=${header.x}')).toBe('id=');
    expect(evaluate('${header.a}${header.b}')).toBe('');
    expect(evaluate('n=${body}', newExchange(7))).toBe('n=7');
    expect(evaluate('m=${body}', newExchange({ k: 'v', n: [1, 2] }))).toBe('m={k=v, n=[1, 2]}');
  });

  it('yields an empty string for empty text', () => {
    expect(evaluate('')).toBe('');
    expect(evaluate('   ')).toBe('');
  });

  it('trims the source text unless trim is false', () => {
    expect(evaluate('  a ${body}  ', newExchange('b'))).toBe('a b');
    expect(evaluate('  a ${body}  ', newExchange('b'), { trim: false })).toBe('  a b  ');
    expect(evaluate('\n${body}\n', newExchange(5))).toBe(5);
  });

  it('turns escapes into characters', () => {
    expect(evaluate('a\\nb\\tc\\rd')).toBe('a\nb\tc\rd');
    expect(evaluate('{"v": "${body}"\\}', newExchange('x'))).toBe('{"v": "x"}');
    expect(evaluate('back\\slash')).toBe('back\\slash');
  });

  it('keeps a } with no open function as text', () => {
    expect(evaluate('{"v": ${body}}', newExchange(1))).toBe('{"v": 1}');
  });

  it('accepts $simple{…} for ${…}', () => {
    expect(evaluate('Hi $simple{body}', newExchange('you'))).toBe('Hi you');
    expect(evaluate('$simple{header.missing}')).toBeNull();
  });

  it('nests functions', () => {
    const exchange = newExchange('b');
    exchange.headers.set('which', 'target');
    exchange.headers.set('target', 'found');
    expect(evaluate('${header.${header.which}}', exchange)).toBe('found');
    expect(evaluate('${uppercase(${header.target})}', exchange)).toBe('FOUND');
  });

  it('leaves {{placeholders}} alone', () => {
    expect(evaluate('{{greeting}} ${body}', newExchange('x'))).toBe('{{greeting}} x');
    expect(evaluate('{{greeting}}')).toBe('{{greeting}}');
  });

  it('keeps operators outside ${} as text in an expression', () => {
    expect(evaluate('${body} > 5', newExchange(7))).toBe('7 > 5');
    expect(evaluate('${body.size()} == 0 ? ${null} : ${body[0]}', newExchange(['a']))).toBe('1 == 0 ?  : a');
    expect(evaluate("It's ${body}", newExchange('me'))).toBe("It's me");
  });

  it('converts to resultType', () => {
    expect(evaluate('${body}', newExchange('42'), { resultType: 'Integer' })).toBe(42);
    expect(evaluate('${body}', newExchange(42), { resultType: 'java.lang.String' })).toBe('42');
    expect(() => evaluate('${body}', newExchange('x'), { resultType: 'int' })).toThrow(TypeConversionError);
    expect(simpleLanguage.compileExpression('${body}', { resultType: 'Nope' })).toEqual({
      ok: false,
      problems: [{ message: 'unknown result type Nope', offset: 0, length: 7 }],
    });
  });

  it('compiles once: a compiled template evaluates each exchange afresh', () => {
    const compiled = simpleLanguage.compileExpression('tick ${exchangeProperty.CamelTimerCounter}');
    if (!compiled.ok) throw new Error('did not compile');
    const results = [1, 2, 3].map((n) => {
      const exchange = newExchange();
      exchange.properties.set('CamelTimerCounter', n);
      return compiled.value.evaluate(exchange, context);
    });
    expect(results).toEqual(['tick 1', 'tick 2', 'tick 3']);
  });

  it('answers null rather than undefined', () => {
    expect(evaluate('${body}', newExchange(undefined))).toBeNull();
  });
});
