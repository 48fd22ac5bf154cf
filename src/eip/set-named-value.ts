/**
 * The mechanism of the set EIPs: evaluate an expression and store the result in a value target (body, header,
 * exchange property, variable), as Camel's `SetBodyProcessor`, `SetHeaderProcessor`, `SetPropertyProcessor`,
 * `SetVariableProcessor`, `TransformProcessor` and the plural `SetHeadersProcessor`/`SetVariablesProcessor` do.
 */
import type { Expression } from '../api/expression.js';
import { defineStep, type StepCompiler, type StepContext } from '../compile/step-context.js';
import type { PathSegment } from '../dsl/yaml-source.js';
import { asMap, stringOption, syncStep } from './sync-step.js';
import { compileName, type NameOf, type ValueTarget } from './value-targets.js';

/** One compiled assignment: where to, and what. */
interface Assignment {
  readonly name: NameOf;
  readonly expression: Expression;
}

/** Compiles `holder` (a definition map holding `name` and an expression) at `at`; undefined when it cannot. */
function assignment(
  key: string,
  holder: Record<string, unknown>,
  target: ValueTarget,
  ctx: StepContext,
  at: readonly PathSegment[],
): Assignment | undefined {
  let name: NameOf | undefined = () => '';
  if (target.named) {
    const written = stringOption(holder, 'name') ?? '';
    if (written === '') {
      ctx.error(at, 'DSL_MISSING_REQUIRED', `${key} needs a name`);
      name = undefined;
    } else {
      name = compileName(written, target, ctx, [...at, 'name']);
    }
  }
  const expression = ctx.expression(holder, at);
  return name === undefined || expression === undefined ? undefined : { name, expression };
}

/**
 * A step that sets one value: the step's expression is evaluated, then its `name` (for named targets), then the
 * value is stored with the target's `null` rule. An expression or name that fails to evaluate fails the exchange and
 * leaves the target unchanged.
 */
export function setValueStep(key: string, target: ValueTarget): StepCompiler {
  return defineStep({
    name: key,
    compile(definition, ctx) {
      const compiled = assignment(key, asMap(definition, 'name'), target, ctx, []);
      if (compiled === undefined) return undefined;
      return syncStep((exchange) => {
        const value = compiled.expression.evaluate(exchange, ctx.evaluation);
        target.set(exchange, compiled.name(exchange), value);
      });
    },
  });
}

/**
 * A step that sets several values (`setHeaders: {headers: [...]}`): each item is evaluated and stored in turn, so a
 * later item sees the values set by earlier ones; the first failing item fails the exchange and the rest are not set.
 * An empty list is a compile error, as in Camel ("There must be at least one … specified").
 */
export function setValuesStep(key: string, listKey: string, target: ValueTarget): StepCompiler {
  return defineStep({
    name: key,
    compile(definition, ctx) {
      const list = asMap(definition, listKey)[listKey];
      const items = Array.isArray(list) ? list : [];
      if (items.length === 0) {
        ctx.error([], 'DSL_MISSING_REQUIRED', `${key} needs at least one item in ${listKey}`);
        return undefined;
      }
      const compiled = items.map((item, i) => assignment(key, asMap(item, 'name'), target, ctx, [listKey, i]));
      const assignments = compiled.filter((a) => a !== undefined);
      if (assignments.length !== compiled.length) return undefined;
      return syncStep((exchange) => {
        for (const a of assignments) {
          const value = a.expression.evaluate(exchange, ctx.evaluation);
          target.set(exchange, a.name(exchange), value);
        }
      });
    },
  });
}
