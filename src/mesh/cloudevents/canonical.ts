/**
 * Canonical string encodings of the CloudEvents type system (spec §"Type System"), used by the binary modes, where
 * every attribute travels as a string: Boolean `true`/`false`, Integer as a JSON integer (`-?(0|[1-9][0-9]*)`),
 * Binary as padded base64, the rest as the string itself.
 */
import { fromBase64, toBase64 } from './bytes.js';
import type { AttributeType, AttributeValue } from './model.js';

const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;

/** The smallest Integer (signed 32-bit). */
export const INTEGER_MIN = -2147483648;
/** The largest Integer (signed 32-bit). */
export const INTEGER_MAX = 2147483647;

/** True when `value` is a number the Integer type allows: whole and within signed 32 bits. */
export function isInteger(value: number): boolean {
  return Number.isInteger(value) && value >= INTEGER_MIN && value <= INTEGER_MAX;
}

/** True when `text` is written as the Integer string encoding allows (no fraction, exponent, `+` or leading 0). */
export function isIntegerLexeme(text: string): boolean {
  return INTEGER.test(text);
}

/**
 * The canonical string of an attribute value.
 * @throws TypeError when `value` is not an `AttributeValue` (callers validate first).
 */
export function toCanonicalString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (value instanceof Uint8Array) return toBase64(value);
  throw new TypeError('not a CloudEvents attribute value');
}

/**
 * The typed value a canonical string stands for, given the attribute's declared type. A string that does not parse
 * as its type is returned unchanged, so that validation reports it with the attribute's name.
 */
export function fromCanonicalString(text: string, type: AttributeType | undefined): AttributeValue {
  switch (type) {
    case 'Boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'Integer': {
      if (!INTEGER.test(text)) return text;
      const n = Number(text);
      return isInteger(n) ? n + 0 : text;
    }
    case 'Binary':
      return fromBase64(text) ?? text;
    case undefined:
    case 'String':
    case 'URI':
    case 'URI-reference':
    case 'Timestamp':
      return text;
  }
}
