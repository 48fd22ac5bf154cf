/**
 * The log endpoint as a Camel user sees it: the expected lines are the ones Camel 4.22 printed for the same routes
 * (`scripts/infra/camel run`), with the exchange-id and Java-only parts adapted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

import { routeKit, stopRouteKits, type RouteKit } from '../../../test/kit/route-kit.js';
import { DefaultExchange } from '../exchange.js';
import { formatExchange } from '../exchange-formatter.js';
import { maskSensitive } from './log-mask.js';

afterEach(async () => {
  await stopRouteKits();
  vi.useRealTimers();
});

const BODY = 'user=bob password=secret123, token: abc';

function route(steps: string, extra = ''): string {
  return `
- route:
    id: fmt
    group: mygroup${extra}
    from:
      uri: direct:in
      steps:
        - setHeader:
            name: password
            constant: hunter2
        - setHeader:
            name: apiKey
            constant: k1
${steps}`;
}

const linesOf = (k: RouteKit, logger: string): string[] =>
  k.logs.filter((l) => l.startsWith(`INFO ${logger} : `)).map((l) => l.slice(`INFO ${logger} : `.length));

describe('log formatting options', () => {
  it('lays the parts out with style Tab and Fixed, on one line or several', async () => {
    const kit = await routeKit(
      route(`        - to: log:tab?style=Tab&showHeaders=true
        - to: log:fixed?style=Fixed&showHeaders=true
        - to: log:tabmulti?style=Tab&multiline=true
        - to: log:fixedmulti?style=Fixed&multiline=true`),
    );
    await kit.send('direct:in', BODY);
    expect(linesOf(kit, 'tab')).toEqual([
      `Exchange[\tHeaders: {apiKey=k1, password=hunter2}\tBodyType: String\tBody: ${BODY}]`,
    ]);
    expect(linesOf(kit, 'fixed')).toEqual([
      `Exchange[\tHeaders             {apiKey=k1, password=hunter2}\tBodyType            String\tBody                ${BODY}]`,
    ]);
    expect(linesOf(kit, 'tabmulti')).toEqual([`Exchange[\n\tBodyType: String\n\tBody: ${BODY}\n]`]);
    expect(linesOf(kit, 'fixedmulti')).toEqual([
      `Exchange[\n\tBodyType            String\n\tBody                ${BODY}\n]`,
    ]);
  });

  it('shows the route group before the route id, and nothing for a route without group', async () => {
    const kit = await routeKit(
      `${route(`        - to: log:group?showRouteGroup=true&showRouteId=true`)}
- route:
    id: nogroup
    from:
      uri: direct:other
      steps:
        - to: log:nogroup?showRouteGroup=true&showRouteId=true
        - to: log:nogroupmulti?showRouteGroup=true&multiline=true&showBodyType=false`,
    );
    await kit.send('direct:in', BODY);
    await kit.send('direct:other', 'x');
    expect(linesOf(kit, 'group')).toEqual([
      `Exchange[RouteGroup: mygroup, RouteId: fmt, BodyType: String, Body: ${BODY}]`,
    ]);
    expect(linesOf(kit, 'nogroup')).toEqual(['Exchange[RouteId: nogroup, BodyType: String, Body: x]']);
    // Camel leaves the group's line empty.
    expect(linesOf(kit, 'nogroupmulti')).toEqual(['Exchange[\n\n  Body: x\n]']);
  });

  it('masks sensitive values with logMask, in the whole line as Camel does', async () => {
    const kit = await routeKit(
      route(`        - to: log:mask?logMask=true&showHeaders=true
        - to: log:plainmask?logMask=true&plain=true
        - setBody:
            constant: '{"password": "p1", "user": "u"}'
        - to: log:maskjson?logMask=true
        - to: log:maskjsonplain?logMask=true&plain=true`),
    );
    await kit.send('direct:in', BODY);
    expect(linesOf(kit, 'mask')).toEqual([
      'Exchange[Headers: {apiKey=xxxxx, password=xxxxx, BodyType: String, Body: user=xxxxx, token: abc]',
    ]);
    expect(linesOf(kit, 'plainmask')).toEqual(['user=xxxxx, token: abc']);
    // The formatted line starts with "Exchange[", so JSON masking does not apply to it (as in Camel).
    expect(linesOf(kit, 'maskjson')).toEqual([
      'Exchange[ExchangePattern: InOnly, BodyType: String, Body: {"password": "p1", "user": "u"}]',
    ]);
    expect(linesOf(kit, 'maskjsonplain')).toEqual(['{"password": "xxxxx", "user": "xxxxx"}']);
  });

  it('names the logger after the source location with sourceLocationLoggerName; marker shows nowhere', async () => {
    const kit = await routeKit(
      route(`        - to: log:srcloc?sourceLocationLoggerName=true
        - to: log:marker?marker=MYMARK`),
    );
    await kit.send('direct:in', 'b');
    expect(linesOf(kit, 'kit.camel.yaml:14')).toEqual(['Exchange[ExchangePattern: InOnly, BodyType: String, Body: b]']);
    expect(linesOf(kit, 'marker')).toEqual(['Exchange[ExchangePattern: InOnly, BodyType: String, Body: b]']);
  });
});

describe('exchange formatter: exceptions, stack traces, maxChars', () => {
  class IllegalArgumentException extends Error {
    override name = 'IllegalArgumentException';
  }
  const failed = (): DefaultExchange => {
    const e = new DefaultExchange({ routeId: 'r' });
    e.body = '{"password": "p1"}';
    e.properties.set('CamelExceptionCaught', new IllegalArgumentException('boom'));
    return e;
  };

  it('shows a caught exception with showCaughtException, not with showException alone', () => {
    expect(formatExchange(failed(), { showCaughtException: true })).toBe(
      'Exchange[BodyType: String, Body: {"password": "p1"}, CaughtExceptionType: IllegalArgumentException, CaughtExceptionMessage: boom]',
    );
    expect(formatExchange(failed(), { showException: true })).toBe(
      'Exchange[BodyType: String, Body: {"password": "p1"}]',
    );
    expect(formatExchange(failed(), { showCaughtException: true, multiline: true })).toBe(
      'Exchange[\n  BodyType: String\n  Body: {"password": "p1"}\n  CaughtExceptionType: IllegalArgumentException  CaughtExceptionMessage: boom\n]',
    );
  });

  it('prefers the exchange exception and adds the stack trace with showStackTrace', () => {
    const e = failed();
    e.exception = new Error('bad');
    const text = formatExchange(e, { showException: true, showStackTrace: true });
    expect(text).toMatch(
      /^Exchange\[BodyType: String, Body: \{"password": "p1"\}, ExceptionType: Error, ExceptionMessage: bad, StackTrace: Error: bad\n {4}at /,
    );
    expect(formatExchange(e, { showException: true })).not.toContain('StackTrace');
  });

  it('clips the body and then cuts the whole line after maxChars', () => {
    const e = new DefaultExchange();
    e.body = 'abcdefghijklmnop';
    expect(formatExchange(e, { maxChars: 10, plain: true })).toBe(
      'abcdefghij... [Body clipped after 10 chars, total length is 16]',
    );
    expect(formatExchange(e, { maxChars: 30, showBodyType: false })).toBe('Exchange[Body: abcdefghijklmnop]');
    // The whole text `, BodyType: String, Body: …` is cut after 12 characters, then its leading comma removed.
    expect(formatExchange(e, { maxChars: 12 })).toBe('Exchange[BodyType: ...]');
  });

  it('keeps line breaks in the body with skipBodyLineSeparator=false, and always in plain mode', () => {
    const e = new DefaultExchange();
    e.body = 'a\nb';
    expect(formatExchange(e, { showBodyType: false })).toBe('Exchange[Body: ab]');
    expect(formatExchange(e, { showBodyType: false, skipBodyLineSeparator: false })).toBe('Exchange[Body: a\nb]');
    expect(formatExchange(e, { plain: true })).toBe('a\nb');
  });
});

describe('log mask', () => {
  it('masks key=value pairs, XML elements, JSON fields, URI passwords and PEM keys', () => {
    // Camel's lazy `\s*?` leaves the space after `=` in the masked value.
    expect(maskSensitive('x=1 passphrase="abc" secretKey = s3')).toBe('x=1 passphrase="xxxxx" secretKey =xxxxx');
    expect(maskSensitive('<a><password>p w</password><b>1</b></a>')).toBe('<a><password>xxxxx</password><b>1</b></a>');
    expect(maskSensitive('{"Token" : "t", "n": "v"}')).toBe('{"Token" : "xxxxx", "n": "v"}');
    expect(maskSensitive('see ftp://bob:pw@host/x')).toBe('see ftp://bob:xxxxx@host/x');
    expect(maskSensitive('k -----BEGIN RSA PRIVATE KEY-----\nAAA\n-----END RSA PRIVATE KEY-----')).toBe(
      'k -----BEGIN RSA PRIVATE KEY-----\nxxxxx\n-----END RSA PRIVATE KEY-----',
    );
  });
});
