import { describe, expect, it } from 'vitest';

import type { EvaluationContext } from '../api/exchange.js';
import type { ExpressionLanguage } from '../api/expression.js';
import { DefaultExchange } from '../engine/exchange.js';
import { constantLanguage } from './constant.js';
import { exchangePropertyLanguage } from './exchange-property.js';
import { headerLanguage } from './header.js';
import { languages } from './registry.js';
import { simpleLanguage } from './simple/index.js';
import { variableLanguage } from './variable.js';

const context: EvaluationContext = { contextName: 'camel-1', property: () => undefined, now: () => 0 };

function exchange(): DefaultExchange {
  const ex = new DefaultExchange({ routeId: 'r1' });
  ex.headers.set('CamelFileName', 'a.txt');
  ex.headers.set('flag', 'false');
  ex.properties.set('CamelSplitIndex', 2);
  ex.variables.set('myVar', 'hello');
  ex.variables.set('empty', '');
  return ex;
}

function value(language: ExpressionLanguage, text: string, options?: { trim?: boolean; resultType?: string }): unknown {
  const compiled = language.compileExpression(text, options);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.value.evaluate(exchange(), context);
}

function holds(language: ExpressionLanguage, text: string): boolean {
  const compiled = language.compilePredicate(text);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.value.test(exchange(), context);
}

describe('constant', () => {
  it('is its text, trimmed by default', () => {
    expect(value(constantLanguage, '  Hello ${body}  ')).toBe('Hello ${body}');
    expect(value(constantLanguage, '  x  ', { trim: false })).toBe('  x  ');
  });

  it('converts to resultType once, at compile time', () => {
    expect(value(constantLanguage, ' 42 ', { resultType: 'Integer' })).toBe(42);
    expect(value(constantLanguage, 'true', { resultType: 'java.lang.Boolean' })).toBe(true);
  });

  it('reports an unknown or impossible result type', () => {
    const unknown = constantLanguage.compileExpression('1', { resultType: 'BigDecimal' });
    expect(unknown).toEqual({
      ok: false,
      problems: [{ message: 'unknown result type BigDecimal', offset: 0, length: 1 }],
    });
    const impossible = constantLanguage.compileExpression('abc', { resultType: 'int' });
    expect(impossible.ok).toBe(false);
  });

  it('reads its text by the value-as-predicate rule', () => {
    expect(holds(constantLanguage, 'true')).toBe(true);
    expect(holds(constantLanguage, ' false ')).toBe(false);
    expect(holds(constantLanguage, '')).toBe(false);
    expect(holds(constantLanguage, 'anything')).toBe(true);
  });
});

describe('header', () => {
  it('looks a header up, case-insensitively, null when absent', () => {
    expect(value(headerLanguage, 'CamelFileName')).toBe('a.txt');
    expect(value(headerLanguage, ' camelfilename ')).toBe('a.txt');
    expect(value(headerLanguage, 'missing')).toBeNull();
  });

  it('falls back to the exchange property of the same name', () => {
    expect(value(headerLanguage, 'CamelSplitIndex')).toBe(2);
  });

  it('tests the header by the value-as-predicate rule', () => {
    expect(holds(headerLanguage, 'CamelFileName')).toBe(true);
    expect(holds(headerLanguage, 'flag')).toBe(false);
    expect(holds(headerLanguage, 'missing')).toBe(false);
  });

  it('reports an empty name', () => {
    expect(headerLanguage.compileExpression('  ')).toEqual({
      ok: false,
      problems: [{ message: 'header name is empty', offset: 0, length: 1 }],
    });
  });
});

describe('exchangeProperty', () => {
  it('looks an exchange property up', () => {
    expect(value(exchangePropertyLanguage, 'CamelSplitIndex')).toBe(2);
    expect(value(exchangePropertyLanguage, 'camelsplitindex')).toBeNull();
    expect(holds(exchangePropertyLanguage, 'CamelSplitIndex')).toBe(true);
  });
});

describe('variable', () => {
  it('looks a variable up', () => {
    expect(value(variableLanguage, 'myVar')).toBe('hello');
    expect(value(variableLanguage, 'nope')).toBeNull();
    expect(holds(variableLanguage, 'myVar')).toBe(true);
    expect(holds(variableLanguage, 'empty')).toBe(false);
  });

  it('refuses global and route variables, at the name', () => {
    expect(variableLanguage.compileExpression(' global:x')).toEqual({
      ok: false,
      problems: [{ message: 'global variables are not supported by Dromedary', offset: 1, length: 8 }],
    });
  });
});

describe('languages', () => {
  it('registers the five languages by their DSL names', () => {
    expect([...languages.keys()].sort()).toEqual(['constant', 'exchangeProperty', 'header', 'simple', 'variable']);
    expect(languages.get('simple')).toBe(simpleLanguage);
    for (const [name, language] of languages) expect(language.name).toBe(name);
  });
});

describe('the language registry', () => {
  it('holds exactly the languages validation calls runnable', async () => {
    const { RUNNABLE_LANGUAGES } = await import('../dsl/languages.js');
    expect([...languages.keys()].sort()).toEqual([...RUNNABLE_LANGUAGES].sort());
  });
});
