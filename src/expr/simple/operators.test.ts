import { describe, expect, it } from 'vitest';

import { ExpressionEvaluationError } from '../../api/errors.js';
import { holds, newExchange } from '../../../test/kit/simple-kit.js';

describe('== and != with coercion', () => {
  it('compares text exactly', () => {
    expect(holds("${header.foo} == 'bar'")).toBe(true);
    expect(holds("${header.foo} == 'BAR'")).toBe(false);
    expect(holds("${header.foo} != 'baz'")).toBe(true);
    expect(holds("${header.foo} != 'bar'")).toBe(false);
    expect(holds('${header.foo} == "bar"')).toBe(true);
  });

  it('compares integer-looking strings as numbers', () => {
    expect(holds("'0001' == '001'")).toBe(true);
    expect(holds('${header.acc1} == ${header.acc2}')).toBe(true);
    expect(holds("'10' == '010'")).toBe(true);
    expect(holds("'1a' == '01a'")).toBe(false);
  });

  it('coerces numeric strings against numbers, both ways', () => {
    expect(holds("${header.num} == '5'")).toBe(true);
    expect(holds('${header.num} == 5')).toBe(true);
    expect(holds('${header.str5} == 5')).toBe(true);
    expect(holds("${header.num} == '05'")).toBe(true);
    expect(holds("${header.num} == 'five'")).toBe(false);
    expect(holds("${header.dbl} == '1.5'")).toBe(true);
    expect(holds('${header.dbl} == 1.5')).toBe(true);
    expect(holds('5 == ${header.str5}')).toBe(true);
  });

  it('reads a string against a boolean with Boolean.valueOf', () => {
    expect(holds("${header.flag} == 'true'")).toBe(true);
    expect(holds("${header.flag} == 'TRUE'")).toBe(true);
    expect(holds('${header.flagText} == true')).toBe(true);
    expect(holds("${header.flag} == 'yes'")).toBe(false);
    expect(holds('${header.flag} == false')).toBe(false);
  });

  it('applies the null rules', () => {
    expect(holds('${header.missing} == null')).toBe(true);
    expect(holds('${header.foo} == null')).toBe(false);
    expect(holds('${header.missing} != null')).toBe(false);
    expect(holds('${header.foo} != null')).toBe(true);
    expect(holds('${header.missing} == ${header.other}')).toBe(true);
    expect(holds("${header.missing} == ''")).toBe(false);
  });

  it('ignores case with =~ and !=~', () => {
    expect(holds("${header.foo} =~ 'BAR'")).toBe(true);
    expect(holds("${header.foo} !=~ 'BAR'")).toBe(false);
    expect(holds("${header.foo} !=~ 'baz'")).toBe(true);
  });

  it('compares lists and maps by content', () => {
    const exchange = newExchange();
    exchange.headers.set('l2', ['a', 'b']);
    exchange.headers.set('m1', { k: '1' });
    exchange.headers.set('m2', { k: 1 });
    expect(holds('${header.list} == ${header.l2}', exchange)).toBe(true);
    expect(holds('${header.m1} == ${header.m2}', exchange)).toBe(true);
  });
});

describe('equals', () => {
  it('compares as text only', () => {
    expect(holds('${header.acc1} equals ${header.acc2}')).toBe(false);
    expect(holds("${header.acc1} equals '0001'")).toBe(true);
    expect(holds("${header.acc1} !equals '001'")).toBe(true);
    expect(holds("${header.num} equals '5'")).toBe(true);
    expect(holds('${header.missing} equals null')).toBe(true);
  });
});

