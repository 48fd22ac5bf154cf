/** CESQL v1.0 lexer (spec §2; token shapes of `cesql/CESQLLexer.g4`), with case-insensitive keywords. */
import { cesqlError, type CesqlError, type CesqlPosition } from '../errors.js';

/** The CESQL keywords; matched case-insensitively and reported in upper case. */
export type CesqlKeyword = 'AND' | 'OR' | 'XOR' | 'NOT' | 'LIKE' | 'EXISTS' | 'IN' | 'TRUE' | 'FALSE';

/** Operator and punctuation symbols. */
export type CesqlSymbol = '(' | ')' | ',' | '+' | '-' | '*' | '/' | '%' | '=' | '!=' | '<>' | '<' | '<=' | '>' | '>=';

/**
 * One token. `start` is where it begins, `end` the offset just after it. `integer` carries its decimal digits
 * (the sign is a separate `-`/`+` token, folded by the parser); `string` carries the literal's value with `\'`,
 * `\"` and doubled quotes resolved and every other backslash pair kept verbatim (so `LIKE` sees `\%`, `\_`);
 * `word` is any other run of letters, digits and underscores (a value or function identifier, validated by the
 * parser where it is used).
 */
export type CesqlToken =
  | { readonly kind: 'integer'; readonly digits: string; readonly start: CesqlPosition; readonly end: number }
  | { readonly kind: 'string'; readonly value: string; readonly start: CesqlPosition; readonly end: number }
  | { readonly kind: 'word'; readonly text: string; readonly start: CesqlPosition; readonly end: number }
  | { readonly kind: 'keyword'; readonly keyword: CesqlKeyword; readonly start: CesqlPosition; readonly end: number }
  | { readonly kind: 'symbol'; readonly symbol: CesqlSymbol; readonly start: CesqlPosition; readonly end: number }
  | { readonly kind: 'eof'; readonly start: CesqlPosition; readonly end: number };

/** The lexer's verdict: every token (the last is `eof`), or the first lexical error. */
export type CesqlLexResult =
  { readonly ok: true; readonly tokens: readonly CesqlToken[] } | { readonly ok: false; readonly error: CesqlError };

const KEYWORDS: ReadonlyMap<string, CesqlKeyword> = new Map(
  (['AND', 'OR', 'XOR', 'NOT', 'LIKE', 'EXISTS', 'IN', 'TRUE', 'FALSE'] as const).map((k) => [k, k]),
);
const SINGLE: Readonly<Record<string, CesqlSymbol>> = {
  '(': '(',
  ')': ')',
  ',': ',',
  '+': '+',
  '-': '-',
  '*': '*',
  '/': '/',
  '%': '%',
  '=': '=',
};

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

class LexFailure extends Error {
  constructor(readonly error: CesqlError) {
    super(error.message);
  }
}

class Lexer {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  readonly tokens: CesqlToken[] = [];

  constructor(private readonly text: string) {}

  run(): void {
    const { text } = this;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === 32 || c === 9) this.i++;
      else if (c === 10 || c === 13) this.newline(c);
      else if (c === 39 || c === 34) this.string(text[this.i] ?? '');
      else if (isWordChar(c)) this.word();
      else this.symbol();
    }
    this.tokens.push({ kind: 'eof', start: this.here(), end: this.i });
  }

  private here(): CesqlPosition {
    return { offset: this.i, line: this.line, column: this.i - this.lineStart + 1 };
  }

  private newline(c: number): void {
    this.i += c === 13 && this.text.charCodeAt(this.i + 1) === 10 ? 2 : 1;
    this.line++;
    this.lineStart = this.i;
  }

  private word(): void {
    const start = this.here();
    const from = this.i;
    while (this.i < this.text.length && isWordChar(this.text.charCodeAt(this.i))) this.i++;
    const text = this.text.slice(from, this.i);
    const keyword = KEYWORDS.get(text.toUpperCase());
    if (keyword !== undefined) this.tokens.push({ kind: 'keyword', keyword, start, end: this.i });
    else if (/^[0-9]+$/.test(text)) this.tokens.push({ kind: 'integer', digits: text, start, end: this.i });
    else this.tokens.push({ kind: 'word', text, start, end: this.i });
  }

  private string(quote: string): void {
    const start = this.here();
    const { text } = this;
    let value = '';
    this.i++;
    for (;;) {
      const ch = text[this.i];
      if (ch === undefined) throw new LexFailure(cesqlError('parse', 'unterminated string literal', start));
      if (ch === '\\') {
        const next = text[this.i + 1];
        if (next === undefined) throw new LexFailure(cesqlError('parse', 'unterminated string literal', start));
        value += next === quote ? quote : ch + next;
        this.i += 2;
      } else if (ch === quote) {
        if (text[this.i + 1] !== quote) break;
        value += quote;
        this.i += 2;
      } else if (ch === '\n' || ch === '\r') {
        const from = this.i;
        this.newline(text.charCodeAt(from));
        value += text.slice(from, this.i);
      } else {
        value += ch;
        this.i++;
      }
    }
    this.i++;
    this.tokens.push({ kind: 'string', value, start, end: this.i });
  }

  private symbol(): void {
    const start = this.here();
    const { text } = this;
    const two = text.slice(this.i, this.i + 2);
    let symbol: CesqlSymbol | undefined;
    if (two === '!=' || two === '<>' || two === '<=' || two === '>=') symbol = two;
    else if (two.startsWith('<')) symbol = '<';
    else if (two.startsWith('>')) symbol = '>';
    else symbol = SINGLE[two.charAt(0)];
    if (symbol === undefined) {
      const cp = text.codePointAt(this.i) ?? 0;
      const shown = cp >= 0x20 && cp !== 0x7f ? `'${String.fromCodePoint(cp)}'` : `U+${cp.toString(16).toUpperCase()}`;
      throw new LexFailure(cesqlError('parse', `unexpected character ${shown}`, start));
    }
    this.i += symbol.length;
    this.tokens.push({ kind: 'symbol', symbol, start, end: this.i });
  }
}

/**
 * Splits a CESQL expression into tokens. Whitespace is space, tab, CR and LF (as in the ANTLR grammar). Keywords
 * are case-insensitive. A string literal is `'…'` or `"…"`; inside it a backslash followed by the delimiting quote,
 * or a doubled delimiting quote, stands for that quote, and any other backslash is kept with the character after it.
 * Never throws: an unterminated string or a character outside the language is a `parse` error with its position.
 */
export function lex(text: string): CesqlLexResult {
  const lexer = new Lexer(text);
  try {
    lexer.run();
  } catch (e) {
    if (e instanceof LexFailure) return { ok: false, error: e.error };
    throw e;
  }
  return { ok: true, tokens: lexer.tokens };
}
