/**
 * The character sets the convert EIPs' `charset` option names, as Java's standard charsets: text ↔ bytes with Java's
 * rules (unmappable characters encode as `?`, undecodable bytes decode as U+FFFD). Names are matched like
 * `Charset.forName`: case-insensitive, with the usual aliases.
 */

/** A character set: its canonical Java name and its two directions. */
export interface Charset {
  readonly name: string;
  encode(text: string): Uint8Array;
  decode(bytes: Uint8Array): string;
}

const QUESTION = 0x3f;

/** A single-byte charset that maps code points below `limit` to themselves (others encode as `?`, decode as U+FFFD). */
function singleByte(name: string, limit: number): Charset {
  return {
    name,
    encode: (text) => {
      const bytes: number[] = [];
      for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        bytes.push(code < limit ? code : QUESTION);
      }
      return Uint8Array.from(bytes);
    },
    decode: (bytes) => Array.from(bytes, (b) => (b < limit ? String.fromCharCode(b) : '\uFFFD')).join(''),
  };
}

function utf16Encode(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16((i + (bom ? 1 : 0)) * 2, text.charCodeAt(i), littleEndian);
  return out;
}

function utf16Decode(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(view.getUint16(i, littleEndian));
  return bytes.length % 2 === 1 ? `${text}\uFFFD` : text;
}

function utf16(name: string, littleEndian: boolean): Charset {
  return {
    name,
    encode: (text) => utf16Encode(text, littleEndian, false),
    decode: (bytes) => utf16Decode(bytes, littleEndian),
  };
}

const UTF8: Charset = {
  name: 'UTF-8',
  encode: (text) => new TextEncoder().encode(text),
  decode: (bytes) => new TextDecoder('utf-8').decode(bytes),
};

/** Java's `UTF-16`: big-endian with a byte-order mark when encoding; a mark, if any, decides when decoding. */
const UTF16: Charset = {
  name: 'UTF-16',
  encode: (text) => utf16Encode(text, false, true),
  decode: (bytes) => {
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16Decode(bytes.subarray(2), false);
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16Decode(bytes.subarray(2), true);
    return utf16Decode(bytes, false);
  },
};

const CHARSETS: readonly [Charset, readonly string[]][] = [
  [UTF8, ['utf-8', 'utf8', 'unicode-1-1-utf-8']],
  [
    singleByte('ISO-8859-1', 0x100),
    ['iso-8859-1', 'iso8859-1', 'iso8859_1', 'iso_8859_1', 'iso_8859-1', 'latin1', 'l1'],
  ],
  [singleByte('US-ASCII', 0x80), ['us-ascii', 'ascii', 'iso646-us', 'ascii7', 'default']],
  [utf16('UTF-16BE', false), ['utf-16be', 'utf_16be', 'x-utf-16be', 'unicodebigunmarked']],
  [utf16('UTF-16LE', true), ['utf-16le', 'utf_16le', 'x-utf-16le', 'unicodelittleunmarked']],
  [UTF16, ['utf-16', 'utf_16', 'utf16', 'unicode']],
];

/** The charset called `name` (any case, Java aliases), or undefined when Dromedary does not have it. */
export function resolveCharset(name: string): Charset | undefined {
  const wanted = name.trim().toLowerCase();
  return CHARSETS.find(([, aliases]) => aliases.includes(wanted))?.[0];
}

/** The canonical names of the charsets Dromedary has, for messages. */
export const CHARSET_NAMES: readonly string[] = CHARSETS.map(([c]) => c.name);
