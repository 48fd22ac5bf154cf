import { describe, expect, it } from 'vitest';

import { isRfc3339, rfc3339ToDate } from './timestamp.js';

describe('isRfc3339', () => {
  it.each([
    '2018-04-05T17:31:00Z',
    '2018-04-05T17:31:00.1Z',
    '2018-04-05T17:31:00.123456789Z',
    '2018-04-05T17:31:00+02:00',
    '2018-04-05T17:31:00.000001-05:30',
    '2018-04-05t17:31:00z',
    '2018-04-05T17:31:00-00:00',
    '2020-02-29T00:00:00Z',
    '2000-02-29T23:59:59Z',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999999999+23:59',
    '2016-12-31T23:59:60Z',
    '2016-12-31T15:59:60-08:00',
    '2015-06-30T23:59:60.5Z',
  ])('accepts %s', (value) => {
    expect(isRfc3339(value)).toBe(true);
  });

  it.each([
    ['2018-04-05T18:31Z', 'no seconds, though Date.parse accepts it'],
    ['2018-04-05', 'a date alone'],
    ['2018-04-05T17:31:00', 'no offset'],
    ['2018-04-05 17:31:00Z', 'a space for T'],
    ['2018-04-05T17:31:00+0200', 'offset without colon'],
    ['2018-04-05T17:31:00+02', 'offset without minutes'],
    ['2018-04-05T17:31:00.Z', 'an empty fraction'],
    ['2018-4-05T17:31:00Z', 'a one-digit month'],
    ['+02018-04-05T17:31:00Z', 'an expanded year'],
    ['2018-13-01T00:00:00Z', 'month 13'],
    ['2018-00-01T00:00:00Z', 'month 0'],
    ['2018-04-31T00:00:00Z', 'April 31'],
    ['2019-02-29T00:00:00Z', 'Feb 29 in a common year'],
    ['1900-02-29T00:00:00Z', 'Feb 29 in 1900'],
    ['2018-04-05T24:00:00Z', 'hour 24'],
    ['2018-04-05T17:60:00Z', 'minute 60'],
    ['2018-04-05T17:31:61Z', 'second 61'],
    ['2018-04-05T17:31:60Z', 'a leap second not at 23:59 UTC'],
    ['2018-04-05T23:59:60Z', 'a leap second not on the last day of a month'],
    ['2016-12-31T23:59:60+01:00', 'a leap second at 22:59 UTC'],
    ['2018-04-05T17:31:00+24:00', 'offset hour 24'],
    ['2018-04-05T17:31:00+02:60', 'offset minute 60'],
    ['2018-04-05T17:31:00Z ', 'trailing space'],
    ['２０１８-04-05T17:31:00Z', 'non-ASCII digits'],
  ])('rejects %s (%s)', (value) => {
    expect(isRfc3339(value)).toBe(false);
  });
});

describe('rfc3339ToDate', () => {
  it('gives the instant, offsets applied, digits past the millisecond dropped', () => {
    expect(rfc3339ToDate('2018-04-05T17:31:00.123456+02:00')?.toISOString()).toBe('2018-04-05T15:31:00.123Z');
    expect(rfc3339ToDate('2018-04-05T17:31:00.5Z')?.toISOString()).toBe('2018-04-05T17:31:00.500Z');
  });

  it('maps a leap second to the last millisecond before it, and years 0-99 to themselves', () => {
    expect(rfc3339ToDate('2016-12-31T23:59:60Z')?.toISOString()).toBe('2016-12-31T23:59:59.999Z');
    expect(rfc3339ToDate('0042-01-01T00:00:00Z')?.getUTCFullYear()).toBe(42);
  });

  it('returns undefined for a value that is not RFC 3339', () => {
    expect(rfc3339ToDate('2018-04-05T18:31Z')).toBeUndefined();
  });
});
