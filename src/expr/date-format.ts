/**
 * Java `SimpleDateFormat` patterns, compiled once into a formatter. Supported letters: `G y M d H k K h m s S E u a
 * D Z X z` (English names). Time zones: the process's local zone, fixed offsets (`UTC`, `GMT`, `GMT+8`, `GMT-03:30`)
 * and IANA ids (`Europe/Paris`).
 */

/** A time zone a formatter renders in. */
export type TimeZoneSpec =
  | { readonly kind: 'local' }
  | { readonly kind: 'fixed'; readonly offsetMinutes: number; readonly name: string }
  | { readonly kind: 'iana'; readonly id: string };

/** The process's local time zone. */
export const LOCAL_ZONE: TimeZoneSpec = { kind: 'local' };

/** The result of compiling a pattern: a formatter, or the first mistake (0-based index into the pattern). */
export type CompiledDatePattern =
  | { readonly ok: true; readonly format: (epochMillis: number) => string }
  | { readonly ok: false; readonly message: string; readonly index: number };

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  weekday: number;
  dayOfYear: number;
  offsetMinutes: number;
}

type Part = string | { readonly letter: string; readonly count: number };

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const LETTERS = new Set('GyMdHkKhmsSEuaDZXz');
const FIXED_ZONE = /^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$/;

/**
 * A time zone from a Java time-zone id: `UTC`/`GMT`/`Z`, `GMT+8`, `GMT-03:30`, `+01:00`, or an IANA id. Returns
 * `undefined` for an id Node does not know (Java would silently fall back to GMT; we refuse instead).
 */
export function parseTimeZone(id: string): TimeZoneSpec | undefined {
  if (id === 'UTC' || id === 'GMT' || id === 'Z')
    return { kind: 'fixed', offsetMinutes: 0, name: id === 'Z' ? 'UTC' : id };
  const fixed = FIXED_ZONE.exec(id);
  if (fixed !== null) {
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? '0');
    const offsetMinutes = fixed[1] === '-' ? -minutes : minutes;
    return { kind: 'fixed', offsetMinutes, name: `GMT${offsetText(offsetMinutes, ':')}` };
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: id });
    return { kind: 'iana', id };
  } catch {
    return undefined;
  }
}

function pad(value: number, width: number): string {
  const text = String(Math.abs(value));
  return (value < 0 ? '-' : '') + (text.length >= width ? text : '0'.repeat(width - text.length) + text);
}

