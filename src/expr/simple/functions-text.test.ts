import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import type { EvaluationContext } from '../../api/exchange.js';
import { ExpressionEvaluationError } from '../../api/errors.js';
import { DefaultExchange } from '../../engine/exchange.js';
import { simpleLanguage } from './index.js';

const context: EvaluationContext = { contextName: 'camel-1', property: () => undefined, now: () => 0 };

function newExchange(body: unknown = null): DefaultExchange {
  const exchange = new DefaultExchange({ routeId: 'r1' });
  exchange.body = body;
  exchange.headers.set('csv', 'a-b-c');
  exchange.headers.set('width', 6);
  return exchange;
}

function evaluate(text: string, body: unknown = null): unknown {
  const compiled = simpleLanguage.compileExpression(text);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.value.evaluate(newExchange(body), context);
}

describe('substring', () => {
  it('clips from the head, or the tail with a negative number (docs examples)', () => {
    expect(evaluate('${substring(3)}', 'ABCDEFGHIJK')).toBe('DEFGHIJK');
    expect(evaluate('${substring(-3)}', 'ABCDEFGHIJK')).toBe('ABCDEFGH');
    expect(evaluate('${substring(1,-1)}', 'ABCDEFGHIJK')).toBe('BCDEFGHIJ');
    expect(evaluate('${substring(3,-2)}', 'ABCDEFGHIJK')).toBe('DEFGHI');
    expect(evaluate('${substring(3,2)}', 'ABCDEFGHIJK')).toBe('DEFGHI');
    expect(evaluate('${substring(1,0)}', 'ABCDEFGHIJK')).toBe('BCDEFGHIJK');
  });

  it('answers an empty string when everything is clipped, null for a null input', () => {
    expect(evaluate('${substring(20)}', 'ABC')).toBe('');
    expect(evaluate('${substring(2,1)}', 'ABC')).toBe('');
    expect(evaluate('${substring(1)}')).toBeNull();
  });

  it('takes an expression and computed numbers', () => {
    expect(evaluate('${substring(0,2,${header.csv})}')).toBe('a-b');
    expect(evaluate('${substring(${header.width})}', 'ABCDEFGH')).toBe('GH');
  });
});

describe('substringBefore, substringAfter, substringBetween', () => {
  const text = 'Hello great big World how are you';

  it('cut around markers (docs examples)', () => {
    expect(evaluate("${substringBefore('World')}", text)).toBe('Hello great big ');
    expect(evaluate("${substringAfter('World')}", text)).toBe(' how are you');
    expect(evaluate("${substringBetween('great','how')}", text)).toBe(' big World ');
    expect(evaluate("${trim(${substringBetween('great','how')})}", text)).toBe('big World');
  });

  it('answer null when the marker is missing', () => {
    expect(evaluate("${substringBefore('nope')}", text)).toBeNull();
    expect(evaluate("${substringAfter('nope')}", text)).toBeNull();
    expect(evaluate("${substringBetween('how','great')}", text)).toBeNull();
  });

  it('take an expression first', () => {
    expect(evaluate('${substringAfter(${header.csv},-)}')).toBe('b-c');
    expect(evaluate('${substringBefore(${header.csv},-)}')).toBe('a');
    expect(evaluate('${substringBetween(${header.csv},a-,-c)}')).toBe('b');
  });
});

describe('replace', () => {
  it('replaces every occurrence (docs example)', () => {
    expect(evaluate('${replace(a,b)}', 'Hello a how are you')).toBe('Hello b how bre you');
  });

  it('decodes &quot; &apos; and &empty;', () => {
    expect(evaluate('${replace(&quot;,&apos;)}', 'say "hi"')).toBe("say 'hi'");
    expect(evaluate('${replace(-,&empty;)}', 'a-b-c')).toBe('abc');
  });

  it('takes an expression and keeps spaces', () => {
    expect(evaluate('${replace(-, ,${header.csv})}')).toBe('a b c');
    expect(evaluate("${replace('a','x',${header.csv})}")).toBe('x-b-c');
  });

  it('keeps null as null', () => {
    expect(evaluate('${replace(a,b)}')).toBeNull();
  });
});

