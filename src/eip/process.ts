/** The `process` EIP. */
import { defineStep } from '../compile/step-context.js';
import { asMap, stringOption } from './sync-step.js';
import { userCodeStep } from './user-code.js';

/**
 * `process`: hands the exchange to a processor bean declared under `beans:` (`ref`), as Camel's process EIP calls an
 * `org.apache.camel.Processor`: a function `(exchange) => void` or an object with `process(exchange)`. The processor
 * changes the exchange in place; it may return a promise, which the route waits for. What it returns is ignored. A
 * throw or rejection fails the exchange.
 */
export const processStep = defineStep({
  name: 'process',
  compile(definition, ctx) {
    const map = asMap(definition, 'ref');
    const ref = stringOption(map, 'ref');
    if (ref === undefined) {
      ctx.error([], 'DSL_MISSING_CHOICE', 'the process step needs ref: the name of a processor bean under beans:');
      return undefined;
    }
    const target = ctx.bean(ref, ['ref']);
    if (target === undefined) return undefined;
    if (typeof target === 'function') {
      const fn = target as (exchange: unknown) => unknown;
      return userCodeStep(
        (exchange) => fn(exchange),
        () => undefined,
      );
    }
    const method = (target as Record<string, unknown>)['process'];
    if (typeof method !== 'function') {
      ctx.error(
        ['ref'],
        'BEAN_INVALID',
        `bean '${ref}' is not a processor: export a function or an object with process(exchange)`,
      );
      return undefined;
    }
    const call = method as (this: unknown, exchange: unknown) => unknown;
    return userCodeStep(
      (exchange) => call.call(target, exchange),
      () => undefined,
    );
  },
});
