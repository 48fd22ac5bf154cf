import { describe, expect, it } from 'vitest';

import type { ExpressionProblem } from '../../api/expression.js';
import { simpleLanguage } from './index.js';

function expressionProblems(text: string): ExpressionProblem[] {
  const compiled = simpleLanguage.compileExpression(text);
  return compiled.ok ? [] : compiled.problems;
}

function predicateProblems(text: string): ExpressionProblem[] {
  const compiled = simpleLanguage.compilePredicate(text);
  return compiled.ok ? [] : compiled.problems;
}

const problem = (message: string, offset: number, length: number): ExpressionProblem => ({ message, offset, length });

describe('syntax problems in expressions', () => {
  it('reports an unclosed function at its opener', () => {
    expect(expressionProblems('${header.foo')).toEqual([problem('function ${ has no closing }', 0, 2)]);
    expect(expressionProblems('Hello ${body')).toEqual([problem('function ${ has no closing }', 6, 2)]);
    expect(expressionProblems('$simple{body')).toEqual([problem('function $simple{ has no closing }', 0, 8)]);
  });

  it('reports unknown and empty functions over their text', () => {
    expect(expressionProblems('${unknown}')).toEqual([problem('unknown function: unknown', 2, 7)]);
    expect(expressionProblems('${upper(${body})}')).toEqual([problem('unknown function: upper(…)', 2, 14)]);
    expect(expressionProblems('${}')).toEqual([problem('empty function ${}', 0, 3)]);
    expect(expressionProblems('${trim}')).toEqual([problem('trim needs parentheses: trim(…)', 2, 4)]);
  });

  it('collects every problem, in source order', () => {
    expect(expressionProblems('${nope1} and ${nope2}')).toEqual([
      problem('unknown function: nope1', 2, 5),
      problem('unknown function: nope2', 15, 5),
    ]);
  });

  it('gives offsets into the text as given, before trimming', () => {
    expect(expressionProblems('   ${nope}')).toEqual([problem('unknown function: nope', 5, 4)]);
  });

  it('refuses functions that need a registry, another language or code', () => {
    for (const text of [
      '${bean:foo.bar}',
      '${ref:myBean}',
      '${type:org.apache.camel.Exchange.FILE_NAME}',
      '${sys.user.home}',
      '${jsonpath($.a)}',
      '${jq(.a)}',
      '${xpath(/a)}',
      '${attachments.size}',
      '${originalBody}',
      '${setHeader(a,b)}',
      '${file:name}',
    ]) {
      const problems = expressionProblems(text);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.message).toMatch(/is not supported by Dromedary$/);
      expect(problems[0]?.offset).toBe(2);
    }
    expect(expressionProblems('${uuid(myGenerator)}')[0]?.message).toMatch(/not supported by Dromedary/);
  });

  it('checks function arguments', () => {
    expect(expressionProblems('${substring(a)}')).toEqual([
      problem('the head of substring must be an integer, was: a', 12, 1),
    ]);
    expect(expressionProblems('${pad(${body})}')).toEqual([problem('pad takes 2 to 3 arguments, got 1', 2, 12)]);
    expect(expressionProblems('${map(a,b,c)}')).toEqual([
      problem('map needs pairs of keys and values, got 3 values', 2, 10),
    ]);
    expect(expressionProblems('${createEmpty(queue)}')).toEqual([
      problem('createEmpty takes string, list, map or set', 14, 5),
    ]);
    expect(expressionProblems('${bodyAs(Foo)}')).toEqual([problem('unknown type Foo', 9, 3)]);
    expect(expressionProblems('${hash(${body},SHA-999)}')).toEqual([problem('unknown hash algorithm SHA-999', 15, 7)]);
    expect(expressionProblems('${substring(1)x}')).toEqual([problem('unexpected text after substring(…)', 14, 1)]);
    expect(expressionProblems('${random(1,2,3)}')).toEqual([problem('random takes 1 to 2 arguments, got 3', 2, 13)]);
  });

  it('checks dates', () => {
    expect(expressionProblems('${date:now:yyyy-ww}')).toEqual([
      problem("date pattern letter 'w' is not supported", 16, 1),
    ]);
    expect(expressionProblems('${date:yesterday}')).toEqual([problem('unknown date command yesterday', 7, 9)]);
    expect(expressionProblems('${date:now-1x}')).toEqual([problem('invalid date offset -1x', 10, 3)]);
    expect(expressionProblems('${date-with-timezone:now:Mars/X:HH}')).toEqual([
      problem('unknown time zone Mars/X', 25, 6),
    ]);
    expect(expressionProblems('${date-with-timezone:now}')).toEqual([
      problem('date-with-timezone needs command:timezone:pattern', 21, 3),
    ]);
  });

  it('checks OGNL', () => {
    expect(expressionProblems('${body.hashCode()}')).toEqual([
      problem('method hashCode() is not supported by Dromedary', 7, 8),
    ]);
    expect(expressionProblems('${body[0}')).toEqual([problem('missing ] in OGNL', 6, 1)]);
    expect(expressionProblems('${body.foo(}')).toEqual([problem('missing ) after foo(', 10, 1)]);
    expect(expressionProblems('${body.substring()}')).toEqual([
      problem('method substring() takes 1 to 2 arguments', 7, 9),
    ]);
  });

  it('checks operators inside ${}', () => {
    expect(expressionProblems("${header.n > 3 ? 'a'}")).toEqual([
      problem('ternary operator ? has no matching :', 15, 1),
    ]);
    expect(expressionProblems('${header.n > }')).toEqual([problem('operator > has no right operand', 11, 1)]);
  });
});

