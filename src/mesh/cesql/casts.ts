/**
 * CESQL v1.0 type casts (spec §3.7) and the types they convert between.
 *
 * Integer → String: base 10, no leading zeros, `-` for negatives. Integer → Boolean: `0` is false, anything else
 * true, but only in an explicit cast (`BOOL(x)`); as an implicit cast (an Integer where an operator wants a
 * Boolean, e.g. `NOT 10`) it is a cast error with the value `false`, as the TCK requires (ADR 0005).
 * String → Integer: an optional `+`/`-` and decimal digits, nothing else (no spaces), within the signed 32-bit
 * range; otherwise a cast error and `0`. String → Boolean: `true`/`false` in any case; otherwise a cast error and
 * `false`. Boolean → Integer: 1/0. Boolean → String: `"true"`/`"false"`.
 */
import type { CesqlValue } from './ast.js';

/** A CESQL primitive type (spec §3.1). */
export type CesqlType = 'Boolean' | 'Integer' | 'String';

/** Whether a cast was written by the user (`INT`, `BOOL`, `STRING`) or inserted by an operator or function call. */
export type CesqlCastMode = 'implicit' | 'explicit';

/** The outcome of a cast: the value (the target's zero value on failure) and, on failure, why. */
export interface CesqlCastOutcome {
  readonly value: CesqlValue;
  readonly error?: string;
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** The CESQL type of a value: booleans are Boolean, numbers Integer, strings String. */
export function typeOf(value: CesqlValue): CesqlType {
  return typeof value === 'boolean' ? 'Boolean' : typeof value === 'number' ? 'Integer' : 'String';
}

/** The zero value of a type (spec §3.1): `false`, `0`, `""`. */
export function zeroValue(type: CesqlType): CesqlValue {
  return type === 'Boolean' ? false : type === 'Integer' ? 0 : '';
}

/** Whether a number is a signed 32-bit integer (negative zero counts as 0). */
export function isInt32(n: number): boolean {
  return Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX;
}

/** String → Integer: the value, or `undefined` when the text is not an optionally signed 32-bit decimal integer. */
export function parseInteger(text: string): number | undefined {
  const length = text.length;
  if (length === 0) return undefined;
  let i = 0;
  const first = text.charCodeAt(0);
  if (first === 43 || first === 45) i = 1;
  if (i === length) return undefined;
  let value = 0;
  for (; i < length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    value = value * 10 + d;
    if (value > INT32_MAX + 1) return undefined;
  }
  if (first === 45) return value === 0 ? 0 : -value;
  return value > INT32_MAX ? undefined : value;
}

/** String → Boolean: `true`/`false` for those words in any case, else `undefined`. */
export function parseBoolean(text: string): boolean | undefined {
  if (text.length === 4 && text.toLowerCase() === 'true') return true;
  if (text.length === 5 && text.toLowerCase() === 'false') return false;
  return undefined;
}

/** Any value → String (never fails). */
export function castToString(value: CesqlValue): string {
  return typeof value === 'string' ? value : String(value);
}

/** A short, quoted rendering of a value for error messages. */
export function showValue(value: CesqlValue): string {
  if (typeof value !== 'string') return `${typeOf(value)} ${String(value)}`;
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `String ${JSON.stringify(shown)}`;
}

function failed(value: CesqlValue, target: CesqlType, zero: CesqlValue, hint = ''): CesqlCastOutcome {
  return { value: zero, error: `cannot cast ${showValue(value)} to ${target}${hint}` };
}

/** Any value → Integer; on failure the value is `0`. */
export function castToInteger(value: CesqlValue): CesqlCastOutcome {
  if (typeof value === 'number') return { value };
  if (typeof value === 'boolean') return { value: value ? 1 : 0 };
  const parsed = parseInteger(value);
  return parsed === undefined ? failed(value, 'Integer', 0) : { value: parsed };
}

/** Any value → Boolean; an Integer converts only in `explicit` mode (ADR 0005); on failure the value is `false`. */
export function castToBoolean(value: CesqlValue, mode: CesqlCastMode): CesqlCastOutcome {
  if (typeof value === 'boolean') return { value };
  if (typeof value === 'number') {
    if (mode === 'explicit') return { value: value !== 0 };
    return failed(value, 'Boolean', false, ' implicitly (BOOL() converts an Integer explicitly)');
  }
  const parsed = parseBoolean(value);
  return parsed === undefined ? failed(value, 'Boolean', false) : { value: parsed };
}

/** Any value → the target type. */
export function castTo(value: CesqlValue, target: CesqlType, mode: CesqlCastMode): CesqlCastOutcome {
  if (target === 'String') return { value: castToString(value) };
  return target === 'Integer' ? castToInteger(value) : castToBoolean(value, mode);
}
