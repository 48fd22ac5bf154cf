/**
 * The `IN` operator (spec §3.4.5): `x IN (y1, …, yn)` is true when `x = yi` for some i, where each `yi` is cast to
 * the type of `x` (not the other way round, as `=` would). Every element is evaluated (no short-circuit), so the
 * errors of an expression do not depend on where a match is. If `x` or an element raised an error (a missing
 * attribute, …) the result is `false` (also for `NOT IN`). A set of literals is cast once, at compile time, into one lookup per type of `x`.
 */
import type { CesqlValue } from './ast.js';
import { castToBoolean, castToInteger, castToString } from './casts.js';
import { cesqlError, type CesqlError, type CesqlPosition } from './errors.js';
import { operandValue } from './attributes.js';
import { bool, int, raise, str, type Compiled, type EvalContext, type Missing } from './runtime.js';

interface Lookup<T> {
  readonly values: ReadonlySet<T>;
  readonly errors: readonly CesqlError[];
}

function lookup<T extends CesqlValue>(
  constants: readonly CesqlValue[],
  cast: (v: CesqlValue) => { readonly value: CesqlValue; readonly error?: string },
  pos: CesqlPosition,
): Lookup<T> {
  const values = new Set<T>();
  const errors: CesqlError[] = [];
  for (const c of constants) {
    const out = cast(c);
    if (out.error !== undefined) errors.push(cesqlError('cast', out.error, pos));
    values.add(out.value as T);
  }
  return { values, errors };
}

function report(ctx: EvalContext, errors: readonly CesqlError[]): void {
  for (const error of errors) raise(ctx, error);
}

function constantSet(operand: Compiled, constants: readonly CesqlValue[], negated: boolean, pos: CesqlPosition) {
  const strings = lookup<string>(constants, (v) => ({ value: castToString(v) }), pos);
  const integers = lookup<number>(constants, castToInteger, pos);
  const booleans = lookup<boolean>(constants, (v) => castToBoolean(v, 'implicit'), pos);
  const { attribute: a, fn: f } = operand;
  return (e: Parameters<Compiled['fn']>[0], ctx: EvalContext): boolean => {
    const n = ctx.count;
    const x = operandValue(a, f, e, ctx);
    if (ctx.count !== n) return false;
    if (typeof x === 'string') return strings.values.has(x) !== negated;
    const table = typeof x === 'number' ? integers : booleans;
    if (table.errors.length > 0) report(ctx, table.errors);
    return (table.values as ReadonlySet<CesqlValue | Missing>).has(x) !== negated;
  };
}

function castElement(x: CesqlValue, y: CesqlValue | Missing, ctx: EvalContext, pos: CesqlPosition): CesqlValue {
  if (typeof x === 'string') return str(y);
  return typeof x === 'number' ? int(y, ctx, pos) : bool(y, ctx, pos);
}

/** Compiles `operand [NOT] IN (set…)`. */
export function compileIn(operand: Compiled, set: readonly Compiled[], negated: boolean, pos: CesqlPosition): Compiled {
  const constants = set.map((c) => c.constant);
  if (constants.every((c) => c !== undefined)) {
    return { type: 'Boolean', fn: constantSet(operand, constants, negated, pos) };
  }
  const { attribute: a, fn: f } = operand;
  return {
    type: 'Boolean',
    fn: (e, ctx) => {
      const n = ctx.count;
      const x = operandValue(a, f, e, ctx);
      const ys = set.map((c) => operandValue(c.attribute, c.fn, e, ctx));
      if (ctx.count !== n || typeof x === 'symbol') return false;
      let found = false;
      for (const y of ys) if (castElement(x, y, ctx, pos) === x) found = true;
      return found !== negated;
    },
  };
}
