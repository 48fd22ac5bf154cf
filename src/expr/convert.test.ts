import { describe, expect, it } from 'vitest';

import { TypeConversionError } from '../api/errors.js';
import { camelTypeName, convertTo, formatNumber, renderText, resolveType, toBytes, tryConvertTo } from './convert.js';
import { isInstanceOf, isKnownClass } from './instance-of.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('resolveType', () => {
  it('accepts short, java.lang/java.util and primitive names', () => {
    expect(resolveType('String')).toBe('String');
    expect(resolveType('java.lang.String')).toBe('String');
    expect(resolveType('int')).toBe('Integer');
    expect(resolveType('Integer')).toBe('Integer');
    expect(resolveType('java.lang.Integer')).toBe('Integer');
    expect(resolveType('long')).toBe('Long');
    expect(resolveType('java.lang.Long')).toBe('Long');
    expect(resolveType('double')).toBe('Double');
    expect(resolveType('Float')).toBe('Float');
    expect(resolveType('boolean')).toBe('Boolean');
    expect(resolveType('byte[]')).toBe('byte[]');
    expect(resolveType('java.util.Map')).toBe('Map');
    expect(resolveType('LinkedHashMap')).toBe('Map');
    expect(resolveType('java.util.ArrayList')).toBe('List');
    expect(resolveType('List')).toBe('List');
    expect(resolveType('Object')).toBe('Object');
    expect(resolveType(' String ')).toBe('String');
  });

  it('knows nothing of other classes', () => {
    expect(resolveType('java.math.BigDecimal')).toBeUndefined();
    expect(resolveType('Strin')).toBeUndefined();
  });
});

describe('camelTypeName', () => {
  it('follows the JS ↔ Java table', () => {
    expect(camelTypeName('a')).toBe('java.lang.String');
    expect(camelTypeName(42)).toBe('java.lang.Integer');
    expect(camelTypeName(-2147483648)).toBe('java.lang.Integer');
    expect(camelTypeName(2147483648)).toBe('java.lang.Long');
    expect(camelTypeName(10n)).toBe('java.lang.Long');
    expect(camelTypeName(1.5)).toBe('java.lang.Double');
    expect(camelTypeName(true)).toBe('java.lang.Boolean');
    expect(camelTypeName(bytes('x'))).toBe('byte[]');
    expect(camelTypeName([1])).toBe('java.util.ArrayList');
    expect(camelTypeName({ a: 1 })).toBe('java.util.LinkedHashMap');
    expect(camelTypeName(new Map())).toBe('java.util.LinkedHashMap');
    expect(camelTypeName(new Set())).toBe('java.util.LinkedHashSet');
    expect(camelTypeName(new Date(0))).toBe('java.util.Date');
    expect(camelTypeName(new Error('x'))).toBe('java.lang.Exception');
    expect(camelTypeName(null)).toBeNull();
    expect(camelTypeName(undefined)).toBeNull();
  });
});

describe('renderText', () => {
  it('prints strings as they are and null as null', () => {
    expect(renderText('a b')).toBe('a b');
    expect(renderText(null)).toBe('null');
  });

  it('prints maps {k=v} and lists [a, b], nested', () => {
    expect(renderText({ a: 1, b: 'x' })).toBe('{a=1, b=x}');
    expect(renderText([1, 'b', null])).toBe('[1, b, null]');
    expect(renderText({ l: [1, 2], m: { k: true } })).toBe('{l=[1, 2], m={k=true}}');
    expect(renderText(new Map<unknown, unknown>([[1, 'a']]))).toBe('{1=a}');
    expect(renderText(new Set(['Z', 'X']))).toBe('[Z, X]');
    expect(renderText([])).toBe('[]');
    expect(renderText({})).toBe('{}');
  });

  it('decodes byte[] as UTF-8', () => {
    expect(renderText(bytes('héllo'))).toBe('héllo');
  });

  it('prints numbers like Java: integral values without a fraction', () => {
    expect(renderText(1)).toBe('1');
    expect(renderText(1.0)).toBe('1');
    expect(renderText(1.5)).toBe('1.5');
    expect(renderText(-0.25)).toBe('-0.25');
    expect(renderText(10n)).toBe('10');
    expect(renderText(true)).toBe('true');
  });

  it('prints errors as Name: message', () => {
    expect(renderText(new TypeError('boom'))).toBe('TypeError: boom');
  });

  it('uses an object own toString when it has one', () => {
    class Thing {
      toString(): string {
        return 'a thing';
      }
    }
    expect(renderText(new Thing())).toBe('a thing');
  });
});

