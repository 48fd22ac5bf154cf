/**
 * Camel type names and conversions between JS values, used by `bodyAs`, `convertBodyTo`, `resultType` and Simple's
 * type coercion (the `is` operator's class tests, on the same table, are in `instance-of.ts`). The JS ↔ Java table
 * (GUIDE §4):
 *
 * | JS value | Camel class |
 * |---|---|
 * | `string` | `java.lang.String` |
 * | integral `number` in int range | `java.lang.Integer`; beyond it (and `bigint`) `java.lang.Long` |
 * | other `number` | `java.lang.Double` |
 * | `boolean` | `java.lang.Boolean` |
 * | `Uint8Array` | `byte[]` |
 * | array | `java.util.ArrayList` |
 * | `Set` | `java.util.LinkedHashSet` |
 * | plain object, `Map` | `java.util.LinkedHashMap` |
 * | `Date` | `java.util.Date` |
 * | `Error` | `java.lang.Exception` |
 * | `null`/`undefined` | `null` |
 *
 * JS has one number type, so `1.0` is the Integer `1`: it renders as `1`, never `1.0`. Converting to `Long`
 * answers a `bigint`, so a value converted to Long stays a Long (`convertBodyTo: Long` logs `BodyType: Long`).
 */
import { TypeConversionError } from '../api/errors.js';
import { formatJavaDate } from './date-format.js';
import { INT_MAX, INT_MIN, isCollection, isMap, isPlainObject, mapEntries } from './values.js';

/** The types Dromedary converts to, by canonical short name. */
export type CamelType =
  'String' | 'Integer' | 'Long' | 'Double' | 'Float' | 'Boolean' | 'byte[]' | 'Map' | 'List' | 'Object';

const TYPE_NAMES: ReadonlyMap<string, CamelType> = new Map<string, CamelType>([
  ...aliases('String', ['String', 'java.lang.String', 'string']),
  ...aliases('Integer', ['Integer', 'java.lang.Integer', 'int', 'integer']),
  ...aliases('Long', ['Long', 'java.lang.Long', 'long']),
  ...aliases('Double', ['Double', 'java.lang.Double', 'double']),
  ...aliases('Float', ['Float', 'java.lang.Float', 'float']),
  ...aliases('Boolean', ['Boolean', 'java.lang.Boolean', 'boolean']),
  ...aliases('byte[]', ['byte[]', '[B']),
  ...aliases('Map', [
    'Map',
    'java.util.Map',
    'LinkedHashMap',
    'java.util.LinkedHashMap',
    'HashMap',
    'java.util.HashMap',
  ]),
  ...aliases('List', [
    'List',
    'java.util.List',
    'ArrayList',
    'java.util.ArrayList',
    'Collection',
    'java.util.Collection',
  ]),
  ...aliases('Object', ['Object', 'java.lang.Object']),
]);

function aliases(type: CamelType, names: readonly string[]): [string, CamelType][] {
  return names.map((name) => [name, type]);
}

/** The type a Camel class name stands for (`int`, `Integer`, `java.lang.Integer` …), or `undefined` if unknown. */
export function resolveType(name: string): CamelType | undefined {
  return TYPE_NAMES.get(name.trim());
}

/**
 * Marks a JS value that stands for an instance of one particular Java class (Camel's `GroupedExchangeList`, an array
 * that prints as `List<Exchange>(3 elements)`): the property under this key holds the class name, which
 * `camelTypeName` answers, and `renderText` prints the value with its own `toString`, as Java would.
 */
export const JAVA_CLASS: unique symbol = Symbol.for('dromedary.javaClass');

/** The Java class a value is marked with (`JAVA_CLASS`), if any. */
function javaClassOf(value: object): string | undefined {
  const name = (value as { [JAVA_CLASS]?: unknown })[JAVA_CLASS];
  return typeof name === 'string' ? name : undefined;
}

