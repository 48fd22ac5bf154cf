/**
 * `removeHeader`, `removeHeaders`, `removeProperty`, `removeProperties`, `removeVariable`. The plural forms take
 * Camel's pattern: `*` for all, a trailing `*` for a prefix, otherwise a name (case-insensitive for headers) or a
 * regular expression; `excludePattern` keeps the matches it names.
 */
import type { Exchange } from '../api/exchange.js';
import { defineStep, type StepCompiler } from '../compile/step-context.js';
import { asMap, stringOption, syncStep } from './sync-step.js';

/** Camel's pattern match for header and property names. */
export function matchesPattern(name: string, pattern: string, ignoreCase: boolean): boolean {
  if (pattern === '*') return true;
  const a = ignoreCase ? name.toLowerCase() : name;
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  if (a === p) return true;
  if (p.endsWith('*') && a.startsWith(p.slice(0, -1))) return true;
  try {
    return new RegExp(`^(?:${pattern})$`, ignoreCase ? 'i' : '').test(name);
  } catch {
    return false;
  }
}

type Store = (e: Exchange) => { keys(): Iterable<string>; delete(k: string): boolean };

function removeOne(key: string, store: Store): StepCompiler {
  return defineStep({
    name: key,
    compile(definition, ctx) {
      const name = stringOption(asMap(definition, 'name'), 'name');
      if (name === undefined) {
        ctx.error([], 'DSL_MISSING_REQUIRED', `${key} needs a name`);
        return undefined;
      }
      return syncStep((e) => {
        store(e).delete(name);
      });
    },
  });
}

function removeMany(key: string, store: Store, ignoreCase: boolean): StepCompiler {
  return defineStep({
    name: key,
    compile(definition, ctx) {
      const map = asMap(definition, 'pattern');
      const pattern = stringOption(map, 'pattern');
      const exclude = stringOption(map, 'excludePattern');
      if (pattern === undefined) {
        ctx.error([], 'DSL_MISSING_REQUIRED', `${key} needs a pattern`);
        return undefined;
      }
      return syncStep((e) => {
        const target = store(e);
        for (const k of [...target.keys()]) {
          if (!matchesPattern(k, pattern, ignoreCase)) continue;
          if (exclude !== undefined && matchesPattern(k, exclude, ignoreCase)) continue;
          target.delete(k);
        }
      });
    },
  });
}

const headers: Store = (e) => e.headers;
const properties: Store = (e) => e.properties;

/** `removeHeader`. */
export const removeHeader = removeOne('removeHeader', headers);
/** `removeHeaders`. */
export const removeHeaders = removeMany('removeHeaders', headers, true);
/** `removeProperty`. */
export const removeProperty = removeOne('removeProperty', properties);
/** `removeProperties`. */
export const removeProperties = removeMany('removeProperties', properties, false);
/** `removeVariable`. */
export const removeVariable = removeOne('removeVariable', (e) => e.variables);
