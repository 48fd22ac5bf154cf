/** The CESQL lexer: token kinds, case-insensitive keywords, string escapes, positions, lexical errors. */
import { describe, expect, it } from 'vitest';

import { lex, type CesqlToken } from './lexer.js';

function tokens(text: string): readonly CesqlToken[] {
  const result = lex(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.tokens;
}

function kinds(text: string): string[] {
  return tokens(text).map((t) => {
    switch (t.kind) {
      case 'integer':
        return `int:${t.digits}`;
      case 'string':
        return `str:${t.value}`;
      case 'word':
        return `word:${t.text}`;
      case 'keyword':
        return t.keyword;
      case 'symbol':
        return t.symbol;
      case 'eof':
        return 'eof';
    }
  });
}

describe('lex', () => {
  it('recognises keywords in any case and reports them in upper case', () => {
    expect(kinds('and Or xOR not LIKE exists In true FALSE')).toEqual([
      'AND',
      'OR',
      'XOR',
      'NOT',
      'LIKE',
      'EXISTS',
      'IN',
      'TRUE',
      'FALSE',
      'eof',
    ]);
  });

  it('splits every operator and punctuation symbol, longest first', () => {
    expect(kinds('( ) , + - * / % = != <> < <= > >=')).toEqual([
      '(',
      ')',
      ',',
      '+',
      '-',
      '*',
      '/',
      '%',
      '=',
      '!=',
      '<>',
      '<',
      '<=',
      '>',
      '>=',
      'eof',
    ]);
    expect(kinds('a<>b<=c>=d')).toEqual(['word:a', '<>', 'word:b', '<=', 'word:c', '>=', 'word:d', 'eof']);
  });

  it('reads integers as digits (signs are separate tokens) and words with digits and underscores', () => {
    expect(kinds('-12 007 a1 1a CONCAT_WS')).toEqual([
      '-',
      'int:12',
      'int:007',
      'word:a1',
      'word:1a',
      'word:CONCAT_WS',
      'eof',
    ]);
  });

  it('resolves escaped and doubled quotes and keeps other backslash pairs verbatim', () => {
    expect(kinds(String.raw`'it\'s' "say \"hi\"" 'it''s' "a""b" 'a\_b\%c\\d' "x'y" 'p"q'`)).toEqual([
      "str:it's",
      'str:say "hi"',
      "str:it's",
      'str:a"b',
      String.raw`str:a\_b\%c\\d`,
      "str:x'y",
      'str:p"q',
      'eof',
    ]);
    expect(kinds("''")).toEqual(['str:', 'eof']);
  });

  it('skips spaces, tabs, CR and LF and tracks lines and columns (1-based)', () => {
    const t = tokens('a AND\n  b\r\n\tOR\rc');
    expect(t.map((x) => [x.start.offset, x.start.line, x.start.column])).toEqual([
      [0, 1, 1],
      [2, 1, 3],
      [8, 2, 3],
      [12, 3, 2],
      [15, 4, 1],
      [16, 4, 2],
    ]);
    expect(t.map((x) => x.end)).toEqual([1, 5, 9, 14, 16, 16]);
  });

  it('counts lines inside multi-line strings', () => {
    const t = tokens("'a\nb' x");
    expect(t[0]).toMatchObject({ kind: 'string', value: 'a\nb' });
    expect(t[1]?.start).toEqual({ offset: 6, line: 2, column: 4 });
  });

  it('reports an unterminated string at its opening quote', () => {
    expect(lex("x = 'abc")).toEqual({
      ok: false,
      error: expect.objectContaining({ type: 'parse', position: { offset: 4, line: 1, column: 5 } }) as unknown,
    });
    expect(lex("'abc\\'").ok).toBe(false);
    expect(lex("'abc\\").ok).toBe(false);
  });

  it('reports characters outside the language with their position', () => {
    for (const [text, column] of [
      ['a ! b', 3],
      ['a.b', 2],
      ['a;', 2],
      ['[1]', 1],
      ['é', 1],
      ['a\u00a0b', 2],
    ] as const) {
      const result = lex(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.position?.column).toBe(column);
    }
    const nul = lex('\u0000');
    expect(!nul.ok && nul.error.message).toContain('U+0');
  });
});
