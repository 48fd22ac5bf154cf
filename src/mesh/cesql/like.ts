/**
 * The `LIKE` operator (spec §3.4.3). In the pattern `%` matches any run of characters (possibly empty), `_` exactly
 * one character (Unicode code point), and every other character itself, case-sensitively. A backslash before `%`,
 * `_` or another backslash makes that character literal; any other backslash is itself literal (so the pattern
 * `'ab\c'` matches the text `ab\c`). Matching takes at most O(text × pattern) steps: it never backtracks more than
 * one `%` at a time.
 */
import { operandValue } from './attributes.js';
import { str, type Compiled } from './runtime.js';

const WILD = null;
/** One pattern position: a literal character, or WILD for `_`. */
type Unit = string | typeof WILD;
type Segment = readonly Unit[];

const SURROGATE = /[\uD800-\uDFFF]/;

/** Splits a pattern on its unescaped `%` into segments of characters and `_` wildcards. */
function segments(pattern: string): Segment[] {
  const result: Unit[][] = [[]];
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    const current = result[result.length - 1] ?? [];
    if (c === '\\') {
      const next = chars[i + 1];
      if (next === '%' || next === '_' || next === '\\') {
        current.push(next);
        i++;
      } else current.push(c);
    } else if (c === '%') result.push([]);
    else current.push(c === '_' ? WILD : c);
  }
  return result;
}

function matchAt(text: string | readonly string[], at: number, segment: Segment): boolean {
  if (at + segment.length > text.length) return false;
  for (let i = 0; i < segment.length; i++) {
    const u = segment[i];
    if (u !== WILD && u !== text[at + i]) return false;
  }
  return true;
}

function literal(segment: Segment): string | undefined {
  return segment.every((u) => u !== WILD) ? segment.join('') : undefined;
}

/** The general matcher: anchored first and last segments, leftmost match for the ones between. */
function general(parts: readonly Segment[]): (s: string) => boolean {
  const first = parts[0] ?? [];
  const last = parts[parts.length - 1] ?? [];
  const middle = parts.slice(1, -1).filter((p) => p.length > 0);
  return (s) => {
    const text = SURROGATE.test(s) ? Array.from(s) : s;
    if (!matchAt(text, 0, first)) return false;
    let pos = first.length;
    const end = text.length - last.length;
    if (end < pos || !matchAt(text, end, last)) return false;
    for (const segment of middle) {
      let at = pos;
      while (at + segment.length <= end && !matchAt(text, at, segment)) at++;
      if (at + segment.length > end) return false;
      pos = at + segment.length;
    }
    return true;
  };
}

/** A compiled pattern: a plain form (`exact`, `prefix`, `suffix`, `infix`, `any`) with its text, or a matcher. */
type LikeForm =
  | { readonly kind: 'exact' | 'prefix' | 'suffix' | 'infix'; readonly text: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'general'; readonly test: (s: string) => boolean };

function single(only: Segment): LikeForm {
  const exact = literal(only);
  if (exact !== undefined) return { kind: 'exact', text: exact };
  const test = (s: string): boolean => {
    const text = SURROGATE.test(s) ? Array.from(s) : s;
    return text.length === only.length && matchAt(text, 0, only);
  };
  return { kind: 'general', test };
}

function form(pattern: string): LikeForm {
  const parts = segments(pattern);
  const only = parts[0] ?? [];
  if (parts.length === 1) return single(only);
  const inner = parts.slice(1, -1);
  const first = literal(only);
  const last = literal(parts[parts.length - 1] ?? []);
  if (inner.every((p) => p.length === 0) && first !== undefined && last !== undefined) {
    if (first === '' && last === '') return { kind: 'any' };
    if (last === '') return { kind: 'prefix', text: first };
    if (first === '') return { kind: 'suffix', text: last };
  }
  if (parts.length === 3 && first === '' && last === '') {
    const infix = literal(inner[0] ?? []);
    if (infix !== undefined) return { kind: 'infix', text: infix };
  }
  return { kind: 'general', test: general(parts) };
}

/** Compiles a LIKE pattern into a predicate on strings. */
export function likeMatcher(pattern: string): (s: string) => boolean {
  const f = form(pattern);
  switch (f.kind) {
    case 'exact':
      return (s) => s === f.text;
    case 'prefix':
      return (s) => s.startsWith(f.text);
    case 'suffix':
      return (s) => s.endsWith(f.text);
    case 'infix':
      return (s) => s.includes(f.text);
    case 'any':
      return () => true;
    case 'general':
      return f.test;
  }
}

/** Compiles `operand [NOT] LIKE pattern`; the operand is cast to String; an operand with errors gives `false`. */
export function compileLike(operand: Compiled, pattern: string, negated: boolean): Compiled {
  const { attribute: a, fn: f } = operand;
  const shape = form(pattern);
  if (shape.kind === 'prefix') {
    const prefix = shape.text;
    return {
      type: 'Boolean',
      fn: (e, ctx) => {
        const n = ctx.count;
        const v = operandValue(a, f, e, ctx);
        return ctx.count === n && str(v).startsWith(prefix) !== negated;
      },
    };
  }
  const test = likeMatcher(pattern);
  return {
    type: 'Boolean',
    fn: (e, ctx) => {
      const n = ctx.count;
      const v = operandValue(a, f, e, ctx);
      return ctx.count === n && test(str(v)) !== negated;
    },
  };
}