/** Camel's class name for a JS value (table above); `null` for `null`/`undefined`. */
export function camelTypeName(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return 'java.lang.String';
  if (typeof value === 'boolean') return 'java.lang.Boolean';
  if (typeof value === 'bigint') return 'java.lang.Long';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'java.lang.Double';
    return value >= INT_MIN && value <= INT_MAX ? 'java.lang.Integer' : 'java.lang.Long';
  }
  return objectTypeName(value);
}

function objectTypeName(value: unknown): string {
  const marked = typeof value === 'object' && value !== null ? javaClassOf(value) : undefined;
  if (marked !== undefined) return marked;
  if (value instanceof Uint8Array) return 'byte[]';
  if (Array.isArray(value)) return 'java.util.ArrayList';
  if (value instanceof Set) return 'java.util.LinkedHashSet';
  if (value instanceof Date) return 'java.util.Date';
  if (value instanceof Error) return 'java.lang.Exception';
  if (isMap(value)) return 'java.util.LinkedHashMap';
  return 'java.lang.Object';
}

/**
 * Java's `Double.toString` for a JS number: integral values print as integers (`1`), others in plain notation
 * between 10⁻³ and 10⁷ and in Java's scientific notation (`1.0E-4`, `1.23E7`) outside it.
 */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e-3 && abs < 1e7) return String(value);
  const [mantissa = '', exponent = '0'] = value.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${exponent.replace('+', '')}`;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * Camel's `toString` of a value, as logging and string concatenation print it: strings as is; numbers like Java
 * (`formatNumber`); `byte[]` decoded as UTF-8; collections `[a, b]`; maps `{k=v, k2=v2}`; dates like
 * `java.util.Date`; errors `Name: message`; `null` as `null` (inside collections; templates skip null parts).
 */
export function renderText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'object') return renderObject(value);
  if (typeof value === 'bigint' || typeof value === 'boolean' || typeof value === 'symbol') return value.toString();
  return 'function';
}

function renderObject(value: object): string {
  if (javaClassOf(value) !== undefined) return (value as { toString(): string }).toString();
  if (value instanceof Uint8Array) return decoder.decode(value);
  if (isCollection(value)) return `[${[...value].map(renderText).join(', ')}]`;
  if (value instanceof Date) return formatJavaDate(value);
  if (value instanceof Error) return value.message === '' ? value.name : `${value.name}: ${value.message}`;
  if (isMap(value))
    return `{${mapEntries(value)
      .map(([k, v]) => `${renderText(k)}=${renderText(v)}`)
      .join(', ')}}`;
  const toString = (value as { toString?: unknown }).toString;
  if (typeof toString === 'function' && toString !== Object.prototype.toString) {
    return (toString as () => string).call(value);
  }
  return `{${Object.entries(value)
    .map(([k, v]) => `${k}=${renderText(v)}`)
    .join(', ')}}`;
}

/** UTF-8 bytes of a value's text (`byte[]` stays as is). */
export function toBytes(value: unknown): Uint8Array {
  return value instanceof Uint8Array ? value : encoder.encode(renderText(value));
}

const INTEGER_TEXT = /^[+-]?\d+$/;
const DECIMAL_TEXT = /^[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?)$/;

/** Whether a string is Java integer text (`-?digits`, optional `+`). */
export function isIntegerText(text: string): boolean {
  return INTEGER_TEXT.test(text);
}

const DECIMAL_SUFFIX = /[fFdD]$/;

/** The number in Java floating-point text (`1.5`, `2d`); the caller checks `isDecimalText` first. */
export function parseDecimalText(text: string): number {
  return Number(text.replace(DECIMAL_SUFFIX, ''));
}

/** Whether a string is Java floating-point text (`1.5`, `1e3`, `2d`, `NaN`). */
export function isDecimalText(text: string): boolean {
  return DECIMAL_TEXT.test(text);
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (value instanceof Uint8Array) return decoder.decode(value).trim();
  return undefined;
}

/** Java's `intValue()`: integral values wrap to 32 bits, fractions truncate and saturate. */
function toInteger(value: unknown): number | undefined {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 0;
    if (Number.isInteger(value)) return value | 0;
    return Math.min(INT_MAX, Math.max(INT_MIN, Math.trunc(value)));
  }
  if (typeof value === 'bigint') return Number(BigInt.asIntN(32, value));
  const text = textOf(value);
  if (text === undefined || !isIntegerText(text)) return undefined;
  const parsed = Number(text);
  return parsed >= INT_MIN && parsed <= INT_MAX ? parsed : undefined;
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

function clampLong(value: bigint): bigint {
  return value > LONG_MAX ? LONG_MAX : value < LONG_MIN ? LONG_MIN : value;
}

/** A `java.lang.Long` as a `bigint` (exact over 64 bits, and typed as Long by `camelTypeName`). */
function toLong(value: unknown): bigint | undefined {
  if (typeof value === 'bigint') return BigInt.asIntN(64, value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 0n;
    if (!Number.isFinite(value)) return value > 0 ? LONG_MAX : LONG_MIN;
    return clampLong(BigInt(Math.trunc(value)));
  }
  if (value instanceof Date) return BigInt(value.getTime());
  const text = textOf(value);
  if (text === undefined || !isIntegerText(text)) return undefined;
  const parsed = BigInt(text);
  return parsed === clampLong(parsed) ? parsed : undefined;
}

function toDecimal(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  const text = textOf(value);
  if (text === undefined || !isDecimalText(text)) return undefined;
  return parseDecimalText(text);
}

function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = textOf(value)?.toLowerCase();
  return text === 'true' ? true : text === 'false' ? false : undefined;
}

function parseJson(value: unknown): unknown {
  const text = textOf(value);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toMap(value: unknown): unknown {
  if (isMap(value)) return value;
  const parsed = parseJson(value);
  return isPlainObject(parsed) ? parsed : undefined;
}

function toList(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (value instanceof Set) return [...(value as Set<unknown>)];
  const parsed = parseJson(value);
  return Array.isArray(parsed) ? parsed : undefined;
}

const CONVERTERS: Readonly<Record<CamelType, (value: unknown) => unknown>> = {
  String: renderText,
  Integer: toInteger,
  Long: toLong,
  Double: toDecimal,
  Float: (v) => {
    const d = toDecimal(v);
    return d === undefined ? undefined : Math.fround(d);
  },
  Boolean: toBoolean,
  'byte[]': toBytes,
  Map: toMap,
  List: toList,
  Object: (v) => v,
};

/** Converts a non-null value to a type, or `undefined` when Camel's type converter would fail. `null` stays `null`. */
export function tryConvertTo(value: unknown, type: CamelType): unknown {
  if (value === null || value === undefined) return null;
  return CONVERTERS[type](value);
}

/**
 * Converts a value to the named type (`String`, `int`, `java.util.Map` …), as Camel's mandatory type conversion does.
 * `null` converts to `null`. Strings and `byte[]` convert to maps and lists when they hold JSON of that shape.
 * @throws TypeConversionError when the type is unknown or the value cannot be converted.
 */
export function convertTo(value: unknown, typeName: string): unknown {
  const type = resolveType(typeName);
  if (type === undefined) throw new TypeConversionError(`unknown type: ${typeName}`);
  return convertToType(value, type);
}

/** `convertTo` for an already resolved type. @throws TypeConversionError when the value cannot be converted. */
export function convertToType(value: unknown, type: CamelType): unknown {
  const converted = tryConvertTo(value, type);
  if (converted === undefined) {
    throw new TypeConversionError(
      `cannot convert ${camelTypeName(value) ?? 'null'} value ${JSON.stringify(renderText(value).slice(0, 80))} to ${type}`,
    );
  }
  return converted;
}
