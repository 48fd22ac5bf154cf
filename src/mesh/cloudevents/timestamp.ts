/**
 * RFC 3339 `date-time`, strictly (RFC 3339 §5.6): `YYYY-MM-DDThh:mm:ss[.frac](Z|±hh:mm)`, with `t`/`z` also
 * accepted in lower case as §5.6 allows. Seconds are mandatory, the offset is mandatory and has a colon, the day
 * exists in its month (leap years included), and a leap second `:60` is accepted only at 23:59 UTC on the last day of
 * a month. `Date.parse` is not used: it accepts `2018-04-05T18:31Z`, which RFC 3339 does not.
 */

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  fraction: string;
  offsetMinutes: number;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Milliseconds since the epoch of a wall-clock time, without `Date.UTC`'s mapping of years 0-99 to 19xx. */
function utcMillis(p: Parts, second: number): number {
  const d = new Date(0);
  d.setUTCFullYear(p.year, p.month - 1, p.day);
  d.setUTCHours(p.hour, p.minute - p.offsetMinutes, second, 0);
  return d.getTime();
}

function isLeapSecondMoment(p: Parts): boolean {
  const utc = new Date(utcMillis(p, 0));
  if (utc.getUTCHours() !== 23 || utc.getUTCMinutes() !== 59) return false;
  return daysInMonth(utc.getUTCFullYear(), utc.getUTCMonth() + 1) === utc.getUTCDate();
}

function parse(value: string): Parts | undefined {
  const m = RFC3339.exec(value);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, frac, sign, oh, om] = m;
  const p: Parts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
    fraction: frac ?? '',
    offsetMinutes: sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)),
  };
  const offsetOk = sign === undefined || (Number(oh) <= 23 && Number(om) <= 59);
  return offsetOk && inRange(p) ? p : undefined;
}

function inRange(p: Parts): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > daysInMonth(p.year, p.month)) return false;
  if (p.hour > 23 || p.minute > 59 || p.second > 60) return false;
  return p.second < 60 || isLeapSecondMoment(p);
}

/** True when `value` is an RFC 3339 `date-time` (see the module documentation for the exact rules). */
export function isRfc3339(value: string): boolean {
  return parse(value) !== undefined;
}

/**
 * The instant of an RFC 3339 timestamp as a `Date` (millisecond precision: digits past the millisecond are dropped,
 * a leap second `:60` becomes `:59.999`). Only for protocols with a native, millisecond timestamp type (AMQP).
 * @returns the `Date`, or `undefined` when `value` is not RFC 3339 or lies outside the range of `Date`.
 */
export function rfc3339ToDate(value: string): Date | undefined {
  const p = parse(value);
  if (p === undefined) return undefined;
  const ms = p.second === 60 ? 999 : Number(p.fraction.slice(0, 3).padEnd(3, '0'));
  const millis = utcMillis(p, Math.min(p.second, 59)) + ms;
  return Number.isNaN(millis) ? undefined : new Date(millis);
}
