/**
 * Evaluation of OGNL steps on JS values. Maps (plain objects, `Map`s, headers) are read by key, also with dotted
 * access (`body.address.street` reads keys, since JSON bodies are maps); lists and arrays by index; other objects by
 * their own properties only, never the prototype chain. Methods are a fixed allowlist mirroring common Java calls.
 */
import { ExpressionEvaluationError } from '../../api/errors.js';
import type { EvaluationContext, Exchange } from '../../api/exchange.js';
import { renderText } from '../convert.js';
import { isCollection, isMap, mapGet, ownProperty, sizeOf } from '../values.js';
import { coerceEquals } from './compare.js';
import type { Eval } from './source.js';

/** The key inside `[…]`. */
export type IndexKey =
  | { readonly kind: 'last'; readonly minus: number }
  | { readonly kind: 'literal'; readonly value: string | number }
  | { readonly kind: 'dynamic'; readonly run: Eval };

/** One OGNL step. `nullSafe` steps answer `null` on a `null` value instead of failing. */
export type OgnlStep =
  | { readonly kind: 'property'; readonly name: string; readonly nullSafe: boolean }
  | {
      readonly kind: 'method';
      readonly name: string;
      readonly args: readonly (string | number)[];
      readonly nullSafe: boolean;
    }
  | { readonly kind: 'index'; readonly key: IndexKey; readonly nullSafe: boolean };

/** Methods that may be called in OGNL, with their allowed argument counts. */
export const OGNL_METHODS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['size', [0, 0]],
  ['length', [0, 0]],
  ['isEmpty', [0, 0]],
  ['toString', [0, 0]],
  ['toUpperCase', [0, 0]],
  ['toLowerCase', [0, 0]],
  ['trim', [0, 0]],
  ['get', [1, 1]],
  ['containsKey', [1, 1]],
  ['contains', [1, 1]],
  ['startsWith', [1, 1]],
  ['endsWith', [1, 1]],
  ['substring', [1, 2]],
]);

const INTEGER = /^-?\d+$/;
const ERROR_PROPERTIES: ReadonlySet<string> = new Set(['message', 'name', 'stack', 'cause']);

function fail(message: string): never {
  throw new ExpressionEvaluationError(message);
}

function size(value: unknown): number {
  return sizeOf(value) ?? fail(`cannot take the size of ${renderText(value)}`);
}

const SIZE_NAMES: ReadonlySet<string> = new Set(['size', 'length']);

function readMapKey(map: Parameters<typeof mapGet>[0], name: string): unknown {
  const found = mapGet(map, name);
  return found === null && SIZE_NAMES.has(name) ? size(map) : found;
}

function readProperty(value: unknown, name: string): unknown {
  if (isMap(value)) return readMapKey(value, name);
  if (typeof value === 'string' || isCollection(value) || value instanceof Uint8Array) {
    return SIZE_NAMES.has(name) ? size(value) : fail(`cannot read ${name} of ${renderText(value)}`);
  }
  if (value instanceof Error && ERROR_PROPERTIES.has(name))
    return (value as unknown as Record<string, unknown>)[name] ?? null;
  if (typeof value === 'object' && value !== null) return ownProperty(value, name) ?? null;
  return fail(`cannot read ${name} of ${renderText(value)}`);
}

function elementAt(list: readonly unknown[], index: number, nullSafe: boolean): unknown {
  if (index >= 0 && index < list.length) return list[index] ?? null;
  return nullSafe ? null : fail(`index ${String(index)} is out of range for a list of size ${String(list.length)}`);
}

function listOf(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value as unknown[];
  if (value instanceof Set || value instanceof Uint8Array) return [...(value as Iterable<unknown>)];
  return undefined;
}

function resolveKey(key: IndexKey, size: number, exchange: Exchange, context: EvaluationContext): string | number {
  if (key.kind === 'last') return size - 1 - key.minus;
  if (key.kind === 'literal') return key.value;
  const value = key.run(exchange, context);
  return typeof value === 'number' ? value : renderText(value);
}

function readIndex(
  value: unknown,
  step: Extract<OgnlStep, { kind: 'index' }>,
  exchange: Exchange,
  context: EvaluationContext,
): unknown {
  const list = listOf(value);
  if (list !== undefined) {
    const key = resolveKey(step.key, list.length, exchange, context);
    const index = typeof key === 'number' ? key : INTEGER.test(key) ? Number(key) : NaN;
    if (Number.isNaN(index)) fail(`a list index must be a number, was: ${String(key)}`);
    return elementAt(list, index, step.nullSafe);
  }
  if (isMap(value)) {
    if (step.key.kind === 'last') fail('[last] needs a list, not a map');
    return mapGet(value, String(resolveKey(step.key, 0, exchange, context)));
  }
  return fail(`cannot index ${renderText(value)}`);
}

function javaSubstring(text: string, args: readonly (string | number)[]): string {
  const begin = Number(args[0]);
  const end = args.length > 1 ? Number(args[1]) : text.length;
  if (!(begin >= 0 && end <= text.length && begin <= end))
    fail(`substring(${args.join(',')}) is out of range for "${text}"`);
  return text.slice(begin, end);
}

function callMethod(value: unknown, name: string, args: readonly (string | number)[]): unknown {
  const [arg] = args;
  switch (name) {
    case 'size':
    case 'length':
      return size(value);
    case 'isEmpty':
      return size(value) === 0;
    case 'toString':
      return renderText(value);
    case 'toUpperCase':
      return renderText(value).toUpperCase();
    case 'toLowerCase':
      return renderText(value).toLowerCase();
    case 'trim':
      return renderText(value).trim();
    case 'containsKey':
      return isMap(value) && mapGet(value, String(arg)) !== null;
    case 'contains':
      return isCollection(value)
        ? [...value].some((v) => coerceEquals(v, arg))
        : renderText(value).includes(String(arg));
    case 'startsWith':
      return renderText(value).startsWith(String(arg));
    case 'endsWith':
      return renderText(value).endsWith(String(arg));
    case 'substring':
      return javaSubstring(renderText(value), args);
    default:
      return readProperty(value, name);
  }
}

function applyStep(value: unknown, step: OgnlStep, exchange: Exchange, context: EvaluationContext): unknown {
  switch (step.kind) {
    case 'property':
      return readProperty(value, step.name);
    case 'index':
      return readIndex(value, step, exchange, context);
    case 'method':
      if (step.name === 'get') {
        const [key = ''] = step.args;
        return readIndex(
          value,
          { kind: 'index', key: { kind: 'literal', value: key }, nullSafe: step.nullSafe },
          exchange,
          context,
        );
      }
      return callMethod(value, step.name, step.args);
  }
}

/**
 * Walks `steps` from a non-null value. A step on `null` answers `null` when it is null-safe (`?.`) and fails
 * otherwise, as Camel's bean OGNL does.
 * @throws ExpressionEvaluationError on a non-null-safe step from `null`, an index out of range, or a bad step.
 */
export function navigate(
  value: unknown,
  steps: readonly OgnlStep[],
  exchange: Exchange,
  context: EvaluationContext,
): unknown {
  let current = value ?? null;
  for (const step of steps) {
    if (current === null) {
      if (step.nullSafe) return null;
      fail(`cannot evaluate ${step.kind === 'index' ? '[…]' : step.name} on a null value`);
    }
    current = applyStep(current, step, exchange, context) ?? null;
  }
  return current;
}
