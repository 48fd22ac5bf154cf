/**
 * The built-in functions: string manipulation and ABS (spec §3.5.1–3.5.2), and the casting functions INT, BOOL and
 * STRING that the TCK uses, with IS_INT and IS_BOOL from the pre-1.0 drafts (ADR 0006). Strings are handled as
 * sequences of Unicode code points ("characters", spec §3.1): LENGTH('😀') is 1.
 */
import type { CesqlValue } from './ast.js';
import { castTo, type CesqlCastOutcome, type CesqlType } from './casts.js';
import type { CesqlFunction, CesqlFunctionFailure } from './functions.js';

/** A built-in's failure, naming the error kind it raises (user-defined functions always raise `functionEvaluation`). */
export interface BuiltinFailure extends CesqlFunctionFailure {
  readonly value: CesqlValue;
  readonly kind: 'functionEvaluation' | 'math' | 'cast';
}

const SURROGATE = /[\uD800-\uDFFF]/;
const EDGE_SPACE = /^\p{White_Space}+|\p{White_Space}+$/gu;

/** The code points of a string, or the string itself when it has no surrogates (then code units are characters). */
function characters(s: string): string | readonly string[] {
  return SURROGATE.test(s) ? Array.from(s) : s;
}

function slice(s: string, chars: string | readonly string[], from: number, to: number): string {
  return typeof chars === 'string' ? s.slice(from, to) : chars.slice(from, to).join('');
}

function fail(value: CesqlValue, error: string, kind: BuiltinFailure['kind'] = 'functionEvaluation'): BuiltinFailure {
  return { value, error, kind };
}

function str(args: readonly CesqlValue[], i: number): string {
  return args[i] as string;
}

function int(args: readonly CesqlValue[], i: number): number {
  return args[i] as number;
}

function length(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

function left(args: readonly CesqlValue[]): CesqlValue | BuiltinFailure {
  const s = str(args, 0);
  const n = int(args, 1);
  if (n < 0) return fail(s, `LEFT: the length ${String(n)} is negative`);
  const chars = characters(s);
  return n >= chars.length ? s : slice(s, chars, 0, n);
}

function right(args: readonly CesqlValue[]): CesqlValue | BuiltinFailure {
  const s = str(args, 0);
  const n = int(args, 1);
  if (n < 0) return fail(s, `RIGHT: the length ${String(n)} is negative`);
  const chars = characters(s);
  return n >= chars.length ? s : slice(s, chars, chars.length - n, chars.length);
}

function substring(args: readonly CesqlValue[]): CesqlValue | BuiltinFailure {
  const s = str(args, 0);
  const pos = int(args, 1);
  const len = args.length > 2 ? int(args, 2) : undefined;
  const chars = characters(s);
  const n = chars.length;
  if (pos > n || pos < -n)
    return fail('', `SUBSTRING: the position ${String(pos)} is outside a string of ${String(n)}`);
  if (len !== undefined && len < 0) return fail('', `SUBSTRING: the length ${String(len)} is negative`);
  if (pos === 0) return '';
  const from = pos > 0 ? pos - 1 : n + pos;
  const to = len === undefined ? n : Math.min(n, from + len);
  return slice(s, chars, from, to);
}

function abs(args: readonly CesqlValue[]): CesqlValue | BuiltinFailure {
  const x = int(args, 0);
  if (x === -2147483648) return fail(2147483647, 'ABS(-2147483648) overflows a 32-bit integer', 'math');
  return x < 0 ? -x : x;
}

function explicitCast(target: CesqlType, name: string) {
  return (args: readonly CesqlValue[]): CesqlValue | BuiltinFailure => {
    const out: CesqlCastOutcome = castTo(args[0] ?? '', target, 'explicit');
    return out.error === undefined ? out.value : fail(out.value, `${name}: ${out.error}`, 'cast');
  };
}

function castable(target: CesqlType) {
  return (args: readonly CesqlValue[]): CesqlValue => castTo(args[0] ?? '', target, 'explicit').error === undefined;
}

/** Every built-in definition, in registration order. */
export const BUILTIN_FUNCTIONS: readonly CesqlFunction[] = [
  { name: 'LENGTH', parameters: ['String'], returns: 'Integer', call: (a) => length(str(a, 0)) },
  { name: 'CONCAT', parameters: [], variadic: 'String', returns: 'String', call: (a) => a.join('') },
  {
    name: 'CONCAT_WS',
    parameters: ['String'],
    variadic: 'String',
    returns: 'String',
    call: (a) => a.slice(1).join(str(a, 0)),
  },
  { name: 'LOWER', parameters: ['String'], returns: 'String', call: (a) => str(a, 0).toLowerCase() },
  { name: 'UPPER', parameters: ['String'], returns: 'String', call: (a) => str(a, 0).toUpperCase() },
  { name: 'TRIM', parameters: ['String'], returns: 'String', call: (a) => str(a, 0).replace(EDGE_SPACE, '') },
  { name: 'LEFT', parameters: ['String', 'Integer'], returns: 'String', call: left },
  { name: 'RIGHT', parameters: ['String', 'Integer'], returns: 'String', call: right },
  { name: 'SUBSTRING', parameters: ['String', 'Integer'], returns: 'String', call: substring },
  { name: 'SUBSTRING', parameters: ['String', 'Integer', 'Integer'], returns: 'String', call: substring },
  { name: 'ABS', parameters: ['Integer'], returns: 'Integer', call: abs },
  { name: 'INT', parameters: ['Any'], returns: 'Integer', call: explicitCast('Integer', 'INT') },
  { name: 'BOOL', parameters: ['Any'], returns: 'Boolean', call: explicitCast('Boolean', 'BOOL') },
  { name: 'STRING', parameters: ['Any'], returns: 'String', call: explicitCast('String', 'STRING') },
  { name: 'IS_INT', parameters: ['Any'], returns: 'Boolean', call: castable('Integer') },
  { name: 'IS_BOOL', parameters: ['Any'], returns: 'Boolean', call: castable('Boolean') },
];