describe('syntax problems in predicates', () => {
  it('reports an operator without spaces', () => {
    expect(predicateProblems('${header.x}==5')).toEqual([
      problem('operator == must have a space on both sides', 11, 2),
    ]);
    expect(predicateProblems('${header.x}>=5')).toEqual([
      problem('operator >= must have a space on both sides', 11, 2),
    ]);
    expect(predicateProblems('${header.x}>5')).toEqual([problem('operator > must have a space on both sides', 11, 1)]);
    expect(predicateProblems("${header.x} =='a'")).toEqual([
      problem('operator == must have a space on both sides', 12, 2),
    ]);
  });

  it('reports missing operands', () => {
    expect(predicateProblems('${header.x} ==')).toEqual([problem('operator == has no right operand', 12, 2)]);
    expect(predicateProblems('== 5')).toEqual([problem('operator == has no left operand', 0, 2)]);
    expect(predicateProblems('${header.x} == 5 &&')).toEqual([problem('operator && has no right operand', 17, 2)]);
    expect(predicateProblems('${header.x} == 1 || || ${header.y}')).toEqual([
      problem('operator || has no right operand', 17, 2),
    ]);
  });

  it('reports an operand where an operator was expected', () => {
    expect(predicateProblems("${header.x} 'a'")).toEqual([problem("expected an operator before 'a'", 12, 3)]);
    expect(predicateProblems('${header.x} = 5')).toEqual([problem('expected an operator before =', 12, 1)]);
  });

  it('reports an unclosed quote', () => {
    expect(predicateProblems("${header.x} == 'abc")).toEqual([problem('single quote has no ending quote', 15, 1)]);
    expect(predicateProblems('${header.x} == "abc')).toEqual([problem('double quote has no ending quote', 15, 1)]);
  });

  it('checks literal right sides at compile time', () => {
    const [regex] = predicateProblems("${header.x} regex '[a-'");
    expect(regex?.message).toMatch(/^invalid regex/);
    expect(regex).toMatchObject({ offset: 18, length: 5 });
    expect(predicateProblems("${header.x} range 'a..b'")).toEqual([
      problem('range must be written from..to with digits, as 100..199', 18, 6),
    ]);
    expect(predicateProblems('${header.x} range -1..5')).toEqual([
      problem('range must be written from..to with digits, as 100..199', 18, 5),
    ]);
    expect(predicateProblems("${header.x} is 'Foo'")).toEqual([problem('unknown type Foo', 15, 5)]);
  });

  it('collects problems from every operand, in source order', () => {
    expect(predicateProblems('${a} == ${nope} && ${nope2}')).toEqual([
      problem('unknown function: a', 2, 1),
      problem('unknown function: nope', 10, 4),
      problem('unknown function: nope2', 21, 5),
    ]);
    expect(predicateProblems('&& ${nope}')).toEqual([
      problem('operator && has no left operand', 0, 2),
      problem('unknown function: nope', 5, 4),
    ]);
  });
});
