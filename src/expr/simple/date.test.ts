import { describe, expect, it } from 'vitest';

import type { EvaluationContext } from '../../api/exchange.js';
import { ExpressionEvaluationError } from '../../api/errors.js';
import { DefaultExchange } from '../../engine/exchange.js';
import { simpleLanguage } from './index.js';

// 2024-01-02T03:04:05.006Z
const NOW = Date.UTC(2024, 0, 2, 3, 4, 5, 6);
const HOUR = 3600000;
const context: EvaluationContext = { contextName: 'camel-1', property: () => undefined, now: () => NOW };

function newExchange(): DefaultExchange {
  const exchange = new DefaultExchange({ routeId: 'r1', created: NOW - 1000 });
  exchange.headers.set('birthday', Date.UTC(1990, 4, 17, 12));
  exchange.headers.set('asDate', new Date(Date.UTC(2000, 0, 1)));
  exchange.headers.set('asText', '2020-02-29T10:00:00Z');
  exchange.headers.set('bad', 'soon');
  exchange.variables.set('v', NOW);
  exchange.properties.set('p', NOW);
  return exchange;
}

function evaluate(text: string, exchange = newExchange()): unknown {
  const compiled = simpleLanguage.compileExpression(text);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.value.evaluate(exchange, context);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

describe('date function', () => {
  it('answers a Date without a pattern, from the context clock', () => {
    expect(evaluate('${date:now}')).toEqual(new Date(NOW));
    expect(evaluate('${date:exchangeCreated}')).toEqual(new Date(NOW - 1000));
    expect(evaluate('${date:millis}')).toBe(NOW);
  });

  it('formats with a SimpleDateFormat pattern in the local zone', () => {
    const local = new Date(NOW);
    const expected = `${String(local.getFullYear())}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
    expect(evaluate('${date:now:yyyy-MM-dd}')).toBe(expected);
    expect(evaluate('${date:now:HH:mm:ss}')).toBe(`${pad(local.getHours())}:${pad(local.getMinutes())}:05`);
  });

  it('formats in a given zone with date-with-timezone', () => {
    expect(evaluate("${date-with-timezone:now:UTC:yyyy-MM-dd'T'HH:mm:ss.SSSX}")).toBe('2024-01-02T03:04:05.006Z');
    expect(evaluate('${date-with-timezone:now:GMT+8:HH:mm}')).toBe('11:04');
    expect(evaluate('${date-with-timezone:now:Europe/Paris:HH:mm Z}')).toBe('04:04 +0100');
  });

  it('applies offsets', () => {
    expect(evaluate('${date:now-24h}')).toEqual(new Date(NOW - 24 * HOUR));
    expect(evaluate('${date:now+1h30m}')).toEqual(new Date(NOW + 1.5 * HOUR));
    expect(evaluate('${date:now+1h30m-100}')).toEqual(new Date(NOW + 1.5 * HOUR - 100));
    expect(evaluate('${date:now-2d+10s}')).toEqual(new Date(NOW - 48 * HOUR + 10000));
    expect(evaluate('${date:now+500ms}')).toEqual(new Date(NOW + 500));
    expect(evaluate('${date-with-timezone:now+8h:UTC:HH}')).toBe('11');
  });

  it('reads headers, variables and exchange properties', () => {
    expect(evaluate('${date-with-timezone:header.birthday:UTC:yyyyMMdd}')).toBe('19900517');
    expect(evaluate('${date-with-timezone:header.birthday+24h:UTC:yyyyMMdd}')).toBe('19900518');
    expect(evaluate('${date-with-timezone:header.asDate:UTC:yyyy}')).toBe('2000');
    expect(evaluate('${date-with-timezone:header.asText:UTC:MM/dd}')).toBe('02/29');
    expect(evaluate('${date:variable.v}')).toEqual(new Date(NOW));
    expect(evaluate('${date:exchangeProperty.p-1s}')).toEqual(new Date(NOW - 1000));
  });

  it('fails when the header holds no date', () => {
    expect(() => evaluate('${date:header.missing}')).toThrow(ExpressionEvaluationError);
    expect(() => evaluate('${date:header.bad}')).toThrow(
      'cannot find a Date or long at date command header.bad, was: soon',
    );
  });

  it('prints a Date like java.util.Date inside a template', () => {
    expect(evaluate('at ${date:now}')).toMatch(/^at [A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:05 \S+ 2024$/);
  });
});
