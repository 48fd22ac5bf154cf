/**
 * Simple functions that read the exchange and its surroundings: `body`, headers, exchange properties, variables
 * (with OGNL), `exchange`, `exception`, ids, route ids, `camelId`, `env`, `properties`, `date`.
 */
import { hostname } from 'node:os';
import { threadId } from 'node:worker_threads';

import { ExpressionEvaluationError } from '../../api/errors.js';
import type { Exchange } from '../../api/exchange.js';
import { camelTypeName, renderText, tryConvertTo } from '../convert.js';
import { compileDate } from './fn-date.js';
import { textOrNull } from './fn-support.js';
import { pretty, toJson } from './fn-values.js';
import { parseOgnl } from './ognl.js';
import { navigate, type OgnlStep } from './ognl-navigate.js';
import { findFunctionEnd, findGroupEnd, openerAt } from './scan.js';
import { bodyEval, type Eval, type Source } from './source.js';
import { compileTemplate } from './template.js';

/** The name `${threadName}` answers: Dromedary runs routes on Node's main thread. */
export const THREAD_NAME = 'main';

const LINE_BREAKS = /[\r\n]/g;

/** The exception being handled: the exchange's, else the caught one in `CamelExceptionCaught`; `null` if none. */
function exceptionOf(exchange: Exchange): Error | null {
  if (exchange.exception !== undefined) return exchange.exception;
  const caught = exchange.properties.get('CamelExceptionCaught');
  return caught instanceof Error ? caught : null;
}

function messageTimestamp(exchange: Exchange): number {
  const value = tryConvertTo(exchange.headers.get('CamelMessageTimestamp') ?? null, 'Long');
  return typeof value === 'bigint' ? Number(value) : 0;
}

function aliases(names: readonly string[], evaluate: Eval): [string, Eval][] {
  return names.map((name) => [name, evaluate]);
}

/** Functions written as a fixed name. */
export const EXACT_FUNCTIONS: ReadonlyMap<string, Eval> = new Map<string, Eval>([
  ...aliases(['body', 'in.body'], bodyEval),
  ['bodyOneLine', (exchange) => textOrNull(exchange.body)?.replace(LINE_BREAKS, '') ?? null],
  ['prettyBody', (exchange) => pretty(exchange.body ?? null)],
  ['toJsonBody', (exchange) => toJson(exchange.body)],
  ['toPrettyJsonBody', (exchange) => toJson(exchange.body, 2)],
  ['bodyType', (exchange) => camelTypeName(exchange.body)],
  ['id', (exchange) => exchange.messageId],
  ['messageTimestamp', messageTimestamp],
  ['exchangeId', (exchange) => exchange.exchangeId],
  ['exchange', (exchange) => exchange],
  ['exception', exceptionOf],
  ['exception.message', (exchange) => exceptionOf(exchange)?.message ?? null],
  ...aliases(['exception.stacktrace', 'exception.stackTrace'], (exchange) => {
    const error = exceptionOf(exchange);
    return error === null ? null : (error.stack ?? renderText(error));
  }),
  ['threadId', () => threadId],
  ['threadName', () => THREAD_NAME],
  ...aliases(['hostname', 'hostName'], () => hostname()),
  ...aliases(['camelId', 'camelContext.name', 'camelContext.getName()'], (_exchange, context) => context.contextName),
  ['routeId', (exchange) => exchange.routeId ?? null],
  ['fromRouteId', (exchange) => exchange.fromRouteId ?? null],
  ...aliases(['routeGroup', 'stepId', 'null'], () => null),
  ...aliases(['headers', 'in.headers'], (exchange) => Object.fromEntries(exchange.headers)),
  ...aliases(
    ['headers.size', 'headers.size()', 'headers.length', 'headers.length()'],
    (exchange) => exchange.headers.size,
  ),
  ['variables', (exchange) => Object.fromEntries(exchange.variables)],
  ...aliases(['variables.size', 'variables.size()', 'variables.length', 'variables.length()'], (e) => e.variables.size),
]);

type Lookup = (exchange: Exchange, key: string) => unknown;

function unquote(text: string): string {
  const first = text.charAt(0);
  return text.length >= 2 && (first === "'" || first === '"') && text.endsWith(first) ? text.slice(1, -1) : text;
}

function withSteps(root: Eval, steps: readonly OgnlStep[]): Eval {
  if (steps.length === 0) return root;
  return (exchange, context) => {
    const value = root(exchange, context) ?? null;
    return value === null ? null : navigate(value, steps, exchange, context);
  };
}

/** The first OGNL boundary (`.`, `?.`, `[`) in `[start, end)`, or `end`. */
function ognlStart(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charAt(i);
    if (c === '.' || c === '[' || (c === '?' && text.charAt(i + 1) === '.')) return i;
  }
  return end;
}

/**
 * `header.name`, `header[name]`, `header:name`, `header.name.OGNL` (and the same for properties and variables).
 * The whole text is tried as a name first (`kafka.KEY` is one header), then its first part with the rest as OGNL.
 * A name holding `${…}` is evaluated per exchange (no OGNL then). A plain name (no OGNL) is read with `plain`, which
 * for headers falls back to the exchange property of that name, as Camel's `headerExpression` does.
 */
