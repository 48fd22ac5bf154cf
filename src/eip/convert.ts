/**
 * `convertBodyTo`, `convertHeaderTo`, `convertVariableTo`: convert a value to a Camel type name (`String`,
 * `java.lang.Integer`, `byte[]`, `java.util.Map` …) as the body-type table of the guide says. With `mandatory` (the
 * default) a value that cannot be converted fails the exchange; otherwise it becomes null. `toName` stores the result
 * under another name.
 */
import type { Exchange } from '../api/exchange.js';
import { defineStep, type StepCompiler } from '../compile/step-context.js';
import { convertTo, resolveType } from '../expr/convert.js';
import { asMap, stringOption, syncStep } from './sync-step.js';

type Slot = (e: Exchange, name: string) => { get(): unknown; set(v: unknown): void };

function converter(key: string, needsName: boolean, slot: Slot): StepCompiler {
  return defineStep({
    name: key,
    compile(definition, ctx) {
      const map = asMap(definition, 'type');
      const type = stringOption(map, 'type');
      const name = stringOption(map, 'name') ?? '';
      if (type === undefined || resolveType(type) === undefined) {
        ctx.error(
          typeof definition === 'string' ? [] : ['type'],
          'DSL_INVALID_VALUE',
          `unknown type '${type ?? ''}'`,
          'use String, Integer, Long, Double, Boolean, byte[], Map or List',
        );
        return undefined;
      }
      if (needsName && name === '') {
        ctx.error([], 'DSL_MISSING_REQUIRED', `${key} needs a name`);
        return undefined;
      }
      const target = stringOption(map, 'toName') ?? name;
      const mandatory = map['mandatory'] !== false;
      return syncStep((exchange) => {
        const value = slot(exchange, name).get();
        let converted: unknown;
        try {
          converted = convertTo(value, type);
        } catch (err) {
          if (mandatory) throw err;
          converted = null;
        }
        slot(exchange, target).set(converted);
      });
    },
  });
}

/** `convertBodyTo`. */
export const convertBodyTo = converter('convertBodyTo', false, (e) => ({
  get: () => e.body,
  set: (v) => {
    e.body = v;
  },
}));
/** `convertHeaderTo`. */
export const convertHeaderTo = converter('convertHeaderTo', true, (e, n) => ({
  get: () => e.headers.get(n),
  set: (v) => {
    e.headers.set(n, v ?? null);
  },
}));
/** `convertVariableTo`. */
export const convertVariableTo = converter('convertVariableTo', true, (e, n) => ({
  get: () => e.variables.get(n),
  set: (v) => {
    e.variables.set(n, v ?? null);
  },
}));
