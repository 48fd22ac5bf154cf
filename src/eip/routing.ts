/**
 * Content-based routing: `filter` (nested steps only when the predicate holds; records the outcome in the exchange
 * property named by `statusPropertyName`, if given: Camel 4.22 sets no `CamelFilterMatched`) and `choice` (the first `when` whose predicate
 * holds, else `otherwise`; with no match and no otherwise the exchange goes on unchanged).
 */
import type { Exchange } from '../api/exchange.js';
import type { Predicate } from '../api/expression.js';
import type { AsyncCallback, Processor } from '../api/processor.js';
import { defineStep } from '../compile/step-context.js';
import { asError } from '../engine/pipeline.js';
import { asMap, stringOption } from './sync-step.js';

/** Evaluates a predicate; a throw fails the exchange and counts as false. */
function holds(predicate: Predicate, exchange: Exchange, test: (p: Predicate, e: Exchange) => boolean): boolean {
  try {
    return test(predicate, exchange);
  } catch (err) {
    exchange.exception = asError(err);
    return false;
  }
}

/** `filter`. */
export const filter = defineStep({
  name: 'filter',
  compile(definition, ctx) {
    const map = asMap(definition, 'simple');
    const predicate = ctx.predicate(map, []);
    const body = ctx.steps(map['steps'], ['steps']);
    const status = stringOption(map, 'statusPropertyName');
    if (predicate === undefined) return undefined;
    const test = (p: Predicate, e: Exchange): boolean => p.test(e, ctx.evaluation);
    return {
      process(exchange: Exchange, done: AsyncCallback): boolean {
        const matched = holds(predicate, exchange, test);
        if (status !== undefined) exchange.properties.set(status, matched);
        if (!matched || exchange.exception !== undefined) {
          done(true);
          return true;
        }
        return body.process(exchange, done);
      },
    };
  },
});

/** `choice`. */
export const choice = defineStep({
  name: 'choice',
  compile(definition, ctx) {
    const map = asMap(definition, 'id');
    const whens = Array.isArray(map['when']) ? (map['when'] as unknown[]) : [];
    const branches: { predicate: Predicate; body: Processor }[] = [];
    whens.forEach((w, i) => {
      const predicate = ctx.predicate(w, ['when', i]);
      const body = ctx.steps(asMap(w, 'simple')['steps'], ['when', i, 'steps']);
      if (predicate !== undefined) branches.push({ predicate, body });
    });
    const otherwise =
      map['otherwise'] === undefined
        ? undefined
        : ctx.steps(asMap(map['otherwise'], 'id')['steps'], ['otherwise', 'steps']);
    const test = (p: Predicate, e: Exchange): boolean => p.test(e, ctx.evaluation);
    return {
      process(exchange: Exchange, done: AsyncCallback): boolean {
        for (const branch of branches) {
          if (holds(branch.predicate, exchange, test)) return branch.body.process(exchange, done);
          if (exchange.exception !== undefined) break;
        }
        if (otherwise !== undefined && exchange.exception === undefined) return otherwise.process(exchange, done);
        done(true);
        return true;
      },
    };
  },
});
