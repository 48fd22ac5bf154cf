/**
 * Reading CloudEvent context attributes and extensions (spec §3.2) from an event in the JSON event format.
 *
 * An attribute is present when reading its key gives a value other than `null`/`undefined` (an object value counts
 * only as an own property, so `Object.prototype` members such as `constructor` are never attributes). JSON
 * strings and booleans are String and Boolean; numbers that are signed 32-bit integers are Integer, other numbers
 * are represented as String (spec §3.2: values that are not CESQL primitives are Strings), as are `Date` (ISO 8601),
 * bytes (base64), `bigint` and other objects (JSON). `data` is not addressable (spec §1): it is always missing.
 */
import type { CesqlValue } from './ast.js';
import { isInt32 } from './casts.js';
import { cesqlError, type CesqlPosition } from './errors.js';
import {
  MISSING,
  raise,
  type AttributeRef,
  type CesqlEvent,
  type Compiled,
  type EvalContext,
  type Evaluator,
  type Missing,
} from './runtime.js';

/** The REQUIRED context attributes of CloudEvents 1.0, which `EXISTS` always finds (spec §3.4.4). */
export const REQUIRED_ATTRIBUTES: ReadonlySet<string> = new Set(['id', 'source', 'specversion', 'type']);

function fromObject(value: object): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (ArrayBuffer.isView(value))
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  if (value instanceof URL) return value.href;
  try {
    return JSON.stringify(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** An attribute value as a CESQL value, or `undefined` when absent (or a function or symbol, which no JSON has). */
export function normalizeAttribute(event: CesqlEvent, name: string, value: unknown): CesqlValue | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return isInt32(value) ? value | 0 : String(value);
    case 'bigint':
      return value >= -2147483648n && value <= 2147483647n ? Number(value) : value.toString();
    case 'object':
      if (value === null || !Object.hasOwn(event, name)) return undefined;
      return fromObject(value);
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
}

/** Whether the event has the attribute (`EXISTS name`). */
export function hasAttribute(event: CesqlEvent, name: string): boolean {
  return name !== 'data' && normalizeAttribute(event, name, event[name]) !== undefined;
}

function readSlow(event: CesqlEvent, attribute: AttributeRef, raw: unknown, ctx: EvalContext): CesqlValue | Missing {
  const value = normalizeAttribute(event, attribute.name, raw);
  if (value !== undefined) return value;
  raise(ctx, attribute.missing);
  return MISSING;
}

/**
 * The value of an operand: the attribute `attribute` read from the event (MISSING plus a `missingAttribute` error
 * when absent), or else the result of `fn`. Operators call this one function for every operand, so the common cases,
 * a string or 32-bit integer attribute, cost one property read.
 */
export function operandValue(
  attribute: AttributeRef | undefined,
  fn: Evaluator,
  event: CesqlEvent,
  ctx: EvalContext,
): CesqlValue | Missing {
  if (attribute === undefined) return fn(event, ctx);
  const raw = event[attribute.name];
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' && (raw | 0) === raw) return raw | 0;
  return readSlow(event, attribute, raw, ctx);
}

/** Compiles an attribute reference: its value, or MISSING plus a `missingAttribute` error. */
export function compileAttribute(name: string, pos: CesqlPosition): Compiled {
  if (name === 'data') {
    const notAddressable = cesqlError('missingAttribute', `'data' is not addressable in CESQL`, pos);
    return {
      type: 'Any',
      fn: (_e, ctx) => {
        raise(ctx, notAddressable);
        return MISSING;
      },
    };
  }
  const attribute: AttributeRef = {
    name,
    missing: cesqlError('missingAttribute', `the event has no attribute '${name}'`, pos),
  };
  const fn: Evaluator = (event, ctx) => operandValue(attribute, fn, event, ctx);
  return { type: 'Any', fn, attribute };
}

/** Compiles `EXISTS name`: always true for the required attributes. */
export function compileExists(name: string): Compiled {
  if (REQUIRED_ATTRIBUTES.has(name)) return { type: 'Boolean', fn: () => true, constant: true };
  return { type: 'Boolean', fn: (event) => hasAttribute(event, name) };
}