function offsetText(offsetMinutes: number, separator: string): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${separator}${pad(abs % 60, 2)}`;
}

/** The text of the quote opened at `start` (`''` inside or alone is one quote) and the index after it. */
function readQuoted(pattern: string, start: number): { text: string; end: number } | undefined {
  if (pattern.charAt(start + 1) === "'") return { text: "'", end: start + 2 };
  let text = '';
  let i = start + 1;
  for (;;) {
    const close = pattern.indexOf("'", i);
    if (close < 0) return undefined;
    text += pattern.slice(i, close);
    if (pattern.charAt(close + 1) !== "'") return { text, end: close + 1 };
    text += "'";
    i = close + 2;
  }
}

function tokenize(pattern: string): Part[] | { message: string; index: number } {
  const parts: Part[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern.charAt(i);
    if (c === "'") {
      const quoted = readQuoted(pattern, i);
      if (quoted === undefined) return { message: 'unterminated quote in date pattern', index: i };
      parts.push(quoted.text);
      i = quoted.end;
    } else if (/[a-zA-Z]/.test(c)) {
      if (!LETTERS.has(c)) return { message: `date pattern letter '${c}' is not supported`, index: i };
      let count = 1;
      while (pattern.charAt(i + count) === c) count++;
      parts.push({ letter: c, count });
      i += count;
    } else {
      parts.push(c);
      i++;
    }
  }
  return parts;
}

function zoneOffsetAt(epochMillis: number, zone: TimeZoneSpec, dtf: Intl.DateTimeFormat | undefined): number {
  if (zone.kind === 'local') return -new Date(epochMillis).getTimezoneOffset();
  if (zone.kind === 'fixed' || dtf === undefined) return zone.kind === 'fixed' ? zone.offsetMinutes : 0;
  const values: Record<string, number> = {};
  for (const part of dtf.formatToParts(epochMillis)) values[part.type] = Number(part.value);
  const wall = Date.UTC(
    values['year'] ?? 1970,
    (values['month'] ?? 1) - 1,
    values['day'] ?? 1,
    values['hour'] ?? 0,
    values['minute'] ?? 0,
    values['second'] ?? 0,
  );
  return Math.round((wall - Math.floor(epochMillis / 1000) * 1000) / 60000);
}

function fieldsAt(epochMillis: number, offsetMinutes: number): Fields {
  const d = new Date(epochMillis + offsetMinutes * 60000);
  const startOfYear = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth(),
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millis: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    dayOfYear: Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - startOfYear) / 86400000) + 1,
    offsetMinutes,
  };
}

function isoOffset(offsetMinutes: number, count: number): string {
  if (offsetMinutes === 0) return 'Z';
  if (count === 1) return offsetText(offsetMinutes, '').slice(0, 3);
  return offsetText(offsetMinutes, count === 2 ? '' : ':');
}

function monthField(count: number, f: Fields): string {
  const name = MONTHS[f.month] ?? '';
  if (count >= 3) return count === 3 ? name.slice(0, 3) : name;
  return pad(f.month + 1, count);
}

function textField(letter: string, count: number, f: Fields): string | undefined {
  switch (letter) {
    case 'G':
      return 'AD';
    case 'M':
      return monthField(count, f);
    case 'E':
      return count <= 3 ? (DAYS[f.weekday] ?? '').slice(0, 3) : (DAYS[f.weekday] ?? '');
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'Z':
      return offsetText(f.offsetMinutes, '');
    case 'X':
      return isoOffset(f.offsetMinutes, count);
    case 'y':
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    default:
      return undefined;
  }
}

function numberField(letter: string, f: Fields): number {
  const table: Record<string, number> = {
    d: f.day,
    H: f.hour,
    k: f.hour === 0 ? 24 : f.hour,
    K: f.hour % 12,
    h: f.hour % 12 === 0 ? 12 : f.hour % 12,
    m: f.minute,
    s: f.second,
    S: f.millis,
    u: f.weekday === 0 ? 7 : f.weekday,
    D: f.dayOfYear,
  };
  return table[letter] ?? 0;
}

function zoneNamer(zone: TimeZoneSpec, long: boolean): (epochMillis: number) => string {
  if (zone.kind === 'fixed') return () => zone.name;
  // Created on first use: an Intl formatter loads the locale data, megabytes a route may never need.
  let dtf: Intl.DateTimeFormat | undefined;
  return (epochMillis) => {
    dtf ??= new Intl.DateTimeFormat('en-US', {
      timeZoneName: long ? 'long' : 'short',
      ...(zone.kind === 'iana' ? { timeZone: zone.id } : {}),
    });
    return dtf.formatToParts(epochMillis).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  };
}

/**
 * Compiles a `SimpleDateFormat` pattern for a zone. The formatter is allocation-light: the pattern is tokenized once,
 * and IANA zones reuse one `Intl.DateTimeFormat`.
 */
export function compileDatePattern(pattern: string, zone: TimeZoneSpec = LOCAL_ZONE): CompiledDatePattern {
  const parts = tokenize(pattern);
  if (!Array.isArray(parts)) return { ok: false, ...parts };
  const dtf =
    zone.kind === 'iana'
      ? new Intl.DateTimeFormat('en-US', {
          timeZone: zone.id,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        })
      : undefined;
  const zoneNames = parts.some((p) => typeof p !== 'string' && p.letter === 'z')
    ? { short: zoneNamer(zone, false), long: zoneNamer(zone, true) }
    : undefined;
  const format = (epochMillis: number): string => {
    const f = fieldsAt(epochMillis, zoneOffsetAt(epochMillis, zone, dtf));
    let out = '';
    for (const part of parts) {
      if (typeof part === 'string') out += part;
      else if (part.letter === 'z') out += (part.count >= 4 ? zoneNames?.long : zoneNames?.short)?.(epochMillis) ?? '';
      else out += textField(part.letter, part.count, f) ?? pad(numberField(part.letter, f), part.count);
    }
    return out;
  };
  return { ok: true, format };
}

let javaDateToString: CompiledDatePattern | undefined;

/** Java's `Date.toString()` in the local zone: `Mon Jan 01 00:00:00 UTC 2024`. */
export function formatJavaDate(date: Date): string {
  javaDateToString ??= compileDatePattern('EEE MMM dd HH:mm:ss z yyyy');
  return javaDateToString.ok ? javaDateToString.format(date.getTime()) : date.toISOString();
}
