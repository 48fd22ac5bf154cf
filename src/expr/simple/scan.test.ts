import { describe, expect, it } from 'vitest';

import { findFunctionEnd, findGroupEnd, findQuoteEnd, openerAt, scanTemplate } from './scan.js';
import type { Text } from './source.js';

function scan(text: string): { segments: ReturnType<typeof scanTemplate>; src: Text } {
  const src: Text = { text, problems: [] };
  return { segments: scanTemplate(src, 0, text.length), src };
}

describe('scanTemplate', () => {
  it('splits text and functions with their ranges', () => {
    expect(scan('a ${body} b').segments).toEqual([
      { kind: 'text', value: 'a ', start: 0, end: 2 },
      { kind: 'function', start: 2, bodyStart: 4, bodyEnd: 8, end: 9 },
      { kind: 'text', value: ' b', start: 9, end: 11 },
    ]);
  });

  it('matches nested functions and braces', () => {
    const { segments } = scan('${a(${b}, {x})}!');
    expect(segments[0]).toEqual({ kind: 'function', start: 0, bodyStart: 2, bodyEnd: 14, end: 15 });
  });

  it('applies escapes only in text', () => {
    expect(scan('\\n\\t\\r\\}\\x').segments).toEqual([{ kind: 'text', value: '\n\t\r}\\x', start: 0, end: 10 }]);
  });

  it('reports an unclosed function and stops there', () => {
    const { segments, src } = scan('ok ${body');
    expect(segments).toEqual([{ kind: 'text', value: 'ok ', start: 0, end: 3 }]);
    expect(src.problems).toEqual([{ message: 'function ${ has no closing }', offset: 3, length: 2 }]);
  });
});

describe('matching helpers', () => {
  it('find openers, function ends, quotes and groups', () => {
    expect(openerAt('${x}', 0)).toBe(2);
    expect(openerAt('$simple{x}', 0)).toBe(8);
    expect(openerAt('$x', 0)).toBe(0);
    expect(findFunctionEnd('${a\\}b}', 2, 7)).toBe(6);
    expect(findQuoteEnd("'a${b'c}'!", 0, 10)).toBe(9);
    expect(findQuoteEnd("'abc", 0, 4)).toBe(-1);
    expect(findGroupEnd('(a,(b),")")x', 0, 12)).toBe(11);
    expect(findGroupEnd('[a[0]]', 0, 6)).toBe(6);
    expect(findGroupEnd('(a', 0, 2)).toBe(-1);
  });
});