describe('case, trim and whitespace', () => {
  it('work on the body or an argument', () => {
    expect(evaluate('${uppercase()}', 'hello')).toBe('HELLO');
    expect(evaluate("${lowercase('Hello World')}")).toBe('hello world');
    expect(evaluate("${uppercase('a,b')}")).toBe('A,B');
    expect(evaluate('${trim()}', '  hello  ')).toBe('hello');
    expect(evaluate("${trim('  hello world  ')}")).toBe('hello world');
    expect(evaluate("${capitalize('hello world')}")).toBe('Hello World');
    expect(evaluate('${normalizeWhitespace()}', '   Hello  big   World      ')).toBe('Hello big World');
    expect(evaluate('${uppercase()}')).toBeNull();
  });
});

describe('pad (docs examples)', () => {
  it('pads to the right for a positive width, to the left for a negative one', () => {
    expect(evaluate('${pad(${body},5)}', 'foo')).toBe('foo  ');
    expect(evaluate('${pad(${body},-5)}', 'foo')).toBe('  foo');
    expect(evaluate("${pad(${body},-5,'@')}", 'foo')).toBe('@@foo');
    expect(evaluate('${pad(${body},2)}', 'foo')).toBe('foo');
    expect(evaluate('${pad(${body},${header.width},.)}', 'ab')).toBe('ab....');
  });
});

describe('concat', () => {
  it('joins two values with an optional separator', () => {
    expect(evaluate("${concat('Hello ',${body})}", 'World')).toBe('Hello World');
    expect(evaluate("${concat('Hello',${body},' ')}", 'World')).toBe('Hello World');
    expect(evaluate("${concat('!')}", 'Hi')).toBe('Hi!');
    expect(evaluate("${concat('a',${header.missing},'-')}")).toBe('a');
  });
});

describe('join', () => {
  it('joins the body with a separator and prefix (docs examples)', () => {
    expect(evaluate('${join()}', ['A', 'B', 'C'])).toBe('A,B,C');
    expect(evaluate('${join(;)}', ['A', 'B', 'C'])).toBe('A;B;C');
    expect(evaluate('${join(&,id=)}', ['A', 'B', 'C'])).toBe('id=A&id=B&id=C');
    expect(evaluate("${join('|','',${header.csv})}")).toBe('a-b-c');
  });
});

describe('split', () => {
  it('splits on a Java regex, comma by default', () => {
    expect(evaluate('${split()}', 'a,b,c')).toEqual(['a', 'b', 'c']);
    expect(evaluate('${split(:)}', 'a:b:c')).toEqual(['a', 'b', 'c']);
    expect(evaluate('${split(${header.csv},-)}')).toEqual(['a', 'b', 'c']);
    expect(evaluate('${split(\\n)}', 'l1\nl2\n')).toEqual(['l1', 'l2']);
    expect(evaluate("${split('\\s+')}", 'a  b c')).toEqual(['a', 'b', 'c']);
    expect(evaluate('${split()}')).toBeNull();
  });
});

describe('quote, unquote and safeQuote', () => {
  it('quote and unquote', () => {
    expect(evaluate('${quote()}', 'Hello World')).toBe('"Hello World"');
    expect(evaluate("${quote('Hi from me')}")).toBe('"Hi from me"');
    expect(evaluate('${quote()}', "'x'")).toBe('"x"');
    expect(evaluate('${quote()}', '"x"')).toBe('"x"');
    expect(evaluate('${unquote()}', "'hello'")).toBe('hello');
    expect(evaluate('${unquote()}', '"hello"')).toBe('hello');
    expect(evaluate('${unquote()}', 'hello')).toBe('hello');
  });

  it('safeQuote leaves nulls, booleans and numbers alone', () => {
    expect(evaluate('${safeQuote()}', 12)).toBe('12');
    expect(evaluate('${safeQuote()}', true)).toBe('true');
    expect(evaluate('${safeQuote()}')).toBe('null');
    expect(evaluate('${safeQuote()}', 'x')).toBe('"x"');
  });
});

describe('kindOfType', () => {
  it('names the kind of a value', () => {
    expect(evaluate("${kindOfType('Hello')}")).toBe('string');
    expect(evaluate('${kindOfType(123)}')).toBe('number');
    expect(evaluate('${kindOfType(true)}')).toBe('boolean');
    expect(evaluate('${kindOfType()}', ['a'])).toBe('array');
    expect(evaluate('${kindOfType()}', { a: 1 })).toBe('object');
    expect(evaluate('${kindOfType()}', 1.5)).toBe('number');
    expect(evaluate('${kindOfType()}')).toBe('null');
  });
});

