import { describe, expect, it } from 'vitest';

import { ExpressionEvaluationError, TypeConversionError } from '../../api/errors.js';
import { ExchangeTimedOutException, SedaQueueFullError } from '../endpoints/errors.js';
import { causeChain, classNameProblem, exceptionClassOf, exceptionTypes } from './exception-types.js';

class MyError extends Error {}
class SubError extends MyError {
  override readonly name = 'SubError';
}

describe('exception types', () => {
  it("gives the engine's errors their Java class and its superclasses, most specific first", () => {
    expect(exceptionTypes(new ExchangeTimedOutException(5))).toEqual([
      'org.apache.camel.ExchangeTimedOutException',
      'org.apache.camel.CamelExchangeException',
      'org.apache.camel.CamelException',
      'java.lang.Exception',
      'java.lang.Throwable',
    ]);
    expect(exceptionClassOf(new SedaQueueFullError())).toBe('java.lang.IllegalStateException');
    expect(exceptionTypes(new ExpressionEvaluationError('x'))).toContain('org.apache.camel.RuntimeCamelException');
    expect(exceptionClassOf(new TypeConversionError('x'))).toBe('org.apache.camel.TypeConversionException');
  });

  it('reads a known class from the name, in full or simple', () => {
    const full = new Error('x');
    full.name = 'java.lang.NumberFormatException';
    expect(exceptionTypes(full).slice(0, 3)).toEqual([
      'java.lang.NumberFormatException',
      'java.lang.IllegalArgumentException',
      'java.lang.RuntimeException',
    ]);
    const simple = new Error('x');
    simple.name = 'IllegalStateException';
    expect(exceptionClassOf(simple)).toBe('java.lang.IllegalStateException');
  });

  it('treats other errors as user code: their JS classes, then java.lang.Exception and Throwable', () => {
    expect(exceptionTypes(new Error('plain'))).toEqual(['Error', 'java.lang.Exception', 'java.lang.Throwable']);
    expect(exceptionTypes(new SubError('x'))).toEqual([
      'SubError',
      'MyError',
      'Error',
      'java.lang.Exception',
      'java.lang.Throwable',
    ]);
    expect(exceptionTypes(new TypeError('x')).slice(0, 2)).toEqual(['TypeError', 'Error']);
  });

  it('walks causes from the innermost outwards, and stops at a loop', () => {
    const inner = new Error('inner');
    const middle = new Error('middle', { cause: inner });
    const outer = new Error('outer', { cause: middle });
    expect(causeChain(outer)).toEqual([inner, middle, outer]);
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    a.cause = b;
    expect(causeChain(b)).toEqual([a, b]);
  });
});

describe('class names in route files', () => {
  it('accepts fully qualified classes it knows', () => {
    expect(classNameProblem('java.lang.IllegalArgumentException', true)).toBeUndefined();
    expect(classNameProblem('org.apache.camel.CamelExchangeException', false)).toBeUndefined();
  });

  it('refuses a simple name of a Java class, as Camel does (ClassNotFoundException), with the full name', () => {
    expect(classNameProblem('IllegalArgumentException', true)).toEqual({
      message: expect.stringMatching(/not a fully qualified class name: Camel fails to start/) as string,
      hint: 'write java.lang.IllegalArgumentException',
    });
  });

  it('refuses a dotted name it does not know', () => {
    expect(classNameProblem('com.acme.Nope', true)?.message).toMatch(/not an exception class Dromedary knows/);
  });

  it('takes another simple name as a JS error class of user code where errors are only matched', () => {
    expect(classNameProblem('MyError', true)).toBeUndefined();
    expect(classNameProblem('MyError', false)?.message).toMatch(/not an exception class/);
    expect(classNameProblem('not a name', true)).toBeDefined();
  });
});