describe('ordering operators', () => {
  it('compares numbers', () => {
    expect(holds('${header.num} > 3')).toBe(true);
    expect(holds('${header.num} > 5')).toBe(false);
    expect(holds('${header.num} >= 5')).toBe(true);
    expect(holds('${header.num} < 10')).toBe(true);
    expect(holds('${header.num} <= 4')).toBe(false);
    expect(holds('${header.dbl} < 2')).toBe(true);
    expect(holds("${header.dbl} > '1.25'")).toBe(true);
  });

  it('compares numeric strings as numbers, not text', () => {
    expect(holds('${header.str5} > 10')).toBe(false);
    expect(holds("'10' > '9'")).toBe(true);
    expect(holds('100 < ${header.big}')).toBe(true);
    expect(holds("${header.big} > '30'")).toBe(true);
  });

  it('compares other strings as text', () => {
    expect(holds("'abc' < 'abd'")).toBe(true);
    expect(holds("${header.foo} > 'bap'")).toBe(true);
    expect(holds("${header.foo} > 'bas'")).toBe(false);
  });

  it('answers false when one side is null, and true for >=/<= when both are', () => {
    expect(holds('${header.missing} > 1')).toBe(false);
    expect(holds('${header.missing} < 1')).toBe(false);
    expect(holds('${header.missing} <= 1')).toBe(false);
    expect(holds('1 >= ${header.missing}')).toBe(false);
    expect(holds('${header.missing} >= ${header.other}')).toBe(true);
    expect(holds('${header.missing} <= ${header.other}')).toBe(true);
    expect(holds('${header.missing} > ${header.other}')).toBe(false);
  });
});

describe('contains, ~~ and their negations', () => {
  it('tests substrings', () => {
    expect(holds("${header.title} contains 'Camel'")).toBe(true);
    expect(holds("${header.title} contains 'camel'")).toBe(false);
    expect(holds("${header.title} ~~ 'camel'")).toBe(true);
    expect(holds("${header.title} !~~ 'camel'")).toBe(false);
    expect(holds("${header.title} !contains 'Spring'")).toBe(true);
    expect(holds("${header.title} not contains 'Spring'")).toBe(true);
  });

  it('tests collection membership', () => {
    expect(holds("${header.list} contains 'a'")).toBe(true);
    expect(holds("${header.list} contains 'c'")).toBe(false);
    expect(holds('${header.numbers} contains 5')).toBe(true);
  });

  it('is false on null, so its negation holds', () => {
    expect(holds("${header.missing} contains 'x'")).toBe(false);
    expect(holds("${header.missing} !contains 'x'")).toBe(true);
  });
});

describe('regex', () => {
  it('matches the whole string', () => {
    expect(holds("${header.title} regex 'Camel.*'")).toBe(true);
    expect(holds("${header.title} regex 'Camel'")).toBe(false);
    expect(holds("${header.title} regex 'in'")).toBe(false);
    expect(holds("${header.title} !regex '\\d+'")).toBe(true);
    expect(holds("${header.str5} regex '\\d{1}'")).toBe(true);
  });

  it('honours inline flags and converts non-strings to text', () => {
    expect(holds("${header.title} regex '(?i)camel in action'")).toBe(true);
    expect(holds("${header.num} regex '\\d'")).toBe(true);
  });

  it('is false for a null left side', () => {
    expect(holds("${header.missing} regex '.*'")).toBe(false);
    expect(holds("${header.missing} not regex '.*'")).toBe(true);
  });

  it('takes the pattern from a function, compiled per distinct value', () => {
    const exchange = newExchange();
    expect(holds('${header.title} regex ${header.pattern}', exchange)).toBe(true);
    exchange.headers.set('pattern', 'Spring.*');
    expect(holds('${header.title} regex ${header.pattern}', exchange)).toBe(false);
    exchange.headers.set('pattern', '[');
    expect(() => holds('${header.title} regex ${header.pattern}', exchange)).toThrow(ExpressionEvaluationError);
  });
});

