/**
 * A scan of the top-level members of JSON objects, for what `JSON.parse` hides: duplicate member names (it keeps the
 * last) and how numbers were written (`5.0` and `1e2` parse to integers, but the JSON format permits only the integer
 * component for an Integer). Runs on text `JSON.parse` has already accepted, so it does not re-check the syntax.
 */

/** What the scan found in one JSON object. */
export interface MemberScan {
  /** Member names that occur more than once. */
  readonly duplicates: readonly string[];
  /** The source text of every top-level member whose value is a number, by member name. */
  readonly numbers: ReadonlyMap<string, string>;
}

function skipWhitespace(text: string, i: number): number {
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return j;
    j++;
  }
}

function skipString(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c === 0x5c) j += 2;
    else if (c === 0x22) return j + 1;
    else j++;
  }
}

function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return skipString(text, i);
  let j = i;
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    for (;;) {
      const d = text.charCodeAt(j);
      if (d === 0x22) {
        j = skipString(text, j);
        continue;
      }
      if (d === 0x7b || d === 0x5b) depth++;
      else if ((d === 0x7d || d === 0x5d) && --depth === 0) return j + 1;
      j++;
    }
  }
  while (j < text.length && !',}] \t\n\r'.includes(text[j] ?? ',')) j++;
  return j;
}

function scanObject(text: string, start: number): { scan: MemberScan; end: number } {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  const numbers = new Map<string, string>();
  let i = skipWhitespace(text, start + 1);
  if (text.charCodeAt(i) === 0x7d) return { scan: { duplicates, numbers }, end: i + 1 };
  for (;;) {
    const keyEnd = skipString(text, i);
    const raw = text.slice(i, keyEnd);
    const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
    if (seen.has(key)) duplicates.push(key);
    seen.add(key);
    const valueStart = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
    i = skipValue(text, valueStart);
    const c = text.charCodeAt(valueStart);
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) numbers.set(key, text.slice(valueStart, i));
    i = skipWhitespace(text, i);
    if (text.charCodeAt(i) === 0x7d) return { scan: { duplicates, numbers }, end: i + 1 };
    i = skipWhitespace(text, i + 1);
  }
}

/** Scans `text`, a JSON document already accepted by `JSON.parse` whose top-level value is an object. */
export function scanObjectMembers(text: string): MemberScan {
  return scanObject(text, skipWhitespace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0)).scan;
}

/**
 * Scans `text`, an accepted JSON document whose top-level value is an array: one scan per element, `undefined` for
 * elements that are not objects.
 */
export function scanArrayMembers(text: string): (MemberScan | undefined)[] {
  const scans: (MemberScan | undefined)[] = [];
  let i = skipWhitespace(text, skipWhitespace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0) + 1);
  if (text.charCodeAt(i) === 0x5d) return scans;
  for (;;) {
    if (text.charCodeAt(i) === 0x7b) {
      const { scan, end } = scanObject(text, i);
      scans.push(scan);
      i = end;
    } else {
      scans.push(undefined);
      i = skipValue(text, i);
    }
    i = skipWhitespace(text, i);
    if (text.charCodeAt(i) === 0x5d) return scans;
    i = skipWhitespace(text, i + 1);
  }
}
