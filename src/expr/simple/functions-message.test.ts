import { hostname } from 'node:os';

import { afterEach, describe, expect, it } from 'vitest';

import type { EvaluationContext } from '../../api/exchange.js';
import { ExpressionEvaluationError, TypeConversionError } from '../../api/errors.js';
import { DefaultExchange } from '../../engine/exchange.js';
import { simpleLanguage } from './index.js';

const properties: Record<string, string> = { greeting: 'Hello', 'app.key': 'greeting', 'with.colon': 'a:b' };
const context: EvaluationContext = { contextName: 'camel-1', property: (key) => properties[key], now: () => 0 };

function newExchange(body: unknown = null): DefaultExchange {
  const exchange = new DefaultExchange({ routeId: 'r1', endpoint: 'timer:tick' });
  exchange.body = body;
  return exchange;
}

function evaluate(text: string, exchange = newExchange()): unknown {
  const compiled = simpleLanguage.compileExpression(text);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.value.evaluate(exchange, context);
}

describe('body functions', () => {
  it('reads the body and its one-line form', () => {
    expect(evaluate('${body}', newExchange('hi'))).toBe('hi');
    expect(evaluate('${in.body}', newExchange('hi'))).toBe('hi');
    expect(evaluate('${bodyOneLine}', newExchange('a\nb\r\nc'))).toBe('abc');
    expect(evaluate('${bodyOneLine}')).toBeNull();
  });

  it('names the body type', () => {
    expect(evaluate('${bodyType}', newExchange('x'))).toBe('java.lang.String');
    expect(evaluate('${bodyType}', newExchange({ a: 1 }))).toBe('java.util.LinkedHashMap');
    expect(evaluate('${bodyType}', newExchange([1]))).toBe('java.util.ArrayList');
    expect(evaluate('${bodyType}', newExchange(new Uint8Array(1)))).toBe('byte[]');
    expect(evaluate('${bodyType}')).toBeNull();
  });

  it('converts the body with bodyAs and mandatoryBodyAs', () => {
    expect(evaluate('${bodyAs(String)}', newExchange(42))).toBe('42');
    expect(evaluate('${bodyAs(Integer)}', newExchange('42'))).toBe(42);
    expect(evaluate("${bodyAs('java.lang.Integer')}", newExchange('42'))).toBe(42);
    expect(evaluate('${bodyAs(Integer)}')).toBeNull();
    expect(evaluate('${mandatoryBodyAs(int)}', newExchange('7'))).toBe(7);
    expect(() => evaluate('${mandatoryBodyAs(Integer)}')).toThrow(ExpressionEvaluationError);
    expect(() => evaluate('${bodyAs(Integer)}', newExchange('x'))).toThrow(TypeConversionError);
  });

  it('navigates the converted body', () => {
    expect(evaluate('${bodyAs(String).length}', newExchange(12345))).toBe(5);
    expect(evaluate('${bodyAs(java.util.Map).name}', newExchange('{"name":"Ann"}'))).toBe('Ann');
    expect(evaluate('${mandatoryBodyAs(List)[0]}', newExchange('["x"]'))).toBe('x');
  });

  it('converts with convertTo, the body or an expression', () => {
    expect(evaluate('${convertTo(int)}', newExchange('12'))).toBe(12);
    expect(
      evaluate(
        '${convertTo(${header.n},String)}',
        (() => {
          const exchange = newExchange();
          exchange.headers.set('n', 3);
          return exchange;
        })(),
      ),
    ).toBe('3');
    expect(evaluate('${convertTo(byte[])}', newExchange('ab'))).toEqual(new Uint8Array([97, 98]));
  });

  it('applies inline result types', () => {
    const exchange = newExchange('41');
    exchange.headers.set('age', '42');
    expect(evaluate('${int:header.age}', exchange)).toBe(42);
    expect(evaluate('${integer:body}', exchange)).toBe(41);
    expect(evaluate('${long:header.age}', exchange)).toBe(42n);
    expect(evaluate('${string:header.age}', exchange)).toBe('42');
    exchange.headers.set('ok', 'TRUE');
    expect(evaluate('${boolean:header.ok}', exchange)).toBe(true);
  });

  it('pretty-prints and serializes JSON', () => {
    expect(evaluate('${prettyBody}', newExchange('{"a":1}'))).toBe('{\n  "a": 1\n}');
    expect(evaluate('${prettyBody}', newExchange('plain text'))).toBe('plain text');
    expect(evaluate('${toJsonBody}', newExchange({ name: 'Jack', id: 123 }))).toBe('{"name":"Jack","id":123}');
    expect(evaluate('${toPrettyJsonBody}', newExchange({ id: 1 }))).toBe('{\n  "id": 1\n}');
    expect(evaluate('${toJson(${body})}', newExchange('already text'))).toBe('already text');
    expect(evaluate('${toJsonBody}')).toBeNull();
  });
});

