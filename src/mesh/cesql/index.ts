/**
 * CloudEvents SQL (CESQL) v1.0: compile an expression once, evaluate it against many events.
 *
 * Conformance: the whole CESQL TCK (`cesql/cesql_tck` in cloudevents/spec) passes; where the TCK and the spec
 * text disagree the TCK is followed (ADR 0005: `NOT 10`; ADR 0006: the casting functions), and ADR 0007 records
 * the choices the spec leaves open (operator levels, overflow, identifiers).
 */
import type { CesqlValue } from './ast.js';
import { zeroValue, type CesqlType } from './casts.js';
import { compileNode } from './compile.js';
import { cesqlError, type CesqlError } from './errors.js';
import { BUILTIN_REGISTRY, type CesqlFunctionRegistry } from './functions.js';
import { parseCesql } from './parser.js';
import { FAIL_FAST, MISSING, type CesqlEvent, type EvalContext, type Evaluator } from './runtime.js';

export type { CesqlValue } from './ast.js';
export type { CesqlType } from './casts.js';
export type { CesqlError, CesqlErrorType, CesqlPosition } from './errors.js';
export {
  CesqlFunctionRegistry,
  createCesqlFunctionRegistry,
  type CesqlFunction,
  type CesqlFunctionFailure,
  type CesqlParameterType,
} from './functions.js';
export type { CesqlEvent } from './runtime.js';

/**
 * How to evaluate. `failFast` (default false): stop at the first error and return the zero value of the
 * expression's type with that one error (spec §4.1); otherwise evaluate completely and return the value with
 * every error, in the order they arose.
 */
export interface CesqlEvaluateOptions {
  readonly failFast?: boolean;
}

/** Options of compilation: the functions calls may resolve to (default: the built-ins only). */
export interface CesqlCompileOptions {
  readonly functions?: CesqlFunctionRegistry;
}

/** The outcome of an evaluation: a value, always, and the errors that arose (empty when none). */
export interface CesqlResult {
  readonly value: CesqlValue;
  readonly errors: readonly CesqlError[];
}

/**
 * A compiled expression. `type` is its static result type (`Any` when it is a bare attribute). `evaluate` never
 * throws: an event that is not an object, or an attribute getter that throws, gives a `generic` error.
 * `matches` is the filter form (spec §1.2): true exactly when the evaluation yields the Boolean `true` with no error
 * (the verdict of a fail-fast evaluation, reached without recording errors or throwing); it allocates nothing per
 * call (unless called from a user-defined function during another `matches`). Both are plain functions (safe to pass around unbound), and
 * synchronous; the event is never modified.
 */
export interface CompiledCesql {
  readonly ok: true;
  readonly expression: string;
  readonly type: CesqlType | 'Any';
  readonly evaluate: (event: CesqlEvent, options?: CesqlEvaluateOptions) => CesqlResult;
  readonly matches: (event: CesqlEvent) => boolean;
}

/** A compilation that failed: one `parse` error with its position (or `generic` for an internal failure). */
export interface CesqlCompileFailure {
  readonly ok: false;
  readonly errors: readonly CesqlError[];
}

/** What {@link compileCesql} returns. */
export type CesqlCompileResult = CompiledCesql | CesqlCompileFailure;

const NO_ERRORS: readonly CesqlError[] = Object.freeze([]);
/** The context every `matches` call uses, unless one is already running (a user function calling `matches`). */
const MATCH_CTX: EvalContext = { errors: undefined, count: 0, mode: 'count' };
let matching = false;
const NOT_AN_EVENT = cesqlError('generic', 'the event is not an object');

function isEvent(event: unknown): event is CesqlEvent {
  return typeof event === 'object' && event !== null;
}

function unexpected(e: unknown): CesqlError {
  return cesqlError('generic', `evaluation failed: ${e instanceof Error ? e.message : String(e)}`);
}

function compiled(expression: string, fn: Evaluator, type: CesqlType | 'Any'): CompiledCesql {
  const zero = type === 'Any' ? false : zeroValue(type);
  const evaluate = (event: CesqlEvent, options?: CesqlEvaluateOptions): CesqlResult => {
    if (!isEvent(event)) return { value: zero, errors: [NOT_AN_EVENT] };
    const ctx: EvalContext = {
      errors: undefined,
      count: 0,
      mode: options?.failFast === true ? 'failFast' : 'complete',
    };
    try {
      const value = fn(event, ctx);
      return { value: value === MISSING ? zero : value, errors: ctx.errors ?? NO_ERRORS };
    } catch (e) {
      if (e === FAIL_FAST) return { value: zero, errors: ctx.errors ?? NO_ERRORS };
      return {
        value: zero,
        errors: ctx.mode === 'failFast' ? [unexpected(e)] : [...(ctx.errors ?? []), unexpected(e)],
      };
    }
  };
  const matches = (event: CesqlEvent): boolean => {
    if (!isEvent(event)) return false;
    const nested = matching;
    const ctx: EvalContext = nested ? { errors: undefined, count: 0, mode: 'count' } : MATCH_CTX;
    const before = ctx.count;
    matching = true;
    try {
      return fn(event, ctx) === true && ctx.count === before;
    } catch {
      return false;
    } finally {
      matching = nested;
    }
  };
  return { ok: true, expression, type, evaluate, matches };
}

/**
 * Compiles a CESQL v1.0 expression (parse, resolve functions, build closures). Never throws: a syntax error is
 * `{ ok: false, errors: [parse error with position] }`. Calls to unknown functions compile (they evaluate to
 * `false` with a `missingFunction` error, spec §3.5).
 */
export function compileCesql(expression: string, options?: CesqlCompileOptions): CesqlCompileResult {
  try {
    if (typeof expression !== 'string') {
      return { ok: false, errors: [cesqlError('parse', 'the expression is not a string')] };
    }
    const parsed = parseCesql(expression);
    if (!parsed.ok) return { ok: false, errors: [parsed.error] };
    const root = compileNode(parsed.ast, options?.functions ?? BUILTIN_REGISTRY);
    return compiled(expression, root.fn, root.type);
  } catch (e) {
    return {
      ok: false,
      errors: [cesqlError('generic', `compilation failed: ${e instanceof Error ? e.message : String(e)}`)],
    };
  }
}

/**
 * Parses, compiles and evaluates `expression` against `event` (a CloudEvent in the JSON event format, extensions
 * as top-level keys) in complete-evaluation mode unless `options.failFast`. Synchronous; never throws. A parse
 * error gives `{ value: false, errors: [{ type: 'parse', … }] }`. It parses on every call: use
 * {@link compileCesql} to evaluate one expression many times.
 */
export function evaluateCesql(
  expression: string,
  event: CesqlEvent,
  options?: CesqlCompileOptions & CesqlEvaluateOptions,
): CesqlResult {
  const result = compileCesql(expression, options);
  if (!result.ok) return { value: false, errors: result.errors };
  return result.evaluate(event, options);
}
