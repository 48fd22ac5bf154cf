/**
 * `setBody`, `setHeader`, `setProperty`, `setVariable` and `transform`: evaluate an expression and store the result.
 * `setHeader`/`setProperty`/`setVariable` need a `name`; a null result sets the value to null (it is not removed).
 */
import type { Exchange } from '../api/exchange.js';
import { defineStep, type StepCompiler } from '../compile/step-context.js';
import { asMap, stringOption, syncStep } from './sync-step.js';

type Target = (exchange: Exchange, name: string, value: unknown) => void;

function setter(key: string, needsName: boolean, target: Target): StepCompiler {
  return defineStep({
    name: key,
    compile(definition, ctx) {
      const map = asMap(definition, 'expression');
      const name = stringOption(map, 'name') ?? '';
      if (needsName && name === '') {
        ctx.error([], 'DSL_MISSING_REQUIRED', `${key} needs a name`);
        return undefined;
      }
      const expression = ctx.expression(map, []);
      if (expression === undefined) return undefined;
      return syncStep((exchange) => {
        target(exchange, name, expression.evaluate(exchange, ctx.evaluation));
      });
    },
  });
}

/** `setBody`. */
export const setBody = setter('setBody', false, (e, _n, v) => {
  e.body = v;
});
/** `transform`: like setBody. */
export const transform = setter('transform', false, (e, _n, v) => {
  e.body = v;
});
/** `setHeader`. */
export const setHeader = setter('setHeader', true, (e, n, v) => {
  e.headers.set(n, v ?? null);
});
/** `setProperty`. */
export const setProperty = setter('setProperty', true, (e, n, v) => {
  e.properties.set(n, v ?? null);
});
/** `setVariable`. */
export const setVariable = setter('setVariable', true, (e, n, v) => {
  e.variables.set(n, v ?? null);
});
