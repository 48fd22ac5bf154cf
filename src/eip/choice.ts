/** The `choice` EIP. */
import type { Predicate } from '../api/expression.js';
import type { Processor } from '../api/processor.js';
import { defineStep, type StepContext } from '../compile/step-context.js';
import { DefaultExchange } from '../engine/exchange.js';
import { asError } from '../engine/pipeline.js';
import { testOrFail } from './guarded-predicate.js';
import { nestedSteps } from './nested-steps.js';
import { asMap, booleanOption, finishSync, syncStep } from './sync-step.js';

/**
 * The branch `precondition: true` keeps: the `when` predicates are tested once, when the route is compiled, against
 * an empty exchange (Camel's `ChoiceReifier` uses a dummy exchange), and only the first matching branch — else
 * `otherwise`, else nothing — is compiled and run for every exchange. A predicate that fails is a compile error.
 */
function preselectedBranch(map: Record<string, unknown>, whens: unknown[], ctx: StepContext): Processor | undefined {
  const dummy = new DefaultExchange();
  for (const [i, when] of whens.entries()) {
    const predicate = ctx.predicate(when, ['when', i]);
    if (predicate === undefined) return undefined;
    let matches: boolean;
    try {
      matches = predicate.test(dummy, ctx.evaluation);
    } catch (err) {
      ctx.error(['when', i], 'DSL_INVALID_VALUE', `the precondition cannot be evaluated: ${asError(err).message}`);
      return undefined;
    }
    if (matches) return nestedSteps(when, ctx, ['when', i]);
  }
  if (map['otherwise'] !== undefined) return nestedSteps(map['otherwise'], ctx, ['otherwise']);
  return syncStep(() => undefined);
}

/**
 * `choice`: content-based routing (Camel's `ChoiceProcessor`). The `when` predicates are tested in order and the
 * first that holds runs its `steps`; when none holds, `otherwise` runs, and without `otherwise` the exchange goes on
 * unchanged. Either way the route continues after the choice (unless a branch stops or fails the exchange). A
 * predicate that fails to evaluate fails the exchange: no later predicate is tested, no branch (not even `otherwise`)
 * and no later step runs. `precondition: true` chooses the branch once, at compile time ({@link preselectedBranch}).
 */
export const choice = defineStep({
  name: 'choice',
  compile(definition, ctx) {
    const map = asMap(definition, 'id');
    const whens: unknown[] = Array.isArray(map['when']) ? map['when'] : [];
    if (booleanOption(map, 'precondition', false)) return preselectedBranch(map, whens, ctx);
    const branches: { predicate: Predicate | undefined; body: Processor }[] = whens.map((when, i) => ({
      predicate: ctx.predicate(when, ['when', i]),
      body: nestedSteps(when, ctx, ['when', i]),
    }));
    const otherwise = map['otherwise'] === undefined ? undefined : nestedSteps(map['otherwise'], ctx, ['otherwise']);
    if (branches.some((b) => b.predicate === undefined)) return undefined;
    return {
      process(exchange, done) {
        for (const { predicate, body } of branches) {
          if (predicate !== undefined && testOrFail(predicate, exchange, ctx.evaluation)) {
            return body.process(exchange, done);
          }
          if (exchange.exception !== undefined) return finishSync(done);
        }
        return otherwise === undefined ? finishSync(done) : otherwise.process(exchange, done);
      },
    };
  },
});