describe('in', () => {
  it('matches one of the comma-separated values', () => {
    expect(holds("${header.foo} in 'gold,bar'")).toBe(true);
    expect(holds("${header.foo} in 'gold,silver'")).toBe(false);
    expect(holds("${header.foo} !in 'gold,silver'")).toBe(true);
    expect(holds("${header.foo} not in 'gold,bar'")).toBe(false);
  });

  it('includes an empty element written as a double comma', () => {
    expect(holds("${header.empty} in ',,bronze,silver,gold'")).toBe(true);
    expect(holds("${header.empty} in 'bronze,silver,gold'")).toBe(false);
  });

  it('compares each element with == coercion', () => {
    expect(holds("${header.num} in '1,5,7'")).toBe(true);
    expect(holds("${header.num} in '1,05'")).toBe(true);
    expect(holds("${header.num} in '1,2'")).toBe(false);
  });

  it('takes a list from a function', () => {
    expect(holds('${header.num} in ${header.numbers}')).toBe(true);
    expect(holds('${header.foo} in ${header.list}')).toBe(false);
  });
});

describe('is', () => {
  it('tests the Java class of the value', () => {
    expect(holds("${header.foo} is 'String'")).toBe(true);
    expect(holds("${header.foo} is 'java.lang.String'")).toBe(true);
    expect(holds("${header.num} is 'Integer'")).toBe(true);
    expect(holds("${header.num} is 'String'")).toBe(false);
    expect(holds("${header.num} !is 'String'")).toBe(true);
    expect(holds("${header.list} is 'java.util.List'")).toBe(true);
    expect(holds('${header.dbl} is Double')).toBe(true);
  });

  it('is false for null', () => {
    expect(holds("${header.missing} is 'String'")).toBe(false);
  });
});

describe('range', () => {
  it('includes both ends, quoted or not', () => {
    expect(holds('${header.num} range 1..10')).toBe(true);
    expect(holds("${header.num} range '5..5'")).toBe(true);
    expect(holds('${header.num} range 6..10')).toBe(false);
    expect(holds('${header.num} !range 6..10')).toBe(true);
    expect(holds('${header.num} not range 1..4')).toBe(true);
    expect(holds("${header.str5} range '1..9'")).toBe(true);
    expect(holds('${header.big} range 100..199')).toBe(false);
  });

  it('is false for null and non-numbers', () => {
    expect(holds('${header.missing} range 1..10')).toBe(false);
    expect(holds('${header.foo} range 1..10')).toBe(false);
  });
});

describe('startsWith and endsWith', () => {
  it('compare text', () => {
    expect(holds("${header.title} startsWith 'Camel'")).toBe(true);
    expect(holds("${header.title} endsWith 'Action'")).toBe(true);
    expect(holds("${header.title} !startsWith 'Spring'")).toBe(true);
    expect(holds("${header.title} !endsWith 'Action'")).toBe(false);
    expect(holds("${header.title} starts with 'Camel'")).toBe(true);
    expect(holds("${header.title} ends with 'Action'")).toBe(true);
    expect(holds('${header.num} startsWith 5')).toBe(true);
    expect(holds("${header.missing} startsWith 'x'")).toBe(false);
  });
});

describe('&& and ||', () => {
  it('combine predicates', () => {
    expect(holds("${header.title} contains 'Camel' && ${header.foo} == 'bar'")).toBe(true);
    expect(holds("${header.title} contains 'Camel' && ${header.foo} == 'baz'")).toBe(false);
    expect(holds("${header.title} contains 'Spring' || ${header.foo} == 'bar'")).toBe(true);
    expect(holds('${header.flag} && ${header.flagText}')).toBe(true);
    expect(holds('${header.missing} || ${header.empty}')).toBe(false);
  });

  it('group left to right with equal precedence, as Camel does', () => {
    // ((a == 1 || b == 2) && c == 4): false; Java precedence would answer true
    expect(holds('${header.a} == 1 || ${header.b} == 2 && ${header.c} == 4')).toBe(false);
    expect(holds('${header.a} == 9 && ${header.b} == 9 || ${header.c} == 3')).toBe(true);
  });
});
