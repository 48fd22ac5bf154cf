/**
 * `setBody`, `setHeader`, `setProperty`, `setVariable`, `transform`, `setHeaders` and `setVariables`: evaluate
 * expressions and store the results.
 * `setHeader`/`setProperty`/`setVariable` need a `name`; a null result sets the value to null (it is not removed).
 */
import type { Exchange } from '../api/exchange.js';
import type { Expression } from '../api/expression.js';
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

function setMany(key: string, listKey: string, target: Target): StepCompiler {
  return defineStep({
    name: key,
    compile(definition, ctx) {
      const list = asMap(definition, listKey)[listKey];
      const items = Array.isArray(list) ? list : [];
      const setters: { name: string; expression: Expression }[] = [];
      items.forEach((item, i) => {
        const name = stringOption(asMap(item, 'name'), 'name');
        if (name === undefined) {
          ctx.error([listKey, i], 'DSL_MISSING_REQUIRED', `each of ${listKey} needs a name`);
          return;
        }
        const expression = ctx.expression(item, [listKey, i]);
        if (expression !== undefined) setters.push({ name, expression });
      });
      return syncStep((exchange) => {
        // Camel evaluates every expression first, then sets them all.
        const values = setters.map((s) => s.expression.evaluate(exchange, ctx.evaluation));
        setters.forEach((s, i) => {
          target(exchange, s.name, values[i] ?? null);
        });
      });
    },
  });
}

/** `setHeaders`: several headers at once. */
export const setHeaders = setMany('setHeaders', 'headers', (e, n, v) => {
  e.headers.set(n, v ?? null);
});
/** `setVariables`: several variables at once. */
export const setVariables = setMany('setVariables', 'variables', (e, n, v) => {
  e.variables.set(n, v ?? null);
});
