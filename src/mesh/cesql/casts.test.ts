/** CESQL casts (spec §3.7): every pair of types, implicit and explicit, with the string parsing rules. */
import { describe, expect, it } from 'vitest';

import {
  castTo,
  castToBoolean,
  castToInteger,
  isInt32,
  parseBoolean,
  parseInteger,
  typeOf,
  zeroValue,
} from './casts.js';

describe('String → Integer', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    ['+7', 7],
    ['-7', -7],
    ['-0', 0],
    ['007', 7],
    ['2147483647', 2147483647],
    ['-2147483648', -2147483648],
    [`${'0'.repeat(50)}1`, 1],
  ])('%j → %d', (text, value) => {
    expect(parseInteger(text)).toBe(value);
    expect(castToInteger(text)).toEqual({ value });
  });

  it.each([
    '',
    '+',
    '-',
    ' 1',
    '1 ',
    '1.0',
    '1e3',
    '0x10',
    '1_000',
    '2147483648',
    '-2147483649',
    '١',
    'abc',
    '--1',
    '+-1',
  ])('%j is a cast error with 0', (text) => {
    expect(parseInteger(text)).toBeUndefined();
    const out = castToInteger(text);
    expect(out.value).toBe(0);
    expect(out.error).toContain('to Integer');
  });
});

describe('String → Boolean', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['tRuE', true],
    ['false', false],
    ['False', false],
  ])('%j → %s', (text, value) => {
    expect(parseBoolean(text)).toBe(value);
    expect(castToBoolean(text, 'implicit')).toEqual({ value });
  });

  it.each(['', 'yes', '1', '0', ' true', 'true ', 't', 'truex'])('%j is a cast error with false', (text) => {
    expect(castToBoolean(text, 'explicit')).toEqual({
      value: false,
      error: expect.stringContaining('to Boolean') as unknown,
    });
  });
});

describe('Integer and Boolean casts', () => {
  it('Integer → String: base 10, no leading zeros, minus sign', () => {
    expect(castTo(0, 'String', 'implicit')).toEqual({ value: '0' });
    expect(castTo(-120, 'String', 'implicit')).toEqual({ value: '-120' });
    expect(castTo(2147483647, 'String', 'implicit')).toEqual({ value: '2147483647' });
  });

  it('Integer → Boolean converts only explicitly (ADR 0005): 0 is false, anything else true', () => {
    expect(castToBoolean(0, 'explicit')).toEqual({ value: false });
    expect(castToBoolean(1, 'explicit')).toEqual({ value: true });
    expect(castToBoolean(-50, 'explicit')).toEqual({ value: true });
    expect(castToBoolean(10, 'implicit')).toEqual({
      value: false,
      error: expect.stringContaining('implicitly') as unknown,
    });
  });

  it('Boolean → Integer is 1/0, Boolean → String is "true"/"false"', () => {
    expect(castTo(true, 'Integer', 'implicit')).toEqual({ value: 1 });
    expect(castTo(false, 'Integer', 'implicit')).toEqual({ value: 0 });
    expect(castTo(true, 'String', 'implicit')).toEqual({ value: 'true' });
    expect(castTo(false, 'String', 'explicit')).toEqual({ value: 'false' });
  });

  it('casting to the same type is the identity', () => {
    expect(castTo('x', 'String', 'implicit')).toEqual({ value: 'x' });
    expect(castTo(5, 'Integer', 'implicit')).toEqual({ value: 5 });
    expect(castTo(true, 'Boolean', 'implicit')).toEqual({ value: true });
  });
});

describe('types', () => {
  it('names the type of a value and its zero value', () => {
    expect([typeOf(true), typeOf(1), typeOf('')]).toEqual(['Boolean', 'Integer', 'String']);
    expect([zeroValue('Boolean'), zeroValue('Integer'), zeroValue('String')]).toEqual([false, 0, '']);
  });

  it('knows the signed 32-bit range', () => {
    expect([isInt32(2147483647), isInt32(-2147483648), isInt32(-0)]).toEqual([true, true, true]);
    expect([isInt32(2147483648), isInt32(1.5), isInt32(Number.NaN), isInt32(Infinity)]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
