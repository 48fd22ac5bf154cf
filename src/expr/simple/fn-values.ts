/**
 * Simple functions that convert, test or encode values: `bodyAs`, `mandatoryBodyAs`, `headerAs`, `variableAs`,
 * `convertTo`, `iif`, `not`, `assert`, `val`, `contains`, `hash`, `base64Encode/Decode`, `uuid`, `messageHistory`,
 * `pretty`, `toJson`, `toPrettyJson`.
 */
import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

import { ExpressionEvaluationError, TypeConversionError } from '../../api/errors.js';
import { convertToType, renderText, resolveType, toBytes, type CamelType } from '../convert.js';
import { valueAsPredicate } from '../value-predicate.js';
import { isCollection, isMap, mapEntries } from '../values.js';
import { literalText, type Arg, type CallSite, type CallSpec } from './calls.js';
import { inputOf, textFunction, textOrNull, valueFunction } from './fn-support.js';
import { bodyEval, report, type Eval } from './source.js';

/** A type argument: resolved at compile time when literal (an unknown name is a problem), per evaluation otherwise. */
export function typeArg(site: CallSite, arg: Arg | undefined): (...call: Parameters<Eval>) => CamelType {
  const literal = literalText(arg)?.trim();
  if (literal !== undefined) {
    const type = resolveType(literal);
    if (type === undefined) report(site.src, `unknown type ${literal}`, arg?.start ?? site.start, literal.length);
    return () => type ?? 'Object';
  }
  const evaluate = arg?.run ?? (() => 'Object');
  return (...call: Parameters<Eval>) => {
    const name = renderText(evaluate(...call));
    const type = resolveType(name);
    if (type === undefined) throw new TypeConversionError(`unknown type: ${name}`);
    return type;
  };
}

function converted(site: CallSite, input: Eval, typeAt: Arg | undefined, mandatory: boolean): Eval {
  const type = typeArg(site, typeAt);
  return (exchange, context) => {
    const value = input(exchange, context) ?? null;
    if (mandatory && value === null) throw new ExpressionEvaluationError(`${site.name}: the body is null`);
    return convertToType(value, type(exchange, context));
  };
}

function keyed(read: (call: Parameters<Eval>, key: string) => unknown): CallSpec {
  return {
    min: 2,
    max: 2,
    compile: (args, site) => {
      const key = args[0]?.run ?? (() => '');
      const input: Eval = (...call) => read(call, renderText(key(...call)));
      return converted(site, input, args[1], false);
    },
  };
}

const HASHES: Readonly<Record<string, string>> = {
  'SHA-256': 'sha256',
  'SHA3-256': 'sha3-256',
  'SHA-1': 'sha1',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
  'SHA3-512': 'sha3-512',
  MD5: 'md5',
};

const hash: CallSpec = {
  min: 0,
  max: 2,
  compile: (args, site) => {
    const input = inputOf(args);
    const literal = args[1] === undefined ? 'SHA-256' : literalText(args[1])?.trim();
    if (literal !== undefined && HASHES[literal] === undefined) {
      report(site.src, `unknown hash algorithm ${literal}`, args[1]?.start ?? site.start, literal.length);
    }
    const algorithm = args[1]?.run ?? (() => 'SHA-256');
    return (exchange, context) => {
      const value = input(exchange, context) ?? null;
      if (value === null) return null;
      const name = renderText(algorithm(exchange, context));
      const node = HASHES[name];
      if (node === undefined) throw new ExpressionEvaluationError(`unknown hash algorithm ${name}`);
      return createHash(node).update(toBytes(value)).digest('hex');
    };
  },
};

let simpleCounter = 0;
const UUID_KINDS: Readonly<Record<string, () => string>> = {
  default: () => randomUUID(),
  random: () => randomUUID(),
  classic: () => `ID-${hostname()}-${randomUUID()}`,
  short: () => randomUUID().replaceAll('-', '').slice(0, 16),
  simple: () => String(++simpleCounter),
};

const uuid: CallSpec = {
  min: 0,
  max: 1,
  bare: true,
  compile: (args, site) => {
    const kind = args[0] === undefined ? 'default' : (literalText(args[0])?.trim() ?? '');
    const make = UUID_KINDS[kind];
    if (make === undefined) {
      report(
        site.src,
        `uuid generator ${kind} is not supported by Dromedary (only default, classic, short, simple, random)`,
        site.start,
        site.end - site.start,
      );
      return () => null;
    }
    return make;
  },
};

function jsonValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return renderText(value);
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'bigint') return Number(value);
  if (isCollection(value)) return [...value].map(jsonValue);
  if (isMap(value)) return Object.fromEntries(mapEntries(value).map(([k, v]) => [renderText(k), jsonValue(v)]));
  return value ?? null;
}

/** `toJson`: strings as they are, `null` as `null`, everything else serialized as JSON. */
export function toJson(value: unknown, indent?: number): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(jsonValue(value), null, indent);
}

/** `pretty`: JSON text or values pretty-printed with two spaces; other text as it is. */
export function pretty(value: unknown): string | null {
  if (typeof value !== 'string' && !(value instanceof Uint8Array)) return toJson(value, 2);
  const text = renderText(value);
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return text;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return text;
  }
}

/** `messageHistory` / `messageHistory(false)`: the runtime's history text, with the exchange unless `false`. */
const messageHistory: CallSpec = {
  min: 0,
  max: 1,
  bare: true,
  compile: (args) => {
    const detailed = args[0] === undefined || literalText(args[0])?.trim().toLowerCase() !== 'false';
    return (exchange, context) => context.messageHistory?.(exchange, detailed) ?? '';
  },
};

/** Conversion, predicate and encoding functions by name. */
export const VALUE_FUNCTIONS: ReadonlyMap<string, CallSpec> = new Map<string, CallSpec>([
  ['bodyAs', { min: 1, max: 1, ognl: true, compile: (args, site) => converted(site, bodyEval, args[0], false) }],
  [
    'mandatoryBodyAs',
    { min: 1, max: 1, ognl: true, compile: (args, site) => converted(site, bodyEval, args[0], true) },
  ],
  ['headerAs', keyed(([exchange], key) => exchange.headers.get(key) ?? exchange.properties.get(key) ?? null)],
  ['variableAs', keyed(([exchange], key) => exchange.variables.get(key) ?? null)],
  [
    'convertTo',
    {
      min: 1,
      max: 2,
      ognl: true,
      compile: (args, site) =>
        converted(site, args.length === 2 ? inputOf(args) : bodyEval, args[args.length - 1], false),
    },
  ],
  [
    'iif',
    {
      min: 3,
      max: 3,
      predicates: [0],
      compile: (args) => {
        const [test, yes, no] = args.map((a) => a.run);
        return (exchange, context) => (test?.(exchange, context) === true ? yes : no)?.(exchange, context) ?? null;
      },
    },
  ],
  [
    'not',
    {
      min: 0,
      max: 1,
      whole: true,
      predicates: [0],
      compile: (args) => {
        const input = inputOf(args);
        return (exchange, context) => !valueAsPredicate(input(exchange, context));
      },
    },
  ],
  [
    'assert',
    {
      min: 2,
      max: 2,
      predicates: [0],
      compile: (args) => {
        const [test, message] = args.map((a) => a.run);
        return (exchange, context) => {
          if (test?.(exchange, context) !== true) {
            throw new ExpressionEvaluationError(textOrNull(message?.(exchange, context)) ?? 'assertion failed');
          }
          return null;
        };
      },
    },
  ],
  ['val', valueFunction((v) => v)],
  [
    'contains',
    {
      min: 1,
      max: 2,
      compile: (args) => {
        const [input, search] = args.length === 2 ? [inputOf(args), inputOf(args, 1)] : [bodyEval, inputOf(args)];
        return (exchange, context) => {
          const text = textOrNull(input(exchange, context));
          const part = textOrNull(search(exchange, context));
          return text !== null && part !== null && text.toLowerCase().includes(part.toLowerCase());
        };
      },
    },
  ],
  ['hash', hash],
  ['base64Encode', valueFunction((v) => (v === null ? null : Buffer.from(toBytes(v)).toString('base64')))],
  ['base64Decode', textFunction((t) => new Uint8Array(Buffer.from(t, 'base64')))],
  ['uuid', uuid],
  ['messageHistory', messageHistory],
  ['pretty', valueFunction(pretty)],
  ['toJson', valueFunction((v) => toJson(v))],
  ['toPrettyJson', valueFunction((v) => toJson(v, 2))],
]);
