/**
 * Lexical scanning of Simple text: `${…}` / `$simple{…}` functions (nested), quoted literals, escapes, and the
 * bracket/parenthesis matching the function and operator parsers rely on.
 */
import { report, type Text } from './source.js';

/** A piece of a template: literal text (escapes already applied) or a function `${…}`. */
export type Segment =
  | { readonly kind: 'text'; readonly value: string; readonly start: number; readonly end: number }
  | {
      readonly kind: 'function';
      readonly start: number;
      readonly bodyStart: number;
      readonly bodyEnd: number;
      readonly end: number;
    };

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '}': '}' };

/** The length of a function opener (`${` or `$simple{`) at `i`, 0 when there is none. */
export function openerAt(text: string, i: number): number {
  if (text.charAt(i) !== '$') return 0;
  if (text.charAt(i + 1) === '{') return 2;
  return text.startsWith('$simple{', i) ? 8 : 0;
}

/**
 * The index of the `}` closing a function whose body starts at `bodyStart`, or -1. Nested openers and bare `{`
 * inside the body are balanced (so `{{placeholders}}` and JSON braces nest), and `\}` never closes.
 */
export function findFunctionEnd(text: string, bodyStart: number, limit: number): number {
  let depth = 1;
  let i = bodyStart;
  while (i < limit) {
    const c = text.charAt(i);
    const open = openerAt(text, i);
    if (c === '\\' && text.charAt(i + 1) === '}') {
      i += 2;
      continue;
    }
    if (open > 0) {
      depth++;
      i += open;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
    i++;
  }
  return -1;
}

/** The index just past the quoted literal opened at `start` (functions inside are skipped), or -1 if unclosed. */
export function findQuoteEnd(text: string, start: number, limit: number): number {
  const quote = text.charAt(start);
  let i = start + 1;
  while (i < limit) {
    const open = openerAt(text, i);
    if (open > 0) {
      const close = findFunctionEnd(text, i + open, limit);
      if (close < 0) return -1;
      i = close + 1;
      continue;
    }
    if (text.charAt(i) === quote) return i + 1;
    i++;
  }
  return -1;
}

const CLOSERS: Readonly<Record<string, string>> = { '(': ')', '[': ']' };

/**
 * The index just past the group opened by `(` or `[` at `start`, honouring nested groups, quotes and functions; -1
 * when unclosed.
 */
export function findGroupEnd(text: string, start: number, limit: number): number {
  const stack: string[] = [CLOSERS[text.charAt(start)] ?? ')'];
  let i = start + 1;
  while (i < limit && stack.length > 0) {
    const c = text.charAt(i);
    const open = openerAt(text, i);
    if (open > 0) {
      const close = findFunctionEnd(text, i + open, limit);
      if (close < 0) return -1;
      i = close + 1;
    } else if (c === "'" || c === '"') {
      const close = findQuoteEnd(text, i, limit);
      i = close < 0 ? i + 1 : close;
    } else {
      if (c === '(' || c === '[') stack.push(CLOSERS[c] ?? ')');
      else if (c === stack[stack.length - 1]) stack.pop();
      i++;
    }
  }
  return stack.length === 0 ? i : -1;
}

/**
 * Splits `[start, end)` into literal text and functions. `\n \t \r \}` in text become newline, tab, CR and `}`; a
 * `}` with no function open is literal text. An unclosed function is a problem, and scanning stops there.
 */
export function scanTemplate(src: Text, start: number, end: number): Segment[] {
  const { text } = src;
  const segments: Segment[] = [];
  let literal = '';
  let literalStart = start;
  let i = start;
  const flush = (at: number): void => {
    if (literal !== '') segments.push({ kind: 'text', value: literal, start: literalStart, end: at });
    literal = '';
  };
  while (i < end) {
    const c = text.charAt(i);
    const open = openerAt(text, i);
    if (open > 0) {
      const close = findFunctionEnd(text, i + open, end);
      if (close < 0) {
        report(src, `function ${text.slice(i, i + open)} has no closing }`, i, open);
        break;
      }
      flush(i);
      segments.push({ kind: 'function', start: i, bodyStart: i + open, bodyEnd: close, end: close + 1 });
      i = close + 1;
      literalStart = i;
      continue;
    }
    const escaped = c === '\\' ? ESCAPES[text.charAt(i + 1)] : undefined;
    literal += escaped ?? c;
    i += escaped === undefined ? 1 : 2;
  }
  flush(Math.min(i, end));
  return segments;
}
