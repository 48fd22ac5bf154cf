/**
 * Function calls `name(arg, …)`. Each argument is itself Simple: a quoted literal (quotes removed, functions inside
 * still evaluated), `$param` (the value passed by a chain, i.e. the body), a nested `${…}`, or text, compiled once.
 * Arguments are split at top-level commas; quotes, parentheses, brackets and functions are atomic.
 */
import { findFunctionEnd, findGroupEnd, findQuoteEnd, openerAt } from './scan.js';
import { bodyEval, report, trimRange, type Eval, type Operand, type Source } from './source.js';
import { compileTemplate } from './template.js';

/** A compiled argument and where it is. `literal` holds its text when it has no function. */
export interface Arg extends Operand {
  readonly start: number;
  readonly end: number;
}

/** Where a call is: for problems about the call as a whole. */
export interface CallSite {
  readonly src: Source;
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** How a function takes its arguments and compiles. */
export interface CallSpec {
  readonly min: number;
  readonly max: number;
  /** The whole text between the parentheses is one argument (commas included), as in `trim(a, b)`. */
  readonly whole?: boolean;
  /** Spaces around unquoted arguments are kept (`replace`, `join`, `split` separators). */
  readonly keepSpaces?: boolean;
  /** Positions of arguments compiled as predicates (`iif`, `not`). */
  readonly predicates?: readonly number[];
  /** May be followed by OGNL (`bodyAs(T).name`). */
  readonly ognl?: boolean;
  /** May be written without parentheses (`uuid`). */
  readonly bare?: boolean;
  /** Compiles the call; reports problems through `site` and returns a closure anyway. */
  compile(args: readonly Arg[], site: CallSite): Eval;
}

function splitArgs(text: string, start: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  let from = start;
  let i = start;
  while (i < end) {
    const c = text.charAt(i);
    const open = openerAt(text, i);
    let next = i + 1;
    if (open > 0) next = findFunctionEnd(text, i + open, end) + 1;
    else if (c === "'" || c === '"') next = findQuoteEnd(text, i, end);
    else if (c === '(' || c === '[') next = findGroupEnd(text, i, end);
    else if (c === ',') {
      ranges.push([from, i]);
      from = i + 1;
    }
    i = next > i ? next : i + 1;
  }
  ranges.push([from, end]);
  return ranges;
}

function isQuoted(text: string, start: number, end: number): boolean {
  const c = text.charAt(start);
  return end - start >= 2 && (c === "'" || c === '"') && findQuoteEnd(text, start, end) === end;
}

function compileArg(src: Source, range: [number, number], spec: CallSpec, index: number): Arg {
  const [s, e] = trimRange(src.text, range[0], range[1]);
  const word = src.text.slice(s, e);
  if (word === '$param') return { run: bodyEval, start: s, end: e };
  if (spec.predicates?.includes(index) === true) {
    const [ps, pe] = isQuoted(src.text, s, e) ? [s + 1, e - 1] : [s, e];
    return { run: src.compilers.predicate(src, ps, pe), start: s, end: e };
  }
  if (isQuoted(src.text, s, e)) return { ...compileTemplate(src, s + 1, e - 1), start: s, end: e };
  const [ts, te] = spec.keepSpaces === true ? range : [s, e];
  return { ...compileTemplate(src, ts, te), start: ts, end: te };
}

/**
 * Compiles the arguments between parentheses (`[start, end)` excludes them), checking their count against the spec.
 * Returns `undefined` after reporting when the count is wrong.
 */
export function compileArgs(
  src: Source,
  start: number,
  end: number,
  spec: CallSpec,
  site: CallSite,
): Arg[] | undefined {
  const [s, e] = trimRange(src.text, start, end);
  const ranges: [number, number][] =
    s === e ? [] : spec.whole === true ? [[start, end]] : splitArgs(src.text, start, end);
  if (ranges.length < spec.min || ranges.length > spec.max) {
    const expected = spec.min === spec.max ? String(spec.min) : `${String(spec.min)} to ${String(spec.max)}`;
    report(
      src,
      `${site.name} takes ${expected} arguments, got ${String(ranges.length)}`,
      site.start,
      site.end - site.start,
    );
    return undefined;
  }
  return ranges.map((range, index) => compileArg(src, range, spec, index));
}

/** The literal text of an argument, when it has no function. */
export function literalText(arg: Arg | undefined): string | undefined {
  const value = arg?.literal?.value;
  return typeof value === 'string' ? value : undefined;
}
