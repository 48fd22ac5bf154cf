/**
 * Compilation of function calls (spec §3.5). The overload is chosen by name and arity when the expression is
 * compiled; arguments are cast to the parameter types (spec §3.7). A call no overload matches evaluates to `false`
 * with a `missingFunction` error, without evaluating its arguments. If an argument raised an error (a missing
 * attribute, …) the call returns the zero value of its return type without calling the function; a failed cast of
 * an argument value is the call's own `cast` error and the cast's fallback value is passed.
 */
import type { CesqlValue } from './ast.js';
import { operandValue } from './attributes.js';
import type { BuiltinFailure } from './builtins.js';
import { isInt32, typeOf, zeroValue, type CesqlType } from './casts.js';
import { cesqlError, type CesqlPosition } from './errors.js';
import type { CesqlFunction, CesqlFunctionRegistry } from './functions.js';
import { cast, raise, type Compiled, type EvalContext, type Missing } from './runtime.js';

function parameterType(definition: CesqlFunction, index: number): CesqlFunction['variadic'] {
  return index < definition.parameters.length ? definition.parameters[index] : definition.variadic;
}

function conforms(value: unknown, type: CesqlType): value is CesqlValue {
  if (type === 'Integer') return typeof value === 'number' && isInt32(value);
  return typeof value === (type === 'Boolean' ? 'boolean' : 'string');
}

type Invoke = (args: readonly CesqlValue[], ctx: EvalContext) => CesqlValue;

function builtinInvoker(definition: CesqlFunction, pos: CesqlPosition): Invoke {
  const call = definition.call;
  return (args, ctx) => {
    const r = call(args);
    if (typeof r !== 'object') return r;
    const failure = r as BuiltinFailure;
    raise(ctx, cesqlError(failure.kind, failure.error, pos));
    return failure.value;
  };
}

function userInvoker(definition: CesqlFunction, pos: CesqlPosition): Invoke {
  const { name, returns } = definition;
  const zero = zeroValue(returns);
  const failed = (ctx: EvalContext, why: string): void => {
    raise(ctx, cesqlError('functionEvaluation', `${name}: ${why}`, pos));
  };
  return (args, ctx) => {
    let r: unknown;
    try {
      r = definition.call(args.slice());
    } catch (e) {
      failed(ctx, e instanceof Error ? e.message : String(e));
      return zero;
    }
    if (conforms(r, returns)) return r === 0 ? 0 : r;
    if (typeof r === 'object' && r !== null && 'error' in r) {
      const { error, value } = r as { error: unknown; value?: unknown };
      failed(ctx, String(error));
      return conforms(value, returns) ? value : zero;
    }
    const shown = typeof r === 'string' || typeof r === 'number' || typeof r === 'boolean' ? typeOf(r) : typeof r;
    failed(ctx, `returned ${shown} instead of ${returns}`);
    return zero;
  };
}

function missingFunction(name: string, arity: number, pos: CesqlPosition): Compiled {
  const error = cesqlError('missingFunction', `no function ${name} takes ${String(arity)} argument(s)`, pos);
  return {
    type: 'Boolean',
    fn: (_e, ctx) => {
      raise(ctx, error);
      return false;
    },
  };
}

/** Compiles `name(args…)`; `argPositions[i]` is where argument i starts (for its cast errors). */
export function compileCall(
  name: string,
  args: readonly Compiled[],
  argPositions: readonly CesqlPosition[],
  registry: CesqlFunctionRegistry,
  pos: CesqlPosition,
): Compiled {
  const resolved = registry.resolve(name, args.length);
  if (resolved === undefined) return missingFunction(name, args.length, pos);
  const { definition, builtin } = resolved;
  const casts = args.map((_a, i) => {
    const type = parameterType(definition, i) ?? 'Any';
    const at = argPositions[i] ?? pos;
    return (v: CesqlValue | Missing, ctx: EvalContext): CesqlValue =>
      type === 'Any' ? (v as CesqlValue) : cast(v, type, ctx, at);
  });
  const invoke = builtin ? builtinInvoker(definition, pos) : userInvoker(definition, pos);
  const zero = zeroValue(definition.returns);
  const type = definition.returns;
  const [x0, x1] = args;
  const [c0, c1] = casts;
  if (x0 !== undefined && x1 === undefined && c0 !== undefined) {
    const { attribute: a0, fn: f0 } = x0;
    const buf: CesqlValue[] = [''];
    return {
      type,
      fn: (e, ctx) => {
        const n = ctx.count;
        const a = operandValue(a0, f0, e, ctx);
        if (ctx.count !== n) return zero;
        buf[0] = c0(a, ctx);
        return invoke(buf, ctx);
      },
    };
  }
  if (args.length === 2 && x0 !== undefined && x1 !== undefined && c0 !== undefined && c1 !== undefined) {
    const { attribute: a0, fn: f0 } = x0;
    const { attribute: a1, fn: f1 } = x1;
    const buf: CesqlValue[] = ['', ''];
    return {
      type,
      fn: (e, ctx) => {
        const n = ctx.count;
        const a = operandValue(a0, f0, e, ctx);
        const b = operandValue(a1, f1, e, ctx);
        if (ctx.count !== n) return zero;
        buf[0] = c0(a, ctx);
        buf[1] = c1(b, ctx);
        return invoke(buf, ctx);
      },
    };
  }
  return {
    type,
    fn: (e, ctx) => {
      const n = ctx.count;
      const values = args.map((x) => operandValue(x.attribute, x.fn, e, ctx));
      if (ctx.count !== n) return zero;
      return invoke(
        values.map((v, i) => (casts[i] ?? ((x: CesqlValue | Missing) => x as CesqlValue))(v, ctx)),
        ctx,
      );
    },
  };
}
