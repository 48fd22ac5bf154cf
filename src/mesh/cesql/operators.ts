/**
 * Compilation of the unary and binary operators (spec §3.4.1–3.4.2) with their implicit casts (spec §3.7).
 *
 * Integers are signed 32-bit: `/` truncates toward zero and `%` takes the sign of the dividend; a zero divisor
 * gives `0` and a `math` error. A result outside the 32-bit range (`+ - * /`, unary `-`) saturates at the nearest
 * bound with a `math` error, as `ABS(-2147483648)` does in the spec (ADR 0007).
 *
 * An operand whose evaluation raised an error (a missing attribute, a division by zero, …) makes the operator
 * return its zero value without computing (so `missing / 0` raises no `math` error, and `1 != 1 / 0` is `false`);
 * a failed implicit cast of an operand value is the operator's own error and the cast's fallback value is used
 * (so `NOT 10` is `true`, with a `cast` error).
 */
import type { CesqlBinaryOperator, CesqlValue } from './ast.js';
import { operandValue } from './attributes.js';
import { cesqlError, type CesqlError, type CesqlPosition } from './errors.js';
import { bool, int, MISSING, raise, type Compiled, type EvalContext, type Missing } from './runtime.js';

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

function checked(n: number, ctx: EvalContext, overflow: CesqlError): number {
  if (n > INT32_MAX) {
    raise(ctx, overflow);
    return INT32_MAX;
  }
  if (n < INT32_MIN) {
    raise(ctx, overflow);
    return INT32_MIN;
  }
  return n;
}

const ARITHMETIC = { '+': 0, '-': 1, '*': 2, '/': 3, '%': 4 } as const;

function arithmetic(op: keyof typeof ARITHMETIC, l: Compiled, r: Compiled, pos: CesqlPosition): Compiled {
  const { attribute: la, fn: lf } = l;
  const { attribute: ra, fn: rf } = r;
  const code = ARITHMETIC[op];
  const overflow = cesqlError('math', `the result of '${op}' overflows a 32-bit integer`, pos);
  const byZero = cesqlError('math', op === '/' ? 'division by zero' : 'modulo by zero', pos);
  return {
    type: 'Integer',
    fn: (e, ctx) => {
      const n = ctx.count;
      const av = operandValue(la, lf, e, ctx);
      const bv = operandValue(ra, rf, e, ctx);
      if (ctx.count !== n) return 0;
      const a = int(av, ctx, pos);
      const b = int(bv, ctx, pos);
      if (code < 3) return checked(code === 0 ? a + b : code === 1 ? a - b : a * b, ctx, overflow) || 0;
      if (b === 0) {
        raise(ctx, byZero);
        return 0;
      }
      if (code === 4) return a % b || 0;
      const q = a / b;
      return q > INT32_MAX ? checked(q, ctx, overflow) : q | 0;
    },
  };
}

const ORDERING = { '<': 0, '<=': 1, '>': 2, '>=': 3 } as const;

function ordering(op: keyof typeof ORDERING, l: Compiled, r: Compiled, pos: CesqlPosition): Compiled {
  const { attribute: la, fn: lf } = l;
  const { attribute: ra, fn: rf } = r;
  const code = ORDERING[op];
  return {
    type: 'Boolean',
    fn: (e, ctx) => {
      const n = ctx.count;
      const av = operandValue(la, lf, e, ctx);
      const bv = operandValue(ra, rf, e, ctx);
      if (ctx.count !== n) return false;
      const a = int(av, ctx, pos);
      const b = int(bv, ctx, pos);
      return code === 0 ? a < b : code === 1 ? a <= b : code === 2 ? a > b : a >= b;
    },
  };
}

/** `a = b`: `a` is cast to the type of `b` (spec §3.7: ambiguous operators choose by the right operand's type). */
export function equals(
  a: CesqlValue | Missing,
  b: CesqlValue | Missing,
  ctx: EvalContext,
  pos: CesqlPosition,
): boolean {
  if (typeof a === typeof b) return a === b;
  if (typeof b === 'string') return typeof a === 'string' ? a === b : a !== MISSING && String(a) === b;
  if (typeof b === 'number') return int(a, ctx, pos) === b;
  return b !== MISSING && bool(a, ctx, pos) === b;
}

function equality(negate: boolean, l: Compiled, r: Compiled, pos: CesqlPosition): Compiled {
  const { attribute: la, fn: lf } = l;
  const { attribute: ra, fn: rf, constant: k } = r;
  if (typeof k === 'string') {
    return {
      type: 'Boolean',
      fn: (e, ctx) => {
        const n = ctx.count;
        const a = operandValue(la, lf, e, ctx);
        if (ctx.count !== n) return false;
        return (typeof a === 'string' ? a === k : String(a) === k) !== negate;
      },
    };
  }
  return {
    type: 'Boolean',
    fn: (e, ctx) => {
      const n = ctx.count;
      const a = operandValue(la, lf, e, ctx);
      const b = k ?? operandValue(ra, rf, e, ctx);
      if (ctx.count !== n) return false;
      return equals(a, b, ctx, pos) !== negate;
    },
  };
}

function xor(l: Compiled, r: Compiled, pos: CesqlPosition): Compiled {
  const { attribute: la, fn: lf } = l;
  const { attribute: ra, fn: rf } = r;
  return {
    type: 'Boolean',
    fn: (e, ctx) => {
      const n = ctx.count;
      const a = operandValue(la, lf, e, ctx);
      const b = operandValue(ra, rf, e, ctx);
      if (ctx.count !== n) return false;
      return bool(a, ctx, pos) !== bool(b, ctx, pos);
    },
  };
}

/** Compiles `left op right`. */
export function compileBinary(op: CesqlBinaryOperator, l: Compiled, r: Compiled, pos: CesqlPosition): Compiled {
  switch (op) {
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      return arithmetic(op, l, r, pos);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return ordering(op, l, r, pos);
    case '=':
      return equality(false, l, r, pos);
    case '!=':
    case '<>':
      return equality(true, l, r, pos);
    case 'XOR':
      return xor(l, r, pos);
  }
}

/** Compiles `NOT x` (x cast to Boolean) or `-x` (x cast to Integer; `-(-2147483648)` saturates with a `math` error). */
export function compileUnary(op: 'NOT' | '-', operand: Compiled, pos: CesqlPosition): Compiled {
  const { attribute: a, fn: f } = operand;
  if (op === 'NOT') {
    return {
      type: 'Boolean',
      fn: (e, ctx) => {
        const n = ctx.count;
        const v = operandValue(a, f, e, ctx);
        return ctx.count === n && !bool(v, ctx, pos);
      },
    };
  }
  const overflow = cesqlError('math', `the result of unary '-' overflows a 32-bit integer`, pos);
  return {
    type: 'Integer',
    fn: (e, ctx) => {
      const n = ctx.count;
      const v = operandValue(a, f, e, ctx);
      if (ctx.count !== n) return 0;
      const i = int(v, ctx, pos);
      return i === INT32_MIN ? checked(-i, ctx, overflow) : 0 - i;
    },
  };
}
