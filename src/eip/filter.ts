/** The `filter` EIP. */
import { defineStep } from '../compile/step-context.js';
import { testOrFail } from './guarded-predicate.js';
import { nestedSteps } from './nested-steps.js';
import { asMap, finishSync, stringOption } from './sync-step.js';

/**
 * `filter`: runs its nested `steps` only for exchanges its predicate (inline language key or `expression:`) holds for;
 * either way the route goes on after the filter (Camel's `FilterProcessor`). `statusPropertyName` names an exchange
 * property that receives the outcome (`true`/`false`); Camel 4.22 sets no `CamelFilterMatched` property. A predicate
 * that fails to evaluate fails the exchange: no nested step and no later step runs, and the status property is not
 * set. A `stop` inside the filter ends the whole route.
 */
export const filter = defineStep({
  name: 'filter',
  compile(definition, ctx) {
    const map = asMap(definition, 'simple');
    const predicate = ctx.predicate(map, []);
    const body = nestedSteps(map, ctx);
    const status = stringOption(map, 'statusPropertyName');
    if (predicate === undefined) return undefined;
    return {
      process(exchange, done) {
        const matched = testOrFail(predicate, exchange, ctx.evaluation);
        if (exchange.exception !== undefined) return finishSync(done);
        if (status !== undefined) exchange.properties.set(status, matched);
        return matched ? body.process(exchange, done) : finishSync(done);
      },
    };
  },
});