describe('formatNumber', () => {
  it('switches to Java scientific notation outside [1e-3, 1e7)', () => {
    expect(formatNumber(0.001)).toBe('0.001');
    expect(formatNumber(0.0001)).toBe('1.0E-4');
    expect(formatNumber(12345678.5)).toBe('1.23456785E7');
    expect(formatNumber(1234567.5)).toBe('1234567.5');
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });
});

describe('convertTo', () => {
  it('converts to String with renderText', () => {
    expect(convertTo(42, 'String')).toBe('42');
    expect(convertTo({ a: 1 }, 'java.lang.String')).toBe('{a=1}');
    expect(convertTo(bytes('hi'), 'String')).toBe('hi');
  });

  it('converts integer text and numbers to Integer, failing on other text', () => {
    expect(convertTo('42', 'Integer')).toBe(42);
    expect(convertTo(' 42 ', 'int')).toBe(42);
    expect(convertTo('-7', 'java.lang.Integer')).toBe(-7);
    expect(convertTo(3.9, 'Integer')).toBe(3);
    expect(convertTo(-3.9, 'Integer')).toBe(-3);
    expect(convertTo(bytes('12'), 'Integer')).toBe(12);
    expect(() => convertTo('12.5', 'Integer')).toThrow(TypeConversionError);
    expect(() => convertTo('abc', 'Integer')).toThrow(TypeConversionError);
    expect(() => convertTo('2147483648', 'Integer')).toThrow(TypeConversionError);
    expect(() => convertTo(true, 'Integer')).toThrow(TypeConversionError);
  });

  it('converts to Long as a bigint, so the value stays a Long', () => {
    expect(convertTo('2147483648', 'Long')).toBe(2147483648n);
    expect(convertTo('42', 'java.lang.Long')).toBe(42n);
    expect(camelTypeName(convertTo('42', 'Long'))).toBe('java.lang.Long');
    expect(convertTo('9223372036854775807', 'Long')).toBe(9223372036854775807n);
    expect(() => convertTo('9223372036854775808', 'Long')).toThrow(TypeConversionError);
    expect(convertTo(new Date(5), 'long')).toBe(5n);
    expect(convertTo(7.9, 'Long')).toBe(7n);
    expect(convertTo(10n, 'Long')).toBe(10n);
    expect(renderText(convertTo('42', 'Long'))).toBe('42');
    expect(convertTo(convertTo('42', 'Long'), 'Integer')).toBe(42);
    expect(convertTo(convertTo('42', 'Long'), 'Double')).toBe(42);
  });

  it('converts to Double and Float', () => {
    expect(convertTo('1.5', 'Double')).toBe(1.5);
    expect(convertTo('2d', 'double')).toBe(2);
    expect(convertTo('1e3', 'Double')).toBe(1000);
    expect(convertTo(3, 'Double')).toBe(3);
    expect(convertTo('0.1', 'Float')).toBe(Math.fround(0.1));
    expect(() => convertTo('1,5', 'Double')).toThrow(TypeConversionError);
  });

  it('converts true/false text to Boolean in any case', () => {
    expect(convertTo('TRUE', 'Boolean')).toBe(true);
    expect(convertTo('false', 'boolean')).toBe(false);
    expect(convertTo(true, 'Boolean')).toBe(true);
    expect(() => convertTo('yes', 'Boolean')).toThrow(TypeConversionError);
  });

  it('converts anything to byte[] through its UTF-8 text', () => {
    expect(convertTo('hé', 'byte[]')).toEqual(bytes('hé'));
    expect(convertTo(12, 'byte[]')).toEqual(bytes('12'));
    const raw = bytes('x');
    expect(convertTo(raw, 'byte[]')).toBe(raw);
  });

  it('converts maps and JSON object text to Map', () => {
    const map = { a: 1 };
    expect(convertTo(map, 'Map')).toBe(map);
    expect(convertTo('{"a":1}', 'java.util.Map')).toEqual({ a: 1 });
    expect(convertTo(bytes('{"b":[1]}'), 'Map')).toEqual({ b: [1] });
    expect(() => convertTo('[1]', 'Map')).toThrow(TypeConversionError);
    expect(() => convertTo('a=1', 'Map')).toThrow(TypeConversionError);
  });

  it('converts arrays, sets and JSON array text to List', () => {
    const list = [1, 2];
    expect(convertTo(list, 'List')).toBe(list);
    expect(convertTo(new Set(['a']), 'java.util.List')).toEqual(['a']);
    expect(convertTo('[1,"b"]', 'ArrayList')).toEqual([1, 'b']);
    expect(() => convertTo('a,b', 'List')).toThrow(TypeConversionError);
  });

  it('leaves values alone for Object and converts null to null', () => {
    const value = { x: 1 };
    expect(convertTo(value, 'Object')).toBe(value);
    expect(convertTo(null, 'Integer')).toBeNull();
    expect(convertTo(undefined, 'String')).toBeNull();
  });

  it('refuses unknown type names', () => {
    expect(() => convertTo('1', 'java.math.BigDecimal')).toThrow(/unknown type: java.math.BigDecimal/);
  });

  it('names the value and the type when a conversion fails', () => {
    expect(() => convertTo('abc', 'Integer')).toThrow('cannot convert java.lang.String value "abc" to Integer');
  });
});

