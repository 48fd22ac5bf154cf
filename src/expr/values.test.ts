import { describe, expect, it } from 'vitest';

import { HeaderMap } from '../engine/headers.js';
import { isMap, isMapLike, isPlainObject, iterateValues, mapEntries, mapGet, ownProperty, sizeOf } from './values.js';

describe('value classification', () => {
  it('tells plain objects from class instances', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    expect(isPlainObject(new Date())).toBe(false);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(null)).toBe(false);
  });

  it('sees Maps and headers as maps', () => {
    expect(isMapLike(new Map())).toBe(true);
    expect(isMapLike(new HeaderMap())).toBe(true);
    expect(isMapLike({})).toBe(false);
    expect(isMap({})).toBe(true);
    expect(isMap([])).toBe(false);
  });
});

describe('mapGet', () => {
  it('reads own keys only, null when absent', () => {
    expect(mapGet({ a: 1 }, 'a')).toBe(1);
    expect(mapGet({ a: 1 }, 'b')).toBeNull();
    expect(mapGet({}, 'constructor')).toBeNull();
    expect(mapGet({}, '__proto__')).toBeNull();
    expect(mapGet(new Map([['k', 'v']]), 'k')).toBe('v');
    expect(mapGet(new HeaderMap([['Content-Type', 'x']]), 'content-type')).toBe('x');
  });

  it('never reads the prototype chain', () => {
    expect(ownProperty({}, 'toString')).toBeUndefined();
    expect(ownProperty({ toString: 1 }, 'toString')).toBe(1);
  });
});

describe('mapEntries and sizeOf', () => {
  it('lists entries in insertion order', () => {
    expect(mapEntries({ b: 1, a: 2 })).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    expect(mapEntries(new HeaderMap([['X', 1]]))).toEqual([['X', 1]]);
  });

  it('counts strings, collections, maps and bytes', () => {
    expect(sizeOf('abc')).toBe(3);
    expect(sizeOf([1, 2])).toBe(2);
    expect(sizeOf(new Set([1]))).toBe(1);
    expect(sizeOf({ a: 1, b: 2 })).toBe(2);
    expect(sizeOf(new Uint8Array(4))).toBe(4);
    expect(sizeOf(5)).toBeUndefined();
  });
});

describe('iterateValues', () => {
  it('iterates like ObjectHelper.createIterable', () => {
    expect(iterateValues(null)).toEqual([]);
    expect(iterateValues([1, 2])).toEqual([1, 2]);
    expect(iterateValues(new Set(['a']))).toEqual(['a']);
    expect(iterateValues({ a: 1, b: 2 })).toEqual([1, 2]);
    expect(iterateValues('a,b,,c')).toEqual(['a', 'b', 'c']);
    expect(iterateValues('abc')).toEqual(['abc']);
    expect(iterateValues('')).toEqual([]);
    expect(iterateValues(7)).toEqual([7]);
  });
});