describe('header functions', () => {
  const exchange = (): DefaultExchange => {
    const ex = newExchange();
    ex.headers.set('foo', 'bar');
    ex.headers.set('kafka.KEY', 'k1');
    ex.headers.set('Content-Type', 'text/plain');
    ex.headers.set('n', '42');
    ex.headers.set('map', { bar: 'baz', 'x y': 1 });
    return ex;
  };

  it('reads a header in every spelling', () => {
    for (const text of ['${header.foo}', '${header[foo]}', "${header['foo']}", '${header:foo}']) {
      expect(evaluate(text, exchange())).toBe('bar');
    }
    for (const text of ['${headers.foo}', '${headers:foo}', '${headers[foo]}', '${in.header.foo}']) {
      expect(evaluate(text, exchange())).toBe('bar');
    }
  });

  it('is case-insensitive and null when absent', () => {
    expect(evaluate('${header.FOO}', exchange())).toBe('bar');
    expect(evaluate('${header.missing}', exchange())).toBeNull();
  });

  it('falls back to the exchange property of the same name, as Camel 4.22 does', () => {
    const ex = exchange();
    ex.properties.set('CamelTimerCounter', 1);
    ex.properties.set('foo', 'property');
    expect(evaluate('[${header.CamelTimerCounter}]', ex)).toBe('[1]');
    expect(evaluate('${headers:CamelTimerCounter}', ex)).toBe(1);
    expect(evaluate('${header[CamelTimerCounter]}', ex)).toBe(1);
    expect(evaluate('${headerAs(CamelTimerCounter,String)}', ex)).toBe('1');
    expect(evaluate('${header.foo}', ex)).toBe('bar');
  });

  it('reads a dotted name as one header before trying OGNL', () => {
    expect(evaluate('${header.kafka.KEY}', exchange())).toBe('k1');
    expect(evaluate('${header.Content-Type}', exchange())).toBe('text/plain');
    expect(evaluate('${header.map.bar}', exchange())).toBe('baz');
    expect(evaluate('${header.map[bar]}', exchange())).toBe('baz');
    expect(evaluate("${header.map['x y']}", exchange())).toBe(1);
    expect(evaluate('${header.missing.bar}', exchange())).toBeNull();
  });

  it('converts with headerAs', () => {
    expect(evaluate('${headerAs(n,Integer)}', exchange())).toBe(42);
    expect(evaluate("${headerAs('n',String)}", exchange())).toBe('42');
    expect(evaluate('${headerAs(missing,Integer)}', exchange())).toBeNull();
  });

  it('lists all headers', () => {
    const ex = newExchange();
    ex.headers.set('A', 1);
    ex.headers.set('b', 'two');
    expect(evaluate('${headers}', ex)).toEqual({ A: 1, b: 'two' });
    expect(evaluate('${headers.size}', ex)).toBe(2);
    expect(evaluate('${headers.size()}', ex)).toBe(2);
    expect(evaluate('All: ${headers}', ex)).toBe('All: {A=1, b=two}');
  });
});

describe('exchange properties and variables', () => {
  it('reads exchange properties in every spelling', () => {
    const ex = newExchange();
    ex.properties.set('CamelTimerCounter', 3);
    ex.properties.set('order', { id: 7 });
    for (const text of ['${exchangeProperty.CamelTimerCounter}', '${exchangeProperty:CamelTimerCounter}']) {
      expect(evaluate(text, ex)).toBe(3);
    }
    expect(evaluate('${exchangeProperty[CamelTimerCounter]}', ex)).toBe(3);
    expect(evaluate('${exchangeProperty.order.id}', ex)).toBe(7);
    expect(evaluate('${exchangeProperty.missing}', ex)).toBeNull();
  });

  it('reads variables, converts them, and lists them', () => {
    const ex = newExchange();
    ex.variables.set('num', '99');
    ex.variables.set('user', { name: 'ann' });
    expect(evaluate('${variable.num}', ex)).toBe('99');
    expect(evaluate('${variable[num]}', ex)).toBe('99');
    expect(evaluate('${variable:num}', ex)).toBe('99');
    expect(evaluate('${variable.user.name}', ex)).toBe('ann');
    expect(evaluate('${variableAs(num,Integer)}', ex)).toBe(99);
    expect(evaluate('${variables}', ex)).toEqual({ num: '99', user: { name: 'ann' } });
    expect(evaluate('${variables.size}', ex)).toBe(2);
  });
});

