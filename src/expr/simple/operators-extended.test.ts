import { describe, expect, it } from 'vitest';

import { ExpressionEvaluationError } from '../../api/errors.js';
import { evaluate, holds, newExchange } from '../../../test/kit/simple-kit.js';

describe('values as predicates', () => {
  it('follow the value-as-predicate rule', () => {
    expect(holds('${header.flag}')).toBe(true);
    expect(holds('${header.flagText}')).toBe(true);
    expect(holds('${header.missing}')).toBe(false);
    expect(holds('${header.empty}')).toBe(false);
    expect(holds('${header.list}')).toBe(true);
    expect(holds('${header.emptyList}')).toBe(false);
    expect(holds('${header.zero}')).toBe(true);
    expect(holds('true')).toBe(true);
    expect(holds('false')).toBe(false);
    expect(holds('')).toBe(false);
    expect(holds("'false'")).toBe(false);
  });

  it('negates a function with a leading !', () => {
    expect(holds('!${header.flag}')).toBe(false);
    expect(holds('!${header.missing}')).toBe(true);
    expect(holds('!${header.missing} && ${header.flag}')).toBe(true);
  });

  it('evaluates functions inside quoted literals', () => {
    expect(holds("${header.foo} == 'b${header.ar}'")).toBe(true);
  });
});

describe('unary ++ and --', () => {
  it('add or subtract one without changing the value', () => {
    const exchange = newExchange();
    expect(holds('${header.num}++ > 5', exchange)).toBe(true);
    expect(holds('${header.num}-- == 4', exchange)).toBe(true);
    expect(holds("${header.str5}++ == '6'", exchange)).toBe(true);
    expect(exchange.headers.get('num')).toBe(5);
    expect(evaluate('${header.num}++', exchange)).toBe(6);
    expect(evaluate('n=${header.num}--', exchange)).toBe('n=4');
    expect(evaluate('${header.dbl}++', exchange)).toBe(2.5);
    expect(evaluate('${header.missing}++', exchange)).toBeNull();
  });

  it('fail on a value that is not a number', () => {
    expect(() => evaluate('${header.foo}++')).toThrow(ExpressionEvaluationError);
  });
});

describe('ternary and operators inside ${}', () => {
  it('chooses a value', () => {
    expect(evaluate("${header.num > 3 ? 'big' : 'small'}")).toBe('big');
    expect(evaluate("${header.num > 30 ? 'big' : 'small'}")).toBe('small');
    expect(evaluate('${header.num > 3 ? 1 : 0}')).toBe(1);
    expect(evaluate('${header.num > 3 ? ${header.foo} : null}')).toBe('bar');
    expect(evaluate('${header.num > 30 ? ${header.foo} : null}')).toBeNull();
  });

  it('nests and takes && conditions', () => {
    const grade = (score: number): unknown => {
      const exchange = newExchange();
      exchange.headers.set('score', score);
      return evaluate("${header.score >= 90 ? 'A' : ${header.score >= 80 ? 'B' : 'C'}}", exchange);
    };
    expect([grade(95), grade(85), grade(10)]).toEqual(['A', 'B', 'C']);
    expect(evaluate("${header.num > 3 && header.foo == 'bar' ? 'yes' : 'no'}")).toBe('yes');
  });

  it('answers a comparison inside a template', () => {
    expect(evaluate('Over three: ${header.num > 3}')).toBe('Over three: true');
    const exchange = newExchange();
    exchange.body = ['a'];
    expect(evaluate('${body != null && body.size() > 0}', exchange)).toBe(true);
    expect(evaluate('${!header.flag}')).toBe(false);
  });

  it('works in predicates too', () => {
    expect(holds('${header.num > 3}')).toBe(true);
    expect(holds("${header.num > 3 ? 'true' : 'false'}")).toBe(true);
  });
});

describe('elvis ?:', () => {
  it('keeps a truthy left side, else takes the right', () => {
    expect(evaluate("${header.missing} ?: 'Guest'")).toBe('Guest');
    expect(evaluate("${header.foo} ?: 'Guest'")).toBe('bar');
    expect(evaluate("${header.zero} ?: 'none'")).toBe('none');
    expect(evaluate("${header.empty} ?: 'none'")).toBe('none');
    expect(evaluate("${header.flag} ?: 'none'")).toBe(true);
    expect(evaluate('${header.missing} ?: ${header.foo}')).toBe('bar');
  });
});

describe('chains ~> and ?~>', () => {
  it('pass each result as the body of the next function', () => {
    expect(evaluate("${substringAfter('Hello')} ~> ${trim()} ~> ${uppercase()}")).toBe('WORLD');
  });

  it('restore the body afterwards', () => {
    const exchange = newExchange();
    evaluate('${uppercase()} ~> ${lowercase()}', exchange);
    expect(exchange.body).toBe('Hello World');
  });

  it('accept $param for the passed value', () => {
    const exchange = newExchange();
    exchange.body = '   Hello World from the Camel ';
    expect(evaluate("${trim()} ~> ${replace('Hello','Hi')} ~> ${split(' ')} ~> ${size()}", exchange)).toBe(5);
    expect(
      evaluate("${trim()} ~> ${replace('Hello','Hi',$param)} ~> ${split($param,' ')} ~> ${size($param)}", exchange),
    ).toBe(5);
  });

  it('stop on null with ?~>', () => {
    expect(evaluate('${header.missing} ~> ${isEmpty()}')).toBe(true);
    expect(evaluate('${header.missing} ?~> ${isEmpty()}')).toBeNull();
  });
});
