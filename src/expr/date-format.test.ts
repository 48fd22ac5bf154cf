import { describe, expect, it } from 'vitest';

import { compileDatePattern, formatJavaDate, parseTimeZone, type TimeZoneSpec } from './date-format.js';

// 2024-03-05T07:08:09.012Z, a Tuesday
const AT = Date.UTC(2024, 2, 5, 7, 8, 9, 12);
function zone(id: string): TimeZoneSpec {
  const parsed = parseTimeZone(id);
  if (parsed === undefined) throw new Error(`no zone ${id}`);
  return parsed;
}

const UTC = zone('UTC');

function format(pattern: string, zone: TimeZoneSpec = UTC, at = AT): string {
  const compiled = compileDatePattern(pattern, zone);
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.format(at);
}

describe('compileDatePattern', () => {
  it('formats the common SimpleDateFormat letters', () => {
    expect(format("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toBe('2024-03-05T07:08:09.012+0000');
    expect(format('yyyyMMdd')).toBe('20240305');
    expect(format('yy/M/d H:m:s')).toBe('24/3/5 7:8:9');
    expect(format('EEE, d MMM yyyy')).toBe('Tue, 5 Mar 2024');
    expect(format('EEEE MMMM')).toBe('Tuesday March');
    expect(format('hh:mm a')).toBe('07:08 AM');
    expect(format('h a', UTC, Date.UTC(2024, 0, 1, 0))).toBe('12 AM');
    expect(format('h a', UTC, Date.UTC(2024, 0, 1, 13))).toBe('1 PM');
    expect(format('D u G')).toBe('65 2 AD');
    expect(format('S')).toBe('12');
  });

  it('quotes literal text, with two quotes for one', () => {
    expect(format("'at' HH 'o''clock'")).toBe("at 07 o'clock");
    expect(format("''")).toBe("'");
  });

  it('renders zone offsets with Z, X, XX, XXX and z', () => {
    const plus = zone('GMT+05:30');
    expect(format('HH:mm Z', plus)).toBe('12:38 +0530');
    expect(format('X|XX|XXX', plus)).toBe('+05|+0530|+05:30');
    expect(format('X|XXX', UTC)).toBe('Z|Z');
    expect(format('z', plus)).toBe('GMT+05:30');
    expect(format('z', UTC)).toBe('UTC');
  });

  it('renders IANA zones with their offset at the instant', () => {
    const paris = zone('Europe/Paris');
    expect(format('HH:mm XXX', paris)).toBe('08:08 +01:00');
    expect(format('HH:mm XXX', paris, Date.UTC(2024, 6, 1, 7, 8))).toBe('09:08 +02:00');
  });

  it('reports unsupported letters and unterminated quotes with their index', () => {
    expect(compileDatePattern('yyyy-ww')).toEqual({
      ok: false,
      message: "date pattern letter 'w' is not supported",
      index: 5,
    });
    expect(compileDatePattern("HH 'h")).toEqual({ ok: false, message: 'unterminated quote in date pattern', index: 3 });
  });

  it('uses the local zone by default', () => {
    const local = new Date(AT);
    const compiled = compileDatePattern('H');
    expect(compiled.ok && compiled.format(AT)).toBe(String(local.getHours()));
  });
});

describe('parseTimeZone', () => {
  it('reads Java fixed offsets and IANA ids', () => {
    expect(parseTimeZone('GMT+8')).toEqual({ kind: 'fixed', offsetMinutes: 480, name: 'GMT+08:00' });
    expect(parseTimeZone('GMT-03:30')).toEqual({ kind: 'fixed', offsetMinutes: -210, name: 'GMT-03:30' });
    expect(parseTimeZone('+01:00')).toEqual({ kind: 'fixed', offsetMinutes: 60, name: 'GMT+01:00' });
    expect(parseTimeZone('GMT')).toEqual({ kind: 'fixed', offsetMinutes: 0, name: 'GMT' });
    expect(parseTimeZone('America/New_York')).toEqual({ kind: 'iana', id: 'America/New_York' });
    expect(parseTimeZone('Mars/Olympus')).toBeUndefined();
  });
});

describe('formatJavaDate', () => {
  it('prints like java.util.Date#toString', () => {
    expect(formatJavaDate(new Date(AT))).toMatch(/^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} \S+ \d{4}$/);
  });
});
