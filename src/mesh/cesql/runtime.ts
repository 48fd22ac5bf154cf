/** Evaluation-time plumbing shared by the compiled closures: the context, the "missing" marker, error raising. */
import type { CesqlValue } from './ast.js';
import { castToBoolean, castToInteger, parseBoolean, parseInteger, type CesqlType } from './casts.js';
import { cesqlError, type CesqlError, type CesqlPosition } from './errors.js';

/** A CloudEvent in the JSON event format: context attributes and extensions as top-level keys. */
export type CesqlEvent = Readonly<Record<string, unknown>>;

/** What an attribute reference yields when the event lacks the attribute. */
export const MISSING: unique symbol = Symbol('cesql.missing');
/** The type of {@link MISSING}. */
export type Missing = typeof MISSING;

/**
 * The state of one evaluation. `count` is the number of errors raised so far: an operator compares it before and
 * after evaluating its operands to learn whether they raised errors, in which case it returns its zero value
 * (spec §3.3: an error leaves no "obvious return value"; the TCK's `true AND (1 != 1 / 0)` is `false`). `errors`
 * is allocated on the first error. `mode`: `complete` records every error; `failFast` stores the first error and
 * throws {@link FAIL_FAST} to unwind to the entry point; `count` only counts (a filter needs to know whether an
 * error arose, not which: since operators return zero values once an operand failed, the verdict is the same as a
 * fail-fast one, without the cost of a throw).
 */
export interface EvalContext {
  errors: CesqlError[] | undefined;
  count: number;
  readonly mode: 'complete' | 'failFast' | 'count';
}

/** Thrown (one shared instance) to stop a fail-fast evaluation at its first error. */
export class FailFastSignal extends Error {}
/** The one {@link FailFastSignal}. */
export const FAIL_FAST = new FailFastSignal('CESQL fail-fast stop');

/** Records an error; in fail-fast mode stops the evaluation. */
export function raise(ctx: EvalContext, error: CesqlError): void {
  ctx.count++;
  if (ctx.mode === 'count') return;
  if (ctx.mode === 'failFast') {
    ctx.errors = [error];
    throw FAIL_FAST;
  }
  (ctx.errors ??= []).push(error);
}

/** A compiled sub-expression: any value, or MISSING when it is an attribute the event lacks. */
export type Evaluator = (event: CesqlEvent, ctx: EvalContext) => CesqlValue | Missing;
/** The static type of a compiled sub-expression: a CESQL type, or `Any` for an attribute (known at run time only). */
export type StaticType = CesqlType | 'Any';

/** An attribute reference as an operand: its name and the error raised when the event lacks it. */
export interface AttributeRef {
  readonly name: string;
  readonly missing: CesqlError;
}

/**
 * A compiled sub-expression with its static type; for literals, their constant value; for attribute references,
 * the attribute (so operators read it through one monomorphic function, `operandValue`, instead of calling `fn`).
 */
export interface Compiled {
  readonly fn: Evaluator;
  readonly type: StaticType;
  readonly constant?: CesqlValue;
  readonly attribute?: AttributeRef;
}

/** Implicit cast to Integer, raising a `cast` error (value 0) on failure. MISSING (never seen here) gives 0. */
export function int(value: CesqlValue | Missing, ctx: EvalContext, pos: CesqlPosition): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === MISSING) return 0;
  const parsed = parseInteger(value);
  if (parsed !== undefined) return parsed;
  raise(ctx, cesqlError('cast', castToInteger(value).error ?? 'cast failed', pos));
  return 0;
}

/** Implicit cast to Boolean, raising a `cast` error (value false) on failure, Integers included (ADR 0005). */
export function bool(value: CesqlValue | Missing, ctx: EvalContext, pos: CesqlPosition): boolean {
  if (typeof value === 'boolean') return value;
  if (value === MISSING) return false;
  const parsed = typeof value === 'string' ? parseBoolean(value) : undefined;
  if (parsed !== undefined) return parsed;
  raise(ctx, cesqlError('cast', castToBoolean(value, 'implicit').error ?? 'cast failed', pos));
  return false;
}

/** Implicit cast to String (never fails). MISSING gives "". */
export function str(value: CesqlValue | Missing): string {
  if (typeof value === 'string') return value;
  return value === MISSING ? '' : String(value);
}

/** Implicit cast to the given type. */
export function cast(value: CesqlValue | Missing, type: CesqlType, ctx: EvalContext, pos: CesqlPosition): CesqlValue {
  if (type === 'Integer') return int(value, ctx, pos);
  return type === 'Boolean' ? bool(value, ctx, pos) : str(value);
}
