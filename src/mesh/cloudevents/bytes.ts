/** Byte helpers shared by the codecs: strict UTF-8, strict base64, Buffer views without copies. */

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8, rejecting invalid sequences (overlong forms, surrogates, truncation). A leading BOM is kept.
 * @returns the text, or `undefined` when `bytes` is not valid UTF-8.
 */
export function utf8Decode(bytes: Uint8Array): string | undefined {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-8 bytes of `text` as a Node Buffer (a `Uint8Array`, accepted by kafkajs, amqplib and rhea). */
export function utf8Encode(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

/** Number of UTF-8 bytes of `text` or length of `bytes`. */
export function byteLength(value: string | Uint8Array): number {
  return typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : value.byteLength;
}

/** A Buffer over the same memory as `bytes` (no copy). */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A plain `Uint8Array` over the same memory as `bytes` (no copy), so decoded data is never a Buffer. */
export function asPlainBytes(bytes: Uint8Array): Uint8Array {
  return bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Base64 (RFC 4648 §4, padded) of `bytes`. */
export function toBase64(bytes: Uint8Array): string {
  return asBuffer(bytes).toString('base64');
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decodes base64 strictly (RFC 4648 §4 alphabet, padding required, no whitespace), unlike `Buffer.from(s,
 * 'base64')`, which skips any character it does not know.
 * @returns the bytes, or `undefined` when `text` is not canonical base64.
 */
export function fromBase64(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  return asPlainBytes(Buffer.from(text, 'base64'));
}
