/** Test fixtures for Simple predicates and expressions: an exchange with typical headers, and two helpers. */
import type { EvaluationContext } from '../../src/api/exchange.js';
import { DefaultExchange } from '../../src/engine/exchange.js';
import { simpleLanguage } from '../../src/expr/simple/index.js';

/** An evaluation context with no properties and time 0. */
export const context: EvaluationContext = { contextName: 'camel-1', property: () => undefined, now: () => 0 };

/** An exchange whose body is `Hello World`, with headers of every kind the operator tests compare. */
export function newExchange(): DefaultExchange {
  const exchange = new DefaultExchange({ routeId: 'r1' });
  exchange.body = 'Hello World';
  const headers: Record<string, unknown> = {
    foo: 'bar',
    num: 5,
    str5: '5',
    big: '200',
    acc1: '0001',
    acc2: '001',
    dbl: 1.5,
    flag: true,
    flagText: 'true',
    list: ['a', 'b'],
    numbers: ['4', '5'],
    emptyList: [],
    title: 'Camel in Action',
    empty: '',
    zero: 0,
    pattern: 'Camel.*',
    ar: 'ar',
    a: 1,
    b: 2,
    c: 3,
  };
  for (const [name, value] of Object.entries(headers)) exchange.headers.set(name, value);
  return exchange;
}

/** Compiles `text` as a predicate and tests it. */
export function holds(text: string, exchange = newExchange()): boolean {
  const compiled = simpleLanguage.compilePredicate(text);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.value.test(exchange, context);
}

/** Compiles `text` as an expression and evaluates it. */
export function evaluate(text: string, exchange = newExchange()): unknown {
  const compiled = simpleLanguage.compileExpression(text);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.value.evaluate(exchange, context);
}
