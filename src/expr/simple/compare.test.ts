import { describe, expect, it } from 'vitest';

import { coerceCompare, coerceEquals } from './compare.js';

describe('coerceEquals', () => {
  it('treats null as equal only to null', () => {
    expect(coerceEquals(null, null)).toBe(true);
    expect(coerceEquals(undefined, null)).toBe(true);
    expect(coerceEquals(null, '')).toBe(false);
    expect(coerceEquals(0, null)).toBe(false);
  });

  it('compares integer-looking strings as integers, beyond double precision', () => {
    expect(coerceEquals('0001', '001')).toBe(true);
    expect(coerceEquals('-01', '-1')).toBe(true);
    expect(coerceEquals('9007199254740993', '9007199254740992')).toBe(false);
    expect(coerceEquals('1.0', '1')).toBe(false);
  });

  it('compares strings and numbers numerically when the string is numeric', () => {
    expect(coerceEquals('5', 5)).toBe(true);
    expect(coerceEquals(5, ' 5 ')).toBe(true);
    expect(coerceEquals('1.50', 1.5)).toBe(true);
    expect(coerceEquals('abc', 5)).toBe(false);
    expect(coerceEquals(10n, '10')).toBe(true);
  });

  it('reads booleans against strings with Boolean.valueOf', () => {
    expect(coerceEquals('TRUE', true)).toBe(true);
    expect(coerceEquals(false, 'anything')).toBe(true);
    expect(coerceEquals(true, 'anything')).toBe(false);
  });

  it('ignores case only when asked', () => {
    expect(coerceEquals('Abc', 'aBC')).toBe(false);
    expect(coerceEquals('Abc', 'aBC', true)).toBe(true);
  });

  it('compares bytes, dates, lists and maps by content', () => {
    expect(coerceEquals(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(coerceEquals(new Uint8Array([1]), new Uint8Array([2]))).toBe(false);
    expect(coerceEquals(new Date(5), new Date(5))).toBe(true);
    expect(coerceEquals(new Date(5), 5)).toBe(true);
    expect(coerceEquals(['1', 2], [1, '2'])).toBe(true);
    expect(coerceEquals([1], [1, 2])).toBe(false);
    expect(coerceEquals({ a: 1 }, new Map([['a', '1']]))).toBe(true);
    expect(coerceEquals({ a: 1 }, { b: 1 })).toBe(false);
  });

  it('compares other pairs by their text', () => {
    expect(coerceEquals('[a, b]', ['a', 'b'])).toBe(true);
    expect(coerceEquals('{a=1}', { a: 1 })).toBe(true);
  });
});

describe('coerceCompare', () => {
  it('orders numbers and numeric strings numerically', () => {
    expect(coerceCompare(5, 3)).toBe(1);
    expect(coerceCompare('10', '9')).toBe(1);
    expect(coerceCompare('5', 10)).toBe(-1);
    expect(coerceCompare(1.5, '1.25')).toBe(1);
    expect(coerceCompare('1.5', '10')).toBe(-1);
    expect(coerceCompare('2', '2')).toBe(0);
  });

  it('orders text by code units', () => {
    expect(coerceCompare('abc', 'abd')).toBe(-1);
    expect(coerceCompare('b', 'a')).toBe(1);
    expect(coerceCompare('bar', 1)).toBe(1);
  });

  it('orders booleans false before true, also against text', () => {
    expect(coerceCompare(false, true)).toBe(-1);
    expect(coerceCompare(true, 'true')).toBe(0);
  });

  it('orders dates by time', () => {
    expect(coerceCompare(new Date(1), new Date(2))).toBe(-1);
    expect(coerceCompare(new Date(5), 4)).toBe(1);
  });

  it('answers undefined when values cannot be ordered', () => {
    expect(coerceCompare({ a: 1 }, [1])).toBeUndefined();
    expect(coerceCompare(true, 1)).toBeUndefined();
  });
});
