/**
 * The mechanism of the remove EIPs: remove one value by name (`removeHeader`, `removeProperty`, `removeVariable`) or
 * every value whose name matches Camel's pattern (`removeHeaders`, `removeProperties`), minus those an
 * `excludePattern` matches.
 */
import { defineStep, type StepCompiler } from '../compile/step-context.js';
import { asMap, stringOption, syncStep } from './sync-step.js';
import { compileName, type NameOf, type ValueTarget } from './value-targets.js';

/**
 * Camel's `PatternHelper.matchPattern`, which ignores case throughout: the name equals the pattern, or the pattern
 * ends with `*` and the name starts with what precedes it (so `*` matches every name), or the pattern is a regular
 * expression matching the whole name. A pattern that is not a valid regular expression only matches the first two ways.
 */
export function matchesPattern(name: string, pattern: string): boolean {
  if (name.toLowerCase() === pattern.toLowerCase()) return true;
  if (pattern.endsWith('*') && name.toLowerCase().startsWith(pattern.slice(0, -1).toLowerCase())) return true;
  try {
    return new RegExp(`^(?:${pattern})$`, 'i').test(name);
  } catch {
    return false;
  }
}

/** How a single-name remove step reads its name. */
export interface RemoveOneOptions {
  /** The name may hold a Simple function evaluated per exchange (removeVariable); otherwise it is literal text. */
  readonly computedName?: boolean;
  /** The name `*` removes every value (removeVariable: `Exchange.removeVariable("*")` clears the variables). */
  readonly starRemovesAll?: boolean;
}

/**
 * A step removing the value called `name` (`removeHeader: name` or `{name: …}`). Removing a value that is not there
 * does nothing; it is never an error.
 */
export function removeOneStep(key: string, target: ValueTarget, options: RemoveOneOptions = {}): StepCompiler {
  return defineStep({
    name: key,
    compile(definition, ctx) {
      const written = stringOption(asMap(definition, 'name'), 'name') ?? '';
      const at = typeof definition === 'string' ? [] : ['name'];
      if (written === '') {
        ctx.error([], 'DSL_MISSING_REQUIRED', `${key} needs a name`);
        return undefined;
      }
      const name: NameOf | undefined =
        options.computedName === true ? compileName(written, target, ctx, at) : () => written;
      if (name === undefined) return undefined;
      return syncStep((exchange) => {
        const resolved = name(exchange);
        const all = options.starRemovesAll === true && resolved === '*';
        for (const n of all ? target.names(exchange) : [resolved]) target.delete(exchange, n);
      });
    },
  });
}

/**
 * A step removing every value whose name matches `pattern` ({@link matchesPattern}) and no `excludePattern`
 * (`removeHeaders: "*"` or `{pattern, excludePattern}`). Matching nothing is not an error.
 */
export function removeManyStep(key: string, target: ValueTarget): StepCompiler {
  return defineStep({
    name: key,
    compile(definition, ctx) {
      const map = asMap(definition, 'pattern');
      const pattern = stringOption(map, 'pattern') ?? '';
      const exclude = stringOption(map, 'excludePattern');
      if (pattern === '') {
        ctx.error([], 'DSL_MISSING_REQUIRED', `${key} needs a pattern`);
        return undefined;
      }
      return syncStep((exchange) => {
        for (const name of target.names(exchange)) {
          if (!matchesPattern(name, pattern)) continue;
          if (exclude !== undefined && matchesPattern(name, exclude)) continue;
          target.delete(exchange, name);
        }
      });
    },
  });
}
