/**
 * Percent-encoding of `ce-*` HTTP header values (HTTP binding 1.0.2 §3.1.3.2).
 *
 * Encoding: every character of the canonical string that is a space, `"`, `%`, or outside U+0021-U+007E is written
 * as the `%XY` escapes (upper-case hex) of its UTF-8 bytes; a surrogate pair is one character.
 *
 * Decoding: optional whitespace around the value is dropped; the raw value must be printable ASCII (space and tab
 * allowed); double-quoted strings are unescaped first (RFC 7230 §3.2.6, backslash escapes included); then one single
 * round of percent-decoding, accepting lower-case hex and needless escapes, and rejecting a `%` not followed by two
 * hex digits and any byte sequence that is not valid UTF-8 (e.g. the overlong `%C0%A0`).
 */
import { utf8Decode } from './bytes.js';
import { CloudEventError } from './errors.js';

const HEX = '0123456789ABCDEF';

function needsEncoding(c: number): boolean {
  return c <= 0x20 || c >= 0x7f || c === 0x22 || c === 0x25;
}

function escapeByte(b: number): string {
  return `%${HEX[b >> 4] ?? ''}${HEX[b & 15] ?? ''}`;
}

function escapeCodePoint(cp: number): string {
  if (cp < 0x80) return escapeByte(cp);
  if (cp < 0x800) return escapeByte(0xc0 | (cp >> 6)) + escapeByte(0x80 | (cp & 63));
  if (cp < 0x10000) {
    return escapeByte(0xe0 | (cp >> 12)) + escapeByte(0x80 | ((cp >> 6) & 63)) + escapeByte(0x80 | (cp & 63));
  }
  return (
    escapeByte(0xf0 | (cp >> 18)) +
    escapeByte(0x80 | ((cp >> 12) & 63)) +
    escapeByte(0x80 | ((cp >> 6) & 63)) +
    escapeByte(0x80 | (cp & 63))
  );
}

/**
 * Percent-encodes a canonical attribute string for a `ce-*` header. Strings that need no escape are returned as is.
 * @param header the header name, for the error message.
 * @throws CloudEventError `CE_HEADER_ENCODING` when `value` holds a lone surrogate (which has no UTF-8 encoding).
 */
export function percentEncode(value: string, header = 'header'): string {
  let i = 0;
  while (i < value.length && !needsEncoding(value.charCodeAt(i))) i++;
  if (i === value.length) return value;
  let out = value.slice(0, i);
  for (; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!needsEncoding(c)) {
      out += value[i] ?? '';
      continue;
    }
    let cp = c;
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = value.charCodeAt(i + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
        throw new CloudEventError('CE_HEADER_ENCODING', `Header "${header}": value holds a lone surrogate`, header);
      }
      cp = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
      i++;
    }
    out += escapeCodePoint(cp);
  }
  return out;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

function fail(header: string, why: string): never {
  throw new CloudEventError('CE_HEADER_ENCODING', `Header "${header}": ${why}`, header);
}

/** Removes double quotes and backslash escapes of RFC 7230 quoted-strings; text outside quotes is kept. */
function unquote(value: string, header: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] ?? '';
    if (ch === '"') {
      quoted = !quoted;
    } else if (quoted && ch === '\\') {
      if (i + 1 >= value.length) fail(header, 'quoted string ends with a lone backslash');
      out += value[++i] ?? '';
    } else {
      out += ch;
    }
  }
  if (quoted) fail(header, 'unterminated quoted string');
  return out;
}

function trimOws(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && (value.charCodeAt(start) === 0x20 || value.charCodeAt(start) === 0x09)) start++;
  while (end > start && (value.charCodeAt(end - 1) === 0x20 || value.charCodeAt(end - 1) === 0x09)) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

/**
 * Decodes a `ce-*` header value to the attribute's canonical string (see the module documentation for the steps).
 * @param header the header name, for the error message.
 * @throws CloudEventError `CE_HEADER_ENCODING` for non-ASCII or control characters in the raw value, an unterminated
 *   quoted string, a malformed `%` escape, or escapes that decode to invalid UTF-8.
 */
export function percentDecode(raw: string, header = 'header'): string {
  const trimmed = trimOws(raw);
  let hasQuote = false;
  let hasPercent = false;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c > 0x7e) fail(header, 'value holds a character outside printable ASCII');
    if (c === 0x22) hasQuote = true;
    else if (c === 0x25) hasPercent = true;
  }
  const value = hasQuote ? unquote(trimmed, header) : trimmed;
  if (!hasPercent) return value;
  const bytes = new Uint8Array(value.length);
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 0x25) {
      bytes[n++] = c;
      continue;
    }
    const hi = hexValue(value.charCodeAt(i + 1));
    const lo = hexValue(value.charCodeAt(i + 2));
    if (hi < 0 || lo < 0) fail(header, `"%" at position ${String(i)} is not followed by two hex digits`);
    bytes[n++] = hi * 16 + lo;
    i += 2;
  }
  return utf8Decode(bytes.subarray(0, n)) ?? fail(header, 'percent-encoded bytes are not valid UTF-8');
}
