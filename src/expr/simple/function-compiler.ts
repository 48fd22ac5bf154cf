/**
 * Compiles the inside of one `${…}`: a fixed name (`body`), a prefixed function (`header.x`, `date:now`), a call
 * (`substring(1,2)`), an inline result type (`${int:header.n}`), a negation (`${!header.flag}`), or operators
 * (`${header.n > 3 ? 'a' : 'b'}`).
 * Functions that need a bean registry, attachments, another language or code are refused at compile time.
 */
import { convertToType, type CamelType } from '../convert.js';
import { valueAsPredicate } from '../value-predicate.js';
import { compileArgs, type CallSite, type CallSpec } from './calls.js';
import { COLLECTION_FUNCTIONS } from './fn-collections.js';
import { EXACT_FUNCTIONS, PREFIX_FUNCTIONS } from './fn-message.js';
import { STRING_FUNCTIONS } from './fn-strings.js';
import { VALUE_FUNCTIONS } from './fn-values.js';
import { navigate } from './ognl-navigate.js';
import { parseOgnl } from './ognl.js';
import { findGroupEnd } from './scan.js';
import { constant, report, trimRange, type Eval, type Source } from './source.js';
import { hasOperator } from './tokens.js';

const CALLS: ReadonlyMap<string, CallSpec> = new Map([
  ...STRING_FUNCTIONS,
  ...COLLECTION_FUNCTIONS,
  ...VALUE_FUNCTIONS,
]);

const RESULT_TYPES: readonly (readonly [string, CamelType])[] = [
  ['int:', 'Integer'],
  ['integer:', 'Integer'],
  ['long:', 'Long'],
  ['boolean:', 'Boolean'],
  ['string:', 'String'],
];

/** Prefixes whose text may contain spaces that are not operators (date patterns, property defaults). */
const NO_OPERATORS = ['date:', 'date-with-timezone:', 'properties:', 'propertiesExist:'];

/** Camel functions Dromedary refuses, by prefix. */
const UNSUPPORTED = [
  ...['bean:', 'ref:', 'type:', 'sys.', 'file:', 'attachment', 'camelContext.', 'exceptionAs('],
  ...['jq(', 'jsonpath(', 'xpath(', 'simpleJsonpath(', 'load(', 'originalBody', 'logExchange', 'messageAs('],
  ...['setHeader(', 'setVariable(', 'throwException(', 'forEach(', 'filter(', 'function(', 'sort(', 'escape('],
  ...['listAdd(', 'listRemove(', 'mapAdd(', 'mapRemove(', 'clearAttachments', 'setAttachment('],
];

const CALL = /^([A-Za-z][A-Za-z0-9]*)(?=\(|$)/;
const NULL_EVAL = constant(null);

function compileCall(src: Source, start: number, end: number, name: string, spec: CallSpec): Eval {
  const { text } = src;
  const site: CallSite = { src, name, start, end };
  const open = start + name.length;
  if (open === end) {
    if (spec.bare === true) return spec.compile([], site);
    report(src, `${name} needs parentheses: ${name}(…)`, start, end - start);
    return NULL_EVAL;
  }
  const close = findGroupEnd(text, open, end);
  if (close < 0) {
    report(src, `missing ) in ${name}(`, open, end - open);
    return NULL_EVAL;
  }
  const args = compileArgs(src, open + 1, close - 1, spec, site);
  if (args === undefined) return NULL_EVAL;
  const compiled = spec.compile(args, site);
  if (close === end) return compiled;
  if (spec.ognl !== true) {
    report(src, `unexpected text after ${name}(…)`, close, end - close);
    return compiled;
  }
  const steps = parseOgnl(src, close, end);
  return (exchange, context) => {
    const value = compiled(exchange, context) ?? null;
    return value === null ? null : navigate(value, steps, exchange, context);
  };
}

function withResultType(src: Source, start: number, end: number, body: string): Eval | undefined {
  const match = RESULT_TYPES.find(([prefix]) => body.startsWith(prefix));
  if (match === undefined) return undefined;
  const [prefix, type] = match;
  const inner = compileFunctionBody(src, start + prefix.length, end);
  return (exchange, context) => convertToType(inner(exchange, context), type);
}

function compileNamed(src: Source, start: number, end: number, body: string): Eval {
  const exact = EXACT_FUNCTIONS.get(body);
  if (exact !== undefined) return exact;
  const prefixed = PREFIX_FUNCTIONS.find(([prefix]) => body.startsWith(prefix) && body.length > prefix.length);
  if (prefixed !== undefined) return prefixed[1](src, start + prefixed[0].length, end);
  const name = CALL.exec(body)?.[1];
  const spec = name === undefined ? undefined : CALLS.get(name);
  if (name !== undefined && spec !== undefined) return compileCall(src, start, end, name, spec);
  const refused = UNSUPPORTED.find((prefix) => body.startsWith(prefix));
  if (refused !== undefined) {
    report(src, `function ${refused.replace(/[(:.]$/, '')} is not supported by Dromedary`, start, end - start);
  } else {
    const call = name !== undefined && body.charAt(name.length) === '(';
    report(src, `unknown function: ${call ? `${name}(…)` : body}`, start, end - start);
  }
  return NULL_EVAL;
}

/**
 * Compiles the function whose inside is `[start, end)` (surrounding spaces ignored). Always returns a closure;
 * mistakes are reported to `src` and make the whole compilation fail.
 */
export function compileFunctionBody(src: Source, start: number, end: number): Eval {
  const [s, e] = trimRange(src.text, start, end);
  if (s === e) {
    report(src, 'empty function ${}', Math.max(0, start - 2), end - start + 3);
    return NULL_EVAL;
  }
  const body = src.text.slice(s, e);
  if (!NO_OPERATORS.some((prefix) => body.startsWith(prefix)) && hasOperator(src.text, s, e)) {
    return src.compilers.innerOperators(src, s, e);
  }
  if (body.startsWith('!') && body.length > 1) {
    const inner = compileFunctionBody(src, s + 1, e);
    return (exchange, context) => !valueAsPredicate(inner(exchange, context));
  }
  return withResultType(src, s, e, body) ?? compileNamed(src, s, e, body);
}
