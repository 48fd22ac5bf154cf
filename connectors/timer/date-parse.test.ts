import { describe, expect, it } from 'vitest';

import { parseJavaDate, timerTime } from './date-parse.js';

describe('Java date parsing for the timer time option', () => {
  it('reads the default patterns in local time, ignoring text after the pattern', () => {
    expect(timerTime('2030-01-02 03:04:05')).toBe(new Date(2030, 0, 2, 3, 4, 5).getTime());
    expect(timerTime('2030-01-02T03:04:05')).toBe(new Date(2030, 0, 2, 3, 4, 5).getTime());
    expect(timerTime('2030-01-02T03:04:05.999Z')).toBe(new Date(2030, 0, 2, 3, 4, 5).getTime());
  });

  it('rolls over out-of-range values, as a lenient SimpleDateFormat does', () => {
    expect(timerTime('2030-13-01 00:00:00')).toBe(new Date(2031, 0, 1).getTime());
  });

  it('reads month and day names, 12-hour clocks, abutting fields, millis and zones', () => {
    expect(parseJavaDate('Tue, 5 Mar 2030 01:02:03 PM', 'EEE, d MMM yyyy hh:mm:ss a')).toBe(
      new Date(2030, 2, 5, 13, 2, 3).getTime(),
    );
    expect(parseJavaDate('20300305', 'yyyyMMdd')).toBe(new Date(2030, 2, 5).getTime());
    expect(parseJavaDate('2030-03-05 10:00:00.250 +0200', 'yyyy-MM-dd HH:mm:ss.SSS Z')).toBe(
      Date.UTC(2030, 2, 5, 8, 0, 0, 250),
    );
    expect(parseJavaDate("2030-03-05 at '10'", "yyyy-MM-dd 'at' ''HH''")).toBe(new Date(2030, 2, 5, 10).getTime());
  });

  it('returns undefined when the text does not match', () => {
    expect(parseJavaDate('2030/01/01', 'yyyy-MM-dd')).toBeUndefined();
    expect(parseJavaDate('x', 'MMM')).toBeUndefined();
  });
});
