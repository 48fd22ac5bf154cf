/**
 * Simple's list, map and number functions. Lists are JS arrays (`java.util.ArrayList`), `distinct` answers a `Set`
 * (`LinkedHashSet`), maps are plain objects (`LinkedHashMap`). Camel's `collate` and `skip` answer iterators; here
 * they answer lists, which the splitter iterates the same way.
 */
import { ExpressionEvaluationError } from '../../api/errors.js';
import { renderText, tryConvertTo } from '../convert.js';
import { isCollection, isMap, iterateValues, sizeOf } from '../values.js';
import { literalText, type CallSpec } from './calls.js';
import { intArg, toInt, toLongOrUndefined, valueFunction, valuesFunction } from './fn-support.js';
import { report } from './source.js';

const list: CallSpec = {
  min: 0,
  max: Number.POSITIVE_INFINITY,
  compile: (args) => {
    const inputs = args.map((a) => a.run);
    return (exchange, context) => inputs.map((input) => input(exchange, context) ?? null);
  },
};

const map: CallSpec = {
  min: 0,
  max: Number.POSITIVE_INFINITY,
  compile: (args, site) => {
    if (args.length % 2 === 1) {
      report(
        site.src,
        `map needs pairs of keys and values, got ${String(args.length)} values`,
        site.start,
        site.end - site.start,
      );
    }
    const inputs = args.map((a) => a.run);
    return (exchange, context) => {
      const result: Record<string, unknown> = {};
      for (let i = 0; i + 1 < inputs.length; i += 2) {
        const key = renderText(inputs[i]?.(exchange, context));
        Object.defineProperty(result, key, {
          value: inputs[i + 1]?.(exchange, context) ?? null,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return result;
    };
  },
};

function flatten(values: unknown[]): unknown[] {
  return values.flatMap((value) => iterateValues(value));
}

const EMPTY_KINDS: Readonly<Record<string, () => unknown>> = {
  string: () => '',
  list: () => [],
  map: () => ({}),
  set: () => new Set(),
};

const createEmpty: CallSpec = {
  min: 1,
  max: 1,
  compile: (args, site) => {
    const kind = literalText(args[0])?.trim().toLowerCase();
    const make = kind === undefined ? undefined : EMPTY_KINDS[kind];
    if (make === undefined) {
      const at = args[0];
      report(
        site.src,
        `${site.name} takes string, list, map or set`,
        at?.start ?? site.start,
        (at?.end ?? site.end) - (at?.start ?? site.start),
      );
      return () => null;
    }
    return make;
  },
};

function shuffle(values: unknown[]): unknown[] {
  const result = flatten(values);
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

function groups(values: readonly unknown[], size: number): unknown[][] {
  if (size <= 0) throw new ExpressionEvaluationError(`collate size must be positive, was: ${String(size)}`);
  const result: unknown[][] = [];
  for (let i = 0; i < values.length; i += size) result.push(values.slice(i, i + size));
  return result;
}

const collate: CallSpec = {
  min: 1,
  max: 1,
  compile: (args, site) => {
    const size = intArg(site, args[0], 'the group size', 1);
    return (exchange, context) => groups(iterateValues(exchange.body), Number(size(exchange, context)));
  },
};

const skip: CallSpec = {
  min: 1,
  max: 1,
  compile: (args, site) => {
    const count = intArg(site, args[0], 'the count', 0);
    return (exchange, context) => iterateValues(exchange.body).slice(Math.max(0, Number(count(exchange, context))));
  },
};

function longs(values: unknown[]): number[] {
  return flatten(values).flatMap((v) => {
    const n = toLongOrUndefined(v);
    return n === undefined ? [] : [n];
  });
}

function randomBetween(min: number, max: number): number {
  if (max <= min)
    throw new ExpressionEvaluationError(`random bound must be greater than ${String(min)}, was: ${String(max)}`);
  return min + Math.floor(Math.random() * (max - min));
}

/** `random(max)` or `random(min,max)`; `range(max)` or `range(min,max)`: min inclusive, max exclusive. */
function bounded(make: (min: number, max: number) => unknown): CallSpec {
  return {
    min: 1,
    max: 2,
    compile: (args, site) => {
      const [low, high] =
        args.length === 1
          ? [() => 0, intArg(site, args[0], 'max', 1)]
          : [intArg(site, args[0], 'min', 0), intArg(site, args[1], 'max', 1)];
      return (exchange, context) => make(Number(low(exchange, context)), Number(high(exchange, context)));
    },
  };
}

function decimal(value: unknown): number | null {
  if (value === null) return null;
  const d = tryConvertTo(value, 'Double');
  if (typeof d !== 'number') throw new ExpressionEvaluationError(`not a number: ${renderText(value)}`);
  return d;
}

function size(value: unknown): number {
  if (value === null) return 0;
  return isCollection(value) || isMap(value) || value instanceof Uint8Array ? (sizeOf(value) ?? 1) : 1;
}

function isEmpty(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (isCollection(value)) return [...value].every((v) => v === null || v === undefined);
  if (isMap(value) || value instanceof Uint8Array) return sizeOf(value) === 0;
  return false;
}

/** List, map and number functions by name. */
export const COLLECTION_FUNCTIONS: ReadonlyMap<string, CallSpec> = new Map([
  ['list', list],
  ['map', map],
  ['distinct', valuesFunction((values) => new Set(flatten(values)))],
  ['reverse', valuesFunction((values) => flatten(values).reverse())],
  ['shuffle', valuesFunction(shuffle)],
  ['createEmpty', createEmpty],
  ['empty', createEmpty],
  ['newEmpty', createEmpty],
  ['collate', collate],
  ['skip', skip],
  ['size', valueFunction(size)],
  ['isEmpty', valueFunction(isEmpty)],
  ['sum', valuesFunction((values) => longs(values).reduce<number | null>((a, b) => (a ?? 0) + b, null))],
  [
    'max',
    valuesFunction((values) => longs(values).reduce<number | null>((a, b) => (a === null ? b : Math.max(a, b)), null)),
  ],
  [
    'min',
    valuesFunction((values) => longs(values).reduce<number | null>((a, b) => (a === null ? b : Math.min(a, b)), null)),
  ],
  [
    'average',
    valuesFunction((values) => {
      const numbers = longs(values);
      return numbers.length === 0 ? null : Math.trunc(numbers.reduce((a, b) => a + b, 0) / numbers.length);
    }),
  ],
  ['abs', valueFunction((v) => (v === null ? null : Math.abs(toLongOrUndefined(v) ?? toInt(v, 'abs'))))],
  [
    'ceil',
    valueFunction((v) => {
      const d = decimal(v);
      return d === null ? null : Math.ceil(d);
    }),
  ],
  [
    'floor',
    valueFunction((v) => {
      const d = decimal(v);
      return d === null ? null : Math.floor(d);
    }),
  ],
  ['random', bounded(randomBetween)],
  ['range', bounded((min, max) => Array.from({ length: Math.max(0, max - min) }, (_v, i) => min + i))],
]);