describe('tryConvertTo', () => {
  it('answers undefined instead of throwing', () => {
    expect(tryConvertTo('x', 'Integer')).toBeUndefined();
    expect(tryConvertTo('5', 'Integer')).toBe(5);
    expect(tryConvertTo(null, 'Integer')).toBeNull();
  });
});

describe('isInstanceOf', () => {
  it('checks short and qualified class names', () => {
    expect(isInstanceOf('a', 'String')).toBe(true);
    expect(isInstanceOf('a', 'java.lang.String')).toBe(true);
    expect(isInstanceOf(1, 'Integer')).toBe(true);
    expect(isInstanceOf(1, 'Long')).toBe(false);
    expect(isInstanceOf(1, 'Number')).toBe(true);
    expect(isInstanceOf(1.5, 'Double')).toBe(true);
    expect(isInstanceOf(true, 'Boolean')).toBe(true);
    expect(isInstanceOf({}, 'java.util.Map')).toBe(true);
    expect(isInstanceOf([], 'List')).toBe(true);
    expect(isInstanceOf([], 'Collection')).toBe(true);
    expect(isInstanceOf(new Set(), 'Set')).toBe(true);
    expect(isInstanceOf(bytes('x'), 'byte[]')).toBe(true);
    expect(isInstanceOf(new Error('x'), 'Exception')).toBe(true);
    expect(isInstanceOf('a', 'Object')).toBe(true);
  });

  it('answers false for null and undefined for unknown classes', () => {
    expect(isInstanceOf(null, 'String')).toBe(false);
    expect(isInstanceOf(null, 'Object')).toBe(false);
    expect(isInstanceOf('a', 'com.acme.Order')).toBeUndefined();
    expect(isKnownClass('com.acme.Order')).toBe(false);
    expect(isKnownClass('String')).toBe(true);
  });
});

describe('toBytes', () => {
  it('encodes text as UTF-8 and keeps byte arrays', () => {
    expect(toBytes('€')).toEqual(new Uint8Array([0xe2, 0x82, 0xac]));
    const raw = new Uint8Array([1]);
    expect(toBytes(raw)).toBe(raw);
  });
});
