/**
 * Tokens of Simple's operator syntax. An operator is only an operator when whitespace surrounds it; everything
 * between operators is an operand chunk (a function, a quoted literal, a number, text). Functions, quotes,
 * parentheses and brackets are atomic, so spaces inside them never split a chunk.
 */
import { findFunctionEnd, findGroupEnd, findQuoteEnd, openerAt } from './scan.js';
import { isSpace, report, type Text } from './source.js';

/** Binary operators, by canonical spelling. */
export const BINARY_OPERATORS: ReadonlySet<string> = new Set([
  ...['==', '!=', '=~', '!=~', '>', '>=', '<', '<=', '~~', '!~~'],
  ...['contains', 'regex', 'in', 'is', 'range', 'startsWith', 'endsWith', 'equals'].flatMap((op) => [op, `!${op}`]),
]);

/** `&&` and `||`. */
export const LOGICAL_OPERATORS: ReadonlySet<string> = new Set(['&&', '||']);

/** Elvis and the chain operators. */
export const CHAIN_OPERATORS: ReadonlySet<string> = new Set(['?:', '~>', '?~>']);

const OTHER_OPERATORS: ReadonlySet<string> = new Set(['?', ':']);

/** Deprecated two-word spellings (`not contains`, `starts with`) and what they mean. */
const TWO_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  not: { contains: '!contains', regex: '!regex', in: '!in', is: '!is', range: '!range' },
  starts: { with: 'startsWith' },
  ends: { with: 'endsWith' },
};

/** Operators that are easy to write without spaces (`${a}==1`), longest first. */
export const SYMBOLIC_OPERATORS: readonly string[] = [
  '!=~',
  '?~>',
  '==',
  '!=',
  '>=',
  '<=',
  '=~',
  '~~',
  '&&',
  '||',
  '?:',
  '~>',
];

/** The symbolic operator a chunk starts with (`=='a'` starts with `==`), if any. */
export function leadingOperator(text: string): string | undefined {
  return (
    SYMBOLIC_OPERATORS.find((op) => text.startsWith(op)) ??
    (text.startsWith('<') || text.startsWith('>') ? text.charAt(0) : undefined)
  );
}

/** An operator or an operand chunk, with its range in the source. */
export type Token =
  | { readonly kind: 'op'; readonly op: string; readonly start: number; readonly end: number }
  | { readonly kind: 'operand'; readonly start: number; readonly end: number; readonly quoted: boolean };

/** Whether a chunk of text is an operator of any kind. */
export function isOperatorText(text: string): boolean {
  return (
    BINARY_OPERATORS.has(text) || LOGICAL_OPERATORS.has(text) || CHAIN_OPERATORS.has(text) || OTHER_OPERATORS.has(text)
  );
}

function chunkEnd(text: string, start: number, end: number): number {
  let j = start;
  while (j < end && !isSpace(text.charAt(j))) {
    const c = text.charAt(j);
    const open = openerAt(text, j);
    if (open > 0) {
      const close = findFunctionEnd(text, j + open, end);
      j = close < 0 ? end : close + 1;
    } else if (c === '(' || c === '[') {
      const close = findGroupEnd(text, j, end);
      j = close < 0 ? j + 1 : close;
    } else {
      j++;
    }
  }
  return j;
}

interface Chunk {
  start: number;
  end: number;
  quoted: boolean;
}

function readChunks(src: Text, start: number, end: number): Chunk[] | undefined {
  const { text } = src;
  const chunks: Chunk[] = [];
  let i = start;
  while (i < end) {
    const c = text.charAt(i);
    if (isSpace(c)) {
      i++;
    } else if (c === "'" || c === '"') {
      const close = findQuoteEnd(text, i, end);
      if (close < 0) {
        report(src, `${c === "'" ? 'single' : 'double'} quote has no ending quote`, i);
        return undefined;
      }
      chunks.push({ start: i, end: close, quoted: true });
      i = close;
    } else {
      const close = chunkEnd(text, i, end);
      chunks.push({ start: i, end: close, quoted: false });
      i = close;
    }
  }
  return chunks;
}

/**
 * Tokenizes `[start, end)`. Returns `undefined` (after reporting) when a quote is not closed. Deprecated two-word
 * operators are folded into their canonical spelling.
 */
export function tokenize(src: Text, start: number, end: number): Token[] | undefined {
  const chunks = readChunks(src, start, end);
  if (chunks === undefined) return undefined;
  const tokens: Token[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k];
    if (chunk === undefined) continue;
    const word = chunk.quoted ? '' : src.text.slice(chunk.start, chunk.end);
    const next = chunks[k + 1];
    const pair =
      next === undefined || next.quoted ? undefined : TWO_WORDS[word]?.[src.text.slice(next.start, next.end)];
    if (pair !== undefined && next !== undefined) {
      tokens.push({ kind: 'op', op: pair, start: chunk.start, end: next.end });
      k++;
    } else if (!chunk.quoted && isOperatorText(word)) {
      tokens.push({ kind: 'op', op: word, start: chunk.start, end: chunk.end });
    } else {
      tokens.push({ kind: 'operand', ...chunk });
    }
  }
  return tokens;
}

/** Whether `[start, end)` holds an operator token outside functions, quotes and groups (no problems recorded). */
export function hasOperator(text: string, start: number, end: number): boolean {
  const scratch: Text = { text, problems: [] };
  const tokens = tokenize(scratch, start, end);
  return tokens?.some((t) => t.kind === 'op') ?? false;
}
