import { describe, expect, it } from 'vitest';

import { parseProperties } from './properties-file.js';

const entries = (text: string): [string, string][] => [...parseProperties(text)];

describe('parseProperties', () => {
  it('reads keys separated from values by =, : or whitespace', () => {
    expect(entries('a=1\nb: 2\nc 3\nd\t4\n')).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
      ['d', '4'],
    ]);
  });

  it('ignores whitespace around the separator and before the key, but keeps trailing whitespace of the value', () => {
    expect(entries('   key   :   value\n\tother =  x  \n')).toEqual([
      ['key', 'value'],
      ['other', 'x  '],
    ]);
  });

  it('splits at the first separator only', () => {
    expect(entries('a = b = c\nurl=http://host:8080/p\nn:=y\n')).toEqual([
      ['a', 'b = c'],
      ['url', 'http://host:8080/p'],
      ['n', '=y'],
    ]);
  });

  it('skips # and ! comments, indented ones too, and blank lines', () => {
    expect(entries('# a=1\n! b=2\n   # c=3\n\t! d=4\n\n   \ne=5\n')).toEqual([['e', '5']]);
  });

  it('keeps # inside a value', () => {
    expect(entries('color=#ff0000\nhash=a#b\n')).toEqual([
      ['color', '#ff0000'],
      ['hash', 'a#b'],
    ]);
  });

  it('reads a key without a value as an empty value', () => {
    expect(entries('lonely\nempty=\n')).toEqual([
      ['lonely', ''],
      ['empty', ''],
    ]);
  });

  it('joins continuation lines, dropping the leading whitespace of each', () => {
    expect(entries('greeting = Hello, \\\n    World\nnext=1\n')).toEqual([
      ['greeting', 'Hello, World'],
      ['next', '1'],
    ]);
    expect(entries('list=a,\\\n  b,\\\n  c\n')).toEqual([['list', 'a,b,c']]);
  });

  it('does not continue a line that ends with an escaped backslash', () => {
    expect(entries('dir=C:\\\\temp\\\\\nnext=1\n')).toEqual([
      ['dir', 'C:\\temp\\'],
      ['next', '1'],
    ]);
  });

  it('does not continue a comment line that ends with a backslash', () => {
    expect(entries('# comment \\\nafter=1\n')).toEqual([['after', '1']]);
  });

  it('reads Windows line endings', () => {
    expect(entries('a=1\r\nb=x\\\r\n  y\r\n')).toEqual([
      ['a', '1'],
      ['b', 'xy'],
    ]);
  });

  it('unescapes \\t, \\n, \\r, \\f and \\uXXXX in values', () => {
    expect(parseProperties('v=\\t|\\n|\\r|\\f|\\u0041|\\u00e9\n').get('v')).toBe('\t|\n|\r|\f|A|é');
  });

  it('drops the backslash before any other character', () => {
    expect(parseProperties('v=\\q\\=\\:\\\\n\n').get('v')).toBe('q=:\\n');
  });

  it('reads escaped separators and spaces as part of the key', () => {
    expect(entries('key\\ with\\ spaces = v\nk\\:x=1\nk\\=y=2\n\\u0041=a\n')).toEqual([
      ['key with spaces', 'v'],
      ['k:x', '1'],
      ['k=y', '2'],
      ['A', 'a'],
    ]);
  });

  it('lets a later key override an earlier one', () => {
    const props = parseProperties('period=1000\nname=a\nperiod=5000\n');
    expect(props.get('period')).toBe('5000');
    expect(props.size).toBe(2);
  });

  it('returns an empty map for an empty text', () => {
    expect(parseProperties('').size).toBe(0);
  });
});