describe('exchange, ids and routes', () => {
  it('reads ids and route ids', () => {
    const ex = newExchange();
    expect(evaluate('${exchangeId}', ex)).toBe(ex.exchangeId);
    expect(evaluate('${id}', ex)).toBe(ex.messageId);
    expect(evaluate('${exchange}', ex)).toBe(ex);
    expect(evaluate('${routeId}', ex)).toBe('r1');
    ex.routeId = 'r2';
    expect(evaluate('${routeId}', ex)).toBe('r2');
    expect(evaluate('${fromRouteId}', ex)).toBe('r1');
    expect(evaluate('${routeGroup}', ex)).toBeNull();
    expect(evaluate('${stepId}', ex)).toBeNull();
  });

  it('navigates the exchange', () => {
    const ex = newExchange('b');
    ex.headers.set('h', 'v');
    ex.properties.set('p', 1);
    expect(evaluate('${exchange.exchangeId}', ex)).toBe(ex.exchangeId);
    expect(evaluate('${exchange.getExchangeId()}', ex)).toBe(ex.exchangeId);
    expect(evaluate('${exchange.pattern}', ex)).toBe('InOnly');
    expect(evaluate('${exchange.properties[p]}', ex)).toBe(1);
    expect(evaluate('${exchange.headers.h}', ex)).toBe('v');
  });

  it('answers the message timestamp header, 0 when absent', () => {
    const ex = newExchange();
    expect(evaluate('${messageTimestamp}', ex)).toBe(0);
    ex.headers.set('CamelMessageTimestamp', 1700000000000);
    expect(evaluate('${messageTimestamp}', ex)).toBe(1700000000000);
  });

  it('names the context, the thread and the host', () => {
    expect(evaluate('${camelId}')).toBe('camel-1');
    expect(evaluate('${camelContext.name}')).toBe('camel-1');
    expect(evaluate('${threadName}')).toBe('main');
    expect(typeof evaluate('${threadId}')).toBe('number');
    expect(evaluate('${hostname}')).toBe(hostname());
    expect(evaluate('${null}')).toBeNull();
  });
});

describe('exception', () => {
  it('reads the exception, its message and stack trace', () => {
    const ex = newExchange();
    expect(evaluate('${exception}', ex)).toBeNull();
    expect(evaluate('${exception.message}', ex)).toBeNull();
    const error = new Error('boom');
    ex.exception = error;
    expect(evaluate('${exception}', ex)).toBe(error);
    expect(evaluate('${exception.message}', ex)).toBe('boom');
    expect(evaluate('${exception.stacktrace}', ex)).toContain('Error: boom');
    expect(evaluate('Failed: ${exception.message}', ex)).toBe('Failed: boom');
    expect(evaluate('${exception.name}', ex)).toBe('Error');
  });

  it('falls back to the caught exception property', () => {
    const ex = newExchange();
    ex.properties.set('CamelExceptionCaught', new TypeError('caught'));
    expect(evaluate('${exception.message}', ex)).toBe('caught');
  });
});

describe('properties', () => {
  it('looks properties up, with a default', () => {
    expect(evaluate('${properties:greeting}')).toBe('Hello');
    expect(evaluate('${properties:nope:fallback}')).toBe('fallback');
    expect(evaluate('${properties:nope:}')).toBe('');
    expect(evaluate('${properties:greeting:fallback}')).toBe('Hello');
    expect(evaluate('${properties:with.colon}')).toBe('a:b');
  });

  it('fails on a missing property without default', () => {
    expect(() => evaluate('${properties:nope}')).toThrow(ExpressionEvaluationError);
    expect(() => evaluate('${properties:nope}')).toThrow('property nope is not defined and has no default');
  });

  it('resolves nested keys', () => {
    expect(evaluate('${properties:${properties:app.key}}')).toBe('Hello');
  });

  it('tests existence', () => {
    expect(evaluate('${propertiesExist:greeting}')).toBe(true);
    expect(evaluate('${propertiesExist:nope}')).toBe(false);
    expect(evaluate('${propertiesExist:!nope}')).toBe(true);
  });
});

describe('env', () => {
  afterEach(() => {
    delete process.env['DROMEDARY_TEST_VAR'];
  });

  it('reads OS environment variables, null when unset', () => {
    process.env['DROMEDARY_TEST_VAR'] = 'on';
    expect(evaluate('${env.DROMEDARY_TEST_VAR}')).toBe('on');
    expect(evaluate('${env:DROMEDARY_TEST_VAR}')).toBe('on');
    expect(evaluate('${sysenv.DROMEDARY_TEST_VAR}')).toBe('on');
    expect(evaluate('${env.DROMEDARY_UNSET_VAR}')).toBeNull();
  });
});

describe('messageHistory', () => {
  it("asks the runtime for the exchange's history, with the exchange unless the argument is false", () => {
    expect(evaluate('${messageHistory}')).toBe('');
    const asked: boolean[] = [];
    const compiled = simpleLanguage.compileExpression('${messageHistory}|${messageHistory(false)}');
    if (!compiled.ok) throw new Error('does not compile');
    const text = compiled.value.evaluate(new DefaultExchange(), {
      contextName: 'c',
      property: () => undefined,
      now: () => 0,
      messageHistory: (_e, detailed) => (asked.push(detailed), detailed ? 'table+exchange' : 'table'),
    });
    expect(text).toBe('table+exchange|table');
    expect(asked).toEqual([true, false]);
  });
});
