/**
 * Camel's type-coercing equality and ordering (`ObjectHelper.typeCoerceEquals` / `typeCoerceCompare`), on the JS ↔
 * Java value table of `convert.ts`. JS has one number type, so a numeric string compares numerically with any
 * number (Java would refuse `"1.0" == 1`; we answer true).
 */
import { isDecimalText, isIntegerText, parseDecimalText, renderText } from '../convert.js';
import { isCollection, isMap, mapEntries } from '../values.js';

function sameText(a: string, b: string, ignoreCase: boolean): boolean {
  return ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.getTime();
  return undefined;
}

/** `Boolean.valueOf(text)`: true only for `true` in any case. */
function javaBoolean(text: string): boolean {
  return text.trim().toLowerCase() === 'true';
}

function stringsEqual(a: string, b: string, ignoreCase: boolean): boolean {
  if (isIntegerText(a) && isIntegerText(b)) return BigInt(a) === BigInt(b);
  return sameText(a, b, ignoreCase);
}

function stringEqualsOther(text: string, other: unknown, ignoreCase: boolean): boolean {
  const num = numberOf(other);
  if (num !== undefined && typeof other !== 'object') {
    const trimmed = text.trim();
    if (isDecimalText(trimmed)) return parseDecimalText(trimmed) === num;
  }
  if (typeof other === 'boolean') return javaBoolean(text) === other;
  return sameText(text, renderText(other), ignoreCase);
}

function collectionsEqual(a: unknown, b: unknown, ignoreCase: boolean): boolean {
  if (!isCollection(a) || !isCollection(b)) return false;
  const left = [...a];
  const right = [...b];
  return left.length === right.length && left.every((v, i) => coerceEquals(v, right[i], ignoreCase));
}

function mapsEqual(a: unknown, b: unknown, ignoreCase: boolean): boolean {
  if (!isMap(a) || !isMap(b)) return false;
  const left = mapEntries(a);
  const right = new Map(mapEntries(b).map(([k, v]) => [renderText(k), v]));
  return (
    left.length === right.size &&
    left.every(([k, v]) => right.has(renderText(k)) && coerceEquals(v, right.get(renderText(k)), ignoreCase))
  );
}

function objectsEqual(a: object, b: object, ignoreCase: boolean): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return bytesEqual(a, b);
  if (a instanceof Date || b instanceof Date) return numberOf(a) === numberOf(b);
  if (isCollection(a) || isCollection(b)) return collectionsEqual(a, b, ignoreCase);
  if (isMap(a) || isMap(b)) return mapsEqual(a, b, ignoreCase);
  return false;
}

/**
 * Type-coercing equality (`==`; `=~` with `ignoreCase`): both null are equal, one null is not; two integer-looking
 * strings compare as integers (`'0001' == '001'`); a numeric string and a number compare as numbers; a string and a
 * boolean compare by `Boolean.valueOf`; numbers compare numerically; `byte[]`, lists and maps compare by content;
 * other mixed pairs compare by their text.
 */
export function coerceEquals(left: unknown, right: unknown, ignoreCase = false): boolean {
  const l = left ?? null;
  const r = right ?? null;
  if (l === null || r === null) return l === r;
  if (typeof l === 'string' && typeof r === 'string') return stringsEqual(l, r, ignoreCase);
  if (typeof l === 'string') return stringEqualsOther(l, r, ignoreCase);
  if (typeof r === 'string') return stringEqualsOther(r, l, ignoreCase);
  const ln = numberOf(l);
  const rn = numberOf(r);
  if (ln !== undefined && rn !== undefined) return ln === rn;
  if (typeof l === 'object' && typeof r === 'object') return l === r || objectsEqual(l, r, ignoreCase);
  return l === r;
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

function decimalOf(value: unknown): number | undefined {
  const num = numberOf(value);
  if (num !== undefined) return num;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return isDecimalText(text) ? parseDecimalText(text) : undefined;
}

function compareStrings(a: string, b: string): number {
  if (isIntegerText(a) && isIntegerText(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Type-coercing ordering for `<`, `<=`, `>`, `>=` and `range`, on non-null values: integer strings compare as
 * integers, numbers and numeric strings numerically, a boolean with a string by `Boolean.valueOf`, booleans
 * `false < true`, strings by UTF-16 code units, other values by their text when both render to text of the same
 * kind. Returns a negative, zero or positive number, or `undefined` when the two cannot be ordered.
 */
export function coerceCompare(left: unknown, right: unknown): number | undefined {
  if (typeof left === 'string' && typeof right === 'string') {
    if (!(isIntegerText(left) && isIntegerText(right))) {
      const ld = decimalOf(left);
      const rd = decimalOf(right);
      if (ld !== undefined && rd !== undefined) return sign(ld - rd);
    }
    return compareStrings(left, right);
  }
  const ld = decimalOf(left);
  const rd = decimalOf(right);
  if (ld !== undefined && rd !== undefined) return sign(ld - rd);
  if (typeof left === 'boolean' || typeof right === 'boolean') return compareBooleans(left, right);
  if (typeof left === 'string' || typeof right === 'string') return compareStrings(renderText(left), renderText(right));
  return undefined;
}

function compareBooleans(left: unknown, right: unknown): number | undefined {
  const toBool = (v: unknown): boolean | undefined =>
    typeof v === 'boolean' ? v : typeof v === 'string' ? javaBoolean(v) : undefined;
  const l = toBool(left);
  const r = toBool(right);
  if (l === undefined || r === undefined) return undefined;
  return Number(l) - Number(r);
}
