/**
 * Templates: literal text and `${…}` functions. One node yields its raw value (any type, possibly `null`); several
 * are concatenated as text, a `null` contributing nothing; no node yields `""`. The parts are split once at compile
 * time, so evaluation only appends strings. `${f}++` and `${f}--` answer the function's value plus or minus one.
 */
import { ExpressionEvaluationError } from '../../api/errors.js';
import { isDecimalText, parseDecimalText, renderText } from '../convert.js';
import { scanTemplate } from './scan.js';
import { constant, type Eval, type Operand, type Source } from './source.js';

function step(value: unknown, delta: number): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value + delta;
  if (typeof value === 'bigint') return value + BigInt(delta);
  const text = typeof value === 'string' ? value.trim() : undefined;
  if (text !== undefined && isDecimalText(text)) return parseDecimalText(text) + delta;
  throw new ExpressionEvaluationError(`cannot ${delta > 0 ? 'increment' : 'decrement'} ${renderText(value)}`);
}

function unary(inner: Eval, delta: number): Eval {
  return (exchange, context) => step(inner(exchange, context), delta);
}

function concatenate(parts: readonly (string | Eval)[]): Eval {
  return (exchange, context) => {
    let out = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        out += part;
      } else {
        const value = part(exchange, context);
        if (value !== null && value !== undefined) out += renderText(value);
      }
    }
    return out;
  };
}

/**
 * The template's parts: text, and compiled functions. A function directly followed by `++` or `--` answers its value
 * plus or minus one (Camel's unary operators; the value itself is not changed).
 */
function compileParts(src: Source, start: number, end: number): (string | Eval)[] {
  const parts: (string | Eval)[] = [];
  for (const segment of scanTemplate(src, start, end)) {
    const previous = parts[parts.length - 1];
    if (segment.kind === 'function') {
      parts.push(src.compilers.functionBody(src, segment.bodyStart, segment.bodyEnd));
    } else if (typeof previous === 'function' && (segment.value.startsWith('++') || segment.value.startsWith('--'))) {
      parts[parts.length - 1] = unary(previous, segment.value.startsWith('++') ? 1 : -1);
      if (segment.value.length > 2) parts.push(segment.value.slice(2));
    } else {
      parts.push(segment.value);
    }
  }
  return parts;
}

/** Compiles the template in `[start, end)`; a template without functions is a literal string. */
export function compileTemplate(src: Source, start: number, end: number): Operand {
  const parts = compileParts(src, start, end);
  const [only] = parts;
  if (parts.length === 0) return { run: constant(''), literal: { value: '' } };
  if (parts.length === 1 && only !== undefined) {
    return typeof only === 'string' ? { run: constant(only), literal: { value: only } } : { run: only };
  }
  return { run: concatenate(parts) };
}
