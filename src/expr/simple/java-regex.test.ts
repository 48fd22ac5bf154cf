import { describe, expect, it } from 'vitest';

import { compileJavaRegex, javaSplit, regexCache } from './java-regex.js';

function regex(pattern: string, whole = true): RegExp {
  const compiled = compileJavaRegex(pattern, whole);
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.regex;
}

describe('compileJavaRegex', () => {
  it('anchors a whole match', () => {
    expect(regex('a.c').test('abc')).toBe(true);
    expect(regex('a.c').test('xabcx')).toBe(false);
    expect(regex('a|b').test('b')).toBe(true);
    expect(regex('a.c', false).test('xabcx')).toBe(true);
  });

  it('turns inline flags into JS flags', () => {
    expect(regex('(?i)abc').test('ABC')).toBe(true);
    expect(regex('(?s)a.b').test('a\nb')).toBe(true);
    expect(regex('(?im)^b$', false).test('a\nB')).toBe(true);
  });

  it('maps \\A, \\z and possessive quantifiers', () => {
    expect(regex('\\Aab\\z', false).test('ab')).toBe(true);
    expect(regex('a++b').test('aab')).toBe(true);
    expect(regex('\\++').test('++')).toBe(true);
  });

  it('reports invalid patterns', () => {
    const compiled = compileJavaRegex('[a-', true);
    expect(compiled.ok).toBe(false);
  });
});

describe('regexCache', () => {
  it('compiles each distinct pattern once', () => {
    const cache = regexCache(true);
    const first = cache('a+');
    expect(cache('a+')).toBe(first);
    expect(cache('b+')).not.toBe(first);
  });
});

describe('javaSplit', () => {
  it('drops trailing empty strings like String.split', () => {
    expect(javaSplit('a,b,,', /,/)).toEqual(['a', 'b']);
    expect(javaSplit(',a', /,/)).toEqual(['', 'a']);
    expect(javaSplit('', /,/)).toEqual([]);
  });
});
