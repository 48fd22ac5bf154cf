/**
 * Reads the timer's `time` option as Camel does: with `pattern` when given, else `yyyy-MM-dd'T'HH:mm:ss` when the text
 * contains a `T` and `yyyy-MM-dd HH:mm:ss` otherwise — parsed like Java's lenient `SimpleDateFormat.parse`: the
 * process's time zone unless the pattern has a zone field, out-of-range values roll over (month 13 is January of the
 * next year), text after the pattern is ignored. Supported letters: `y M d H k K h m s S a E D Z X z` (English month
 * and day names); `'…'` quotes literal text.
 */

type Part = string | { readonly letter: string; readonly count: number };

const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const DAYS = 'sunday monday tuesday wednesday thursday friday saturday'.split(' ');
const LETTERS = /[a-zA-Z]/;

function parts(pattern: string): Part[] {
  const out: Part[] = [];
  for (let i = 0; i < pattern.length;) {
    const c = pattern.charAt(i);
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      const text = pattern.slice(i + 1, end < 0 ? pattern.length : end);
      out.push(text === '' ? "'" : text);
      i = end < 0 ? pattern.length : end + 1;
    } else if (LETTERS.test(c)) {
      let j = i;
      while (pattern.charAt(j) === c) j++;
      out.push({ letter: c, count: j - i });
      i = j;
    } else {
      out.push(c);
      i++;
    }
  }
  return out;
}

const isNumeric = (p: Part | undefined): boolean =>
  p !== undefined && typeof p !== 'string' && 'yMdHkKhmsSD'.includes(p.letter) && !(p.letter === 'M' && p.count >= 3);

function matchName(text: string, at: number, names: readonly string[]): { index: number; length: number } | undefined {
  const rest = text.slice(at).toLowerCase();
  for (const [index, name] of names.entries()) {
    if (rest.startsWith(name)) return { index, length: name.length };
  }
  for (const [index, name] of names.entries()) {
    if (rest.startsWith(name.slice(0, 3))) return { index, length: 3 };
  }
  return undefined;
}

/** A two-digit year in the century that starts 80 years ago, as Java reads `yy`. */
function twoDigitYear(n: number): number {
  const start = new Date().getFullYear() - 80;
  const year = Math.floor(start / 100) * 100 + n;
  return year < start ? year + 100 : year;
}

/** The fields read so far. */
interface Fields {
  y: number;
  M: number;
  d: number;
  h: number;
  m: number;
  s: number;
  S: number;
  pm: boolean | undefined;
  twelve: boolean;
  /** Minutes east of UTC, when the text names a zone. */
  offset: number | undefined;
}

/** Stores a numeric field. */
function setNumber(f: Fields, letter: string, count: number, digits: string): void {
  const n = Number(digits);
  if (letter === 'y') f.y = count <= 2 && digits.length === 2 ? twoDigitYear(n) : n;
  else if (letter === 'M') f.M = n;
  else if (letter === 'd') f.d = n;
  else if (letter === 'H') f.h = n;
  else if (letter === 'k') f.h = n === 24 ? 0 : n;
  else if (letter === 'K' || letter === 'h') {
    f.h = letter === 'h' && n === 12 ? 0 : n;
    f.twelve = true;
  } else if (letter === 'm') f.m = n;
  else if (letter === 's') f.s = n;
  else if (letter === 'S') f.S = n;
}

const ZONE = /^(?:Z|(?:GMT|UTC)?([+-])(\d{2}):?(\d{2})?|GMT|UTC)/;

/** Reads a text field (month or day name, AM/PM, zone) at `at`; the characters read, or undefined. */
function readText(f: Fields, letter: string, text: string, at: number): number | undefined {
  if (letter === 'M' || letter === 'E') {
    const found = matchName(text, at, letter === 'M' ? MONTHS : DAYS);
    if (found !== undefined && letter === 'M') f.M = found.index + 1;
    return found?.length;
  }
  if (letter === 'a') {
    const ampm = text.slice(at, at + 2).toUpperCase();
    if (ampm !== 'AM' && ampm !== 'PM') return undefined;
    f.pm = ampm === 'PM';
    return 2;
  }
  if (!'ZXz'.includes(letter)) return undefined;
  const zone = ZONE.exec(text.slice(at));
  if (zone === null) return undefined;
  f.offset = zone[1] === undefined ? 0 : (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3] ?? '0'));
  return zone[0].length;
}

/** The epoch milliseconds `text` denotes under the Java date `pattern`, or undefined when it does not match. */
export function parseJavaDate(text: string, pattern: string): number | undefined {
  const f: Fields = { y: 1970, M: 1, d: 1, h: 0, m: 0, s: 0, S: 0, pm: undefined, twelve: false, offset: undefined };
  let at = 0;
  const list = parts(pattern);
  for (const [i, part] of list.entries()) {
    if (typeof part === 'string') {
      if (!text.startsWith(part, at)) return undefined;
      at += part.length;
    } else if (isNumeric(part)) {
      // A field followed directly by another numeric one takes exactly its width (`yyyyMMdd`).
      const width = isNumeric(list[i + 1]) ? part.count : Infinity;
      let end = at;
      while (end < text.length && end - at < width && /\d/.test(text.charAt(end))) end++;
      if (end === at) return undefined;
      setNumber(f, part.letter, part.count, text.slice(at, end));
      at = end;
    } else {
      const read = readText(f, part.letter, text, at);
      if (read === undefined) return undefined;
      at += read;
    }
  }
  const hour = f.twelve && f.pm === true ? f.h + 12 : f.h;
  if (f.offset === undefined) return new Date(f.y, f.M - 1, f.d, hour, f.m, f.s, f.S).getTime();
  return Date.UTC(f.y, f.M - 1, f.d, hour, f.m, f.s, f.S) - f.offset * 60_000;
}

/**
 * The timer's first fire time from its `time` and `pattern` options, as Camel's `TimerComponent` reads them.
 * @throws Error `Unparseable date: "…"` (Java's message) when the text does not match.
 */
export function timerTime(time: string, pattern?: string): number {
  const chosen = pattern ?? (time.includes('T') ? "yyyy-MM-dd'T'HH:mm:ss" : 'yyyy-MM-dd HH:mm:ss');
  const ms = parseJavaDate(time, chosen);
  if (ms === undefined || Number.isNaN(ms)) throw new Error(`Unparseable date: "${time}"`);
  return ms;
}
