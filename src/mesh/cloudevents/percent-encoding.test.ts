import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { CloudEventError } from './errors.js';
import { percentDecode, percentEncode } from './percent-encoding.js';

function decodeError(raw: string): CloudEventError {
  try {
    percentDecode(raw, 'ce-x');
  } catch (e) {
    if (e instanceof CloudEventError) return e;
    throw e;
  }
  throw new Error(`"${raw}" decoded without error`);
}

describe('percentEncode', () => {
  it('encodes the spec example "Euro € 😀" as Euro%20%E2%82%AC%20%F0%9F%98%80', () => {
    expect(percentEncode('Euro € 😀')).toBe('Euro%20%E2%82%AC%20%F0%9F%98%80');
  });

  it('encodes space, double quote and percent, and nothing else of printable ASCII', () => {
    expect(percentEncode('a b"c%d')).toBe('a%20b%22c%25d');
    const printable = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i))
      .filter((c) => c !== '"' && c !== '%')
      .join('');
    expect(percentEncode(printable)).toBe(printable);
  });

  it('encodes control characters, DEL and non-ASCII as UTF-8 bytes with upper-case hex', () => {
    expect(percentEncode('\u0000\t\u007f\u0080\u00e9\u07ff\u0800\uffee')).toBe(
      '%00%09%7F%C2%80%C3%A9%DF%BF%E0%A0%80%EF%BF%AE',
    );
  });

  it('treats a surrogate pair as one character (4 UTF-8 bytes)', () => {
    expect(percentEncode('\u{10FFFF}')).toBe('%F4%8F%BF%BF');
    expect(percentEncode('\u{1F600}')).toBe('%F0%9F%98%80');
  });

  it('returns a string that needs no escape unchanged (same instance)', () => {
    const s = 'com.example.someevent';
    expect(percentEncode(s)).toBe(s);
  });

  it('rejects a lone surrogate with CE_HEADER_ENCODING naming the header', () => {
    expect(() => percentEncode('a\ud800b', 'ce-subject')).toThrow(/ce-subject/);
    expect(() => percentEncode('\udc00', 'ce-subject')).toThrow(CloudEventError);
  });
});

describe('percentDecode', () => {
  it('decodes the spec example', () => {
    expect(percentDecode('Euro%20%E2%82%AC%20%F0%9F%98%80')).toBe('Euro € 😀');
  });

  it('accepts lower-case hex', () => {
    expect(percentDecode('Euro%20%e2%82%ac%20%f0%9f%98%80')).toBe('Euro € 😀');
  });

  it('accepts unnecessary encoding of characters that need none', () => {
    expect(percentDecode('%41%42%43')).toBe('ABC');
  });

  it('performs a single round of decoding (%2541 is "%41", not "A")', () => {
    expect(percentDecode('%2541')).toBe('%41');
    expect(percentDecode('100%25')).toBe('100%');
  });

  it('rejects the overlong encoding %C0%A0 and other invalid UTF-8', () => {
    for (const raw of ['%C0%A0', '%FF', '%E2%82', '%ED%A0%80', '%F4%90%80%80', '%80', 'a%C3']) {
      const err = decodeError(raw);
      expect(err.code).toBe('CE_HEADER_ENCODING');
      expect(err.message).toContain('ce-x');
    }
  });

  it('rejects a % not followed by two hex digits', () => {
    for (const raw of ['%', '50%', '%4', '%G0', '%%41']) expect(decodeError(raw).code).toBe('CE_HEADER_ENCODING');
  });

  it('rejects raw characters outside printable ASCII (a header carries ASCII only)', () => {
    for (const raw of ['caf\u00e9', 'a\u0000b', 'a\nb', '\u20ac'])
      expect(decodeError(raw).code).toBe('CE_HEADER_ENCODING');
  });

  it('unescapes double-quoted strings first, backslash escapes included (older senders)', () => {
    expect(percentDecode('"hello world"')).toBe('hello world');
    expect(percentDecode('"say \\"hi\\""')).toBe('say "hi"');
    expect(percentDecode('"a\\\\b"')).toBe('a\\b');
    expect(percentDecode('"Euro %E2%82%AC"')).toBe('Euro €');
  });

  it('rejects an unterminated quoted string', () => {
    expect(decodeError('"abc').code).toBe('CE_HEADER_ENCODING');
    expect(decodeError('"abc\\').code).toBe('CE_HEADER_ENCODING');
  });

  it('drops optional whitespace around the value, keeps raw inner spaces', () => {
    expect(percentDecode('  a b \t')).toBe('a b');
    expect(percentDecode('%20a%20')).toBe(' a ');
  });

  it('keeps an encoded BOM and an encoded empty value', () => {
    expect(percentDecode('%EF%BB%BFx')).toBe('\ufeffx');
    expect(percentDecode('')).toBe('');
  });
});

describe('percent-encoding properties', () => {
  it('decode(encode(s)) === s for every well-formed string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(percentDecode(percentEncode(s))).toBe(s);
      }),
    );
  });

  it('encoded values hold only printable ASCII other than space and ", and every % starts an escape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const encoded = percentEncode(s);
        expect(encoded).toMatch(/^(?:[!#$&-~]|%[0-9A-F]{2})*$/);
      }),
    );
  });
});