function compileKeyed(src: Source, start: number, end: number, lookup: Lookup, plain: Lookup): Eval {
  const { text } = src;
  const s = '.:?'.includes(text.charAt(start)) ? start + 1 : start;
  const rest = text.slice(s, end);
  if (rest.includes('${') || rest.includes('$simple{')) {
    const key = compileTemplate(src, s, end).run;
    return (exchange, context) => plain(exchange, renderText(key(exchange, context))) ?? null;
  }
  if (text.charAt(s) === '[') {
    const close = findGroupEnd(text, s, end);
    const key = unquote(text.slice(s + 1, close < 0 ? end : close - 1).trim());
    if (close < 0 || close >= end) return (exchange) => plain(exchange, key) ?? null;
    return withSteps((exchange) => lookup(exchange, key) ?? null, parseOgnl(src, close, end));
  }
  const whole = text.slice(s, end);
  const boundary = ognlStart(text, s, end);
  if (boundary === end) return (exchange) => plain(exchange, whole) ?? null;
  const key = text.slice(s, boundary);
  const tail = withSteps((exchange) => lookup(exchange, key) ?? null, parseOgnl(src, boundary, end));
  return (exchange, context) => lookup(exchange, whole) ?? tail(exchange, context);
}

function compileProperties(src: Source, start: number, end: number, exists: boolean): Eval {
  const { text } = src;
  let colon = end;
  for (let i = start; i < end && colon === end; i++) {
    const open = openerAt(text, i);
    if (open > 0) i = Math.max(i, findFunctionEnd(text, i + open, end));
    else if (text.charAt(i) === ':') colon = i;
  }
  const negate = exists && text.charAt(start) === '!';
  const key = compileTemplate(src, negate ? start + 1 : start, colon).run;
  const fallback = colon < end ? compileTemplate(src, colon + 1, end).run : undefined;
  if (exists)
    return (exchange, context) => (context.property(renderText(key(exchange, context))) !== undefined) !== negate;
  return (exchange, context) => {
    const name = renderText(key(exchange, context));
    const value = context.property(name);
    if (value !== undefined) return value;
    if (fallback !== undefined) return fallback(exchange, context);
    throw new ExpressionEvaluationError(`property ${name} is not defined and has no default`);
  };
}

type PrefixCompiler = (src: Source, start: number, end: number) => Eval;

const headerLookup: Lookup = (exchange, key) => exchange.headers.get(key);
/** Camel's `headerExpression`: a missing header falls back to the exchange property of that name. */
const headerOrProperty: Lookup = (exchange, key) => exchange.headers.get(key) ?? exchange.properties.get(key);
const propertyLookup: Lookup = (exchange, key) => exchange.properties.get(key);
const variableLookup: Lookup = (exchange, key) => exchange.variables.get(key);
const envLookup: PrefixCompiler = (src, start, end) => {
  const name = src.text.slice(start, end);
  return () => process.env[name] ?? null;
};

function dateCompiler(withZone: boolean): PrefixCompiler {
  return (src, s, e) => compileDate(src, s, e, withZone);
}

function propertiesCompiler(exists: boolean): PrefixCompiler {
  return (src, s, e) => compileProperties(src, s, e, exists);
}

function entries(prefixes: readonly string[], compile: PrefixCompiler): [string, PrefixCompiler][] {
  return prefixes.map((prefix) => [prefix, compile]);
}

/** Prefixes followed by a separator (`.`, `:`, `[`, `?`), all handled by one compiler that sees the separator. */
function keyedEntries(names: readonly string[], lookup: Lookup, plain = lookup): [string, PrefixCompiler][] {
  const compile: PrefixCompiler = (src, s, e) => compileKeyed(src, s - 1, e, lookup, plain);
  return names.flatMap((name) =>
    entries(
      ['.', ':', '[', '?'].map((sep) => name + sep),
      compile,
    ),
  );
}

/** OGNL on a root value; the compiler sees the first OGNL character (`.`, `?`, `[`). */
function ognlEntries(prefixes: readonly string[], root: Eval): [string, PrefixCompiler][] {
  return entries(prefixes, (src, s, e) => withSteps(root, parseOgnl(src, s - 1, e)));
}

/** Prefixed functions, tried in order; each compiler gets the text after the prefix. */
export const PREFIX_FUNCTIONS: readonly (readonly [string, PrefixCompiler])[] = [
  ...ognlEntries(['body.', 'body?', 'body[', 'in.body.', 'in.body['], bodyEval),
  ...keyedEntries(['in.headers', 'in.header', 'headers', 'header'], headerLookup, headerOrProperty),
  ...keyedEntries(['variable'], variableLookup),
  ...keyedEntries(['exchangeProperty'], propertyLookup),
  ...ognlEntries(['exception.', 'exception?', 'exception['], exceptionOf),
  ...ognlEntries(['exchange.', 'exchange?', 'exchange['], (exchange) => exchange),
  ...entries(['sysenv.', 'sysenv:', 'env.', 'env:'], envLookup),
  ...entries(['date:'], dateCompiler(false)),
  ...entries(['date-with-timezone:'], dateCompiler(true)),
  ...entries(['propertiesExist:'], propertiesCompiler(true)),
  ...entries(['properties:'], propertiesCompiler(false)),
];