describe('character tests', () => {
  it('isAlpha, isAlphaNumeric, isNumeric', () => {
    expect(evaluate("${isAlpha('Hello World')}")).toBe(false);
    expect(evaluate("${isAlpha('HelloWorld')}")).toBe(true);
    expect(evaluate("${isAlphaNumeric('abc123')}")).toBe(true);
    expect(evaluate("${isNumeric('123')}")).toBe(true);
    expect(evaluate("${isNumeric('12.3')}")).toBe(false);
    expect(evaluate('${isNumeric()}')).toBe(false);
  });

  it('contains ignores case', () => {
    expect(evaluate('${contains(world)}', 'Hello big World')).toBe(true);
    expect(evaluate('${contains(camel)}', 'Hello big World')).toBe(false);
    expect(evaluate('${contains(${header.csv},B)}')).toBe(true);
  });
});

describe('length', () => {
  it('counts bytes', () => {
    expect(evaluate("${length('Hello World')}")).toBe(11);
    expect(evaluate('${length()}', 'Hello')).toBe(5);
    expect(evaluate('${length()}', 'é')).toBe(2);
    expect(evaluate('${length()}', new Uint8Array(3))).toBe(3);
    expect(evaluate('${length()}')).toBeNull();
  });
});

describe('hash and base64', () => {
  it('hashes as hex, SHA-256 by default', () => {
    const sha256 = createHash('sha256').update('hello').digest('hex');
    expect(evaluate('${hash()}', 'hello')).toBe(sha256);
    expect(evaluate('${hash(${body})}', 'hello')).toBe(sha256);
    expect(evaluate('${hash(${body},SHA3-256)}', 'hello')).toBe(createHash('sha3-256').update('hello').digest('hex'));
    expect(evaluate('${hash()}')).toBeNull();
  });

  it('encodes and decodes base64', () => {
    expect(evaluate('${base64Encode()}', 'hello')).toBe('aGVsbG8=');
    const decoded = evaluate('${base64Decode()}', 'aGVsbG8=');
    expect(decoded).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(decoded as Uint8Array)).toBe('hello');
    expect(evaluate('${base64Decode()} world', 'aGVsbG8=')).toBe('hello world');
  });
});

describe('uuid', () => {
  it('generates ids of each kind', () => {
    expect(evaluate('${uuid}')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(evaluate('${uuid(random)}')).toMatch(/^[0-9a-f-]{36}$/);
    expect(evaluate('${uuid(short)}')).toMatch(/^[0-9a-f]{16}$/);
    expect(evaluate('${uuid(classic)}')).toMatch(/^ID-/);
    const first = Number(evaluate('${uuid(simple)}'));
    expect(Number(evaluate('${uuid(simple)}'))).toBe(first + 1);
    expect(evaluate('${uuid}')).not.toBe(evaluate('${uuid}'));
  });
});

describe('iif, not, val and assert', () => {
  it('iif picks a value by a predicate', () => {
    expect(evaluate("${iif(${body} > 0,'positive','negative')}", 5)).toBe('positive');
    expect(evaluate("${iif(${body} > 0,'positive','negative')}", -5)).toBe('negative');
    expect(evaluate('${iif(${body} > 0,${body},${null})}', -5)).toBeNull();
  });

  it('not negates a predicate or the body', () => {
    expect(evaluate('${not()}')).toBe(true);
    expect(evaluate('${not()}', 'Hello')).toBe(false);
    expect(evaluate("${not(${body} == 'Hello')}", 'Hello')).toBe(false);
    expect(evaluate("${not(${body} == 'Hello')}", 'Bye')).toBe(true);
  });

  it('val returns its argument', () => {
    expect(evaluate('${val(abc)}')).toBe('abc');
    expect(evaluate('${val(${body})}', 3)).toBe(3);
  });

  it('assert throws its message when the predicate fails', () => {
    expect(evaluate("${assert(${body} == 'Hello','Must be Hello')}", 'Hello')).toBeNull();
    expect(() => evaluate("${assert(${body} == 'Hello','Must be Hello')}", 'Bye')).toThrow(ExpressionEvaluationError);
    expect(() => evaluate("${assert(${body} == 'Hello','Must be Hello')}", 'Bye')).toThrow('Must be Hello');
  });
});
