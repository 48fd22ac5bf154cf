import { describe, expect, it } from 'vitest';

import { parseYaml } from './parse-yaml.js';
import { placeYamlError } from './yaml-error.js';

/** The YAML diagnostics of a text as `line:col CODE message`. */
const errors = (text: string): string[] =>
  parseYaml(text, { file: 'r.yaml' }).diagnostics.map(
    (d) => `${String(d.line)}:${String(d.col)} ${d.code} ${d.message}`,
  );

describe('YAML syntax errors', () => {
  it('places an unterminated double quote at the quote, not at the end of the document', () => {
    expect(errors('- from:\n    uri: "timer:x\n    steps: []\n')).toEqual([
      '2:10 YAML_SYNTAX unterminated double-quoted string',
    ]);
  });

  it('places an unterminated single quote at the quote', () => {
    expect(errors("a: 'abc\nb: 1\n")).toEqual(['1:4 YAML_SYNTAX unterminated single-quoted string']);
  });

  it("places an unclosed '[' at the bracket, not on the next line", () => {
    expect(errors('- to: [a, b\n- log: x\n')).toEqual(["1:7 YAML_SYNTAX '[' is never closed with ']'"]);
  });

  it("finds the unclosed '[' past a nested list that is closed", () => {
    expect(errors('- to: [a, [b, c]\n- log: x\n')).toEqual(["1:7 YAML_SYNTAX '[' is never closed with ']'"]);
  });

  it("places an unclosed '{' at the brace", () => {
    expect(errors('a: {x: 1\nb: 1\n')).toEqual(["1:4 YAML_SYNTAX '{' is never closed with '}'"]);
  });

  it('places a key indented deeper than the key above it on that line, at its first character', () => {
    expect(errors('a: 1\n   b: 2\n')).toEqual([
      '2:4 YAML_SYNTAX bad indentation: this line is indented deeper than the key above it',
    ]);
    expect(errors('- from:\n    uri: timer:a\n      steps: []\n')).toEqual([
      '3:7 YAML_SYNTAX bad indentation: this line is indented deeper than the key above it',
    ]);
  });

  it('explains a list item that does not line up with the list above it', () => {
    expect(errors('a:\n  - x: 1\n - y: 2\n')).toEqual([
      '3:2 YAML_SYNTAX bad indentation: this list item does not line up with the list above it',
    ]);
  });

  it("explains ': ' inside a plain value", () => {
    expect(errors('- log: message: hi\n')).toEqual([
      "1:8 YAML_SYNTAX ': ' inside a plain value starts a nested map; quote the value",
    ]);
  });

  it('reports a tab used for indentation at the tab', () => {
    expect(errors('a:\n\tb: 1\n')).toEqual(['2:1 YAML_TAB tab used for indentation; indent with spaces']);
  });

  it('reports every tab of a document', () => {
    expect(errors('a:\n\tb: 1\nc:\n\td: 2\n')).toEqual([
      '2:1 YAML_TAB tab used for indentation; indent with spaces',
      '4:1 YAML_TAB tab used for indentation; indent with spaces',
    ]);
  });

  it('names a duplicate key in the message and places it at the second occurrence', () => {
    expect(errors('- route:\n    id: a\n    id: b\n')).toEqual(["3:5 YAML_DUPLICATE_KEY duplicate key 'id' in a map"]);
  });

  it('reports duplicate keys besides a syntax error', () => {
    expect(errors('a: 1\na: 2\nb: "x\n')).toEqual([
      "2:1 YAML_DUPLICATE_KEY duplicate key 'a' in a map",
      '3:4 YAML_SYNTAX unterminated double-quoted string',
    ]);
  });

  it('keeps only the first syntax error of a document', () => {
    expect(errors('a: [1\nb: "x\n')).toEqual(["1:4 YAML_SYNTAX '[' is never closed with ']'"]);
  });

  it('keeps a syntax error that comes before a tab, and drops one that comes after it', () => {
    expect(errors('c: [1\na:\n\tb: 1\n')).toEqual([
      "1:4 YAML_SYNTAX '[' is never closed with ']'",
      '3:1 YAML_TAB tab used for indentation; indent with spaces',
    ]);
    expect(errors('a:\n\tb: 1\nc: [1\n')).toEqual(['2:1 YAML_TAB tab used for indentation; indent with spaces']);
  });

  it('reports the first syntax error of each document, with its document index', () => {
    const { diagnostics } = parseYaml('a: 1\n---\nb: [1\n---\nc: 1\nc: 2\n', { file: 'r.yaml' });
    expect(diagnostics.map((d) => [d.document, d.line, d.col, d.code])).toEqual([
      [1, 3, 4, 'YAML_SYNTAX'],
      [2, 6, 1, 'YAML_DUPLICATE_KEY'],
    ]);
  });

  it('places an unknown tag at the tag', () => {
    expect(errors('- from:\n    uri: !env X\n')).toEqual([
      "2:10 YAML_SYNTAX unknown tag '!env'; Camel routes use no tags",
    ]);
  });

  it('reports an unknown tag in a later document with that document index', () => {
    const { diagnostics } = parseYaml('- from: a\n---\n- from: !custom x\n', { file: 'r.yaml' });
    expect(diagnostics.map((d) => [d.document, d.line, d.code])).toEqual([[1, 3, 'YAML_SYNTAX']]);
  });

  it('reports nothing for well-formed YAML', () => {
    expect(errors('- from:\n    uri: "timer:a"\n    steps:\n      - to: [a, b]\n')).toEqual([]);
  });

  it('fills in the file, an empty pointer and error severity', () => {
    expect(parseYaml('a:\n\tb: 1\n', { file: 'dir/r.yaml' }).diagnostics).toEqual([
      {
        severity: 'error',
        code: 'YAML_TAB',
        message: 'tab used for indentation; indent with spaces',
        file: 'dir/r.yaml',
        line: 2,
        col: 1,
        pointer: '',
        document: 0,
      },
    ]);
  });
});

describe('placeYamlError', () => {
  it('keeps an unknown error where the parser put it, without the position suffix', () => {
    expect(
      placeYamlError('a: b\n', {
        code: 'SOMETHING',
        message: 'Something odd at line 1, column 4:\n\na: b\n',
        pos: [3, 4],
      }),
    ).toEqual({ offset: 3, message: 'Something odd' });
  });

  it('moves an unknown error that points at whitespace to the next non-blank character', () => {
    expect(placeYamlError('a:\n\n  b\n', { code: 'SOMETHING', message: 'Odd', pos: [3, 4] })).toEqual({
      offset: 6,
      message: 'Odd',
    });
  });

  it('words a duplicate key without a readable name generically', () => {
    expect(
      placeYamlError(': a\n: b\n', { code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [4, 5] }),
    ).toEqual({ offset: 4, message: 'duplicate key in a map' });
  });
});
