/**
 * `onException` as a Camel user sees it (behaviour pinned on Camel 4.22, see test/golden/on-exception-*): which clause
 * a failure picks, handled / continued / neither, redelivery per clause, the original message, and where clauses
 * apply (the top-level ones to the routes of their own file).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

import { routeKit, stopRouteKits } from '../../../test/kit/route-kit.js';
import { runFiles } from './error-handling-test-support.js';

afterEach(async () => {
  await stopRouteKits();
  vi.useRealTimers();
});

const main = `
- route:
    id: main
    from:
      uri: direct:in
      steps:
        - setHeader:
            name: h
            constant: v
        - to: direct:sub
        - to: mock:after
- route:
    id: sub
    from:
      uri: direct:sub
      steps:
        - setBody:
            simple: "sub \${body}"
        - throwException:
            exceptionType: java.lang.IllegalArgumentException
            message: bad
        - to: mock:never
`;

const onException = (options: string, steps = '        - to: mock:handler'): string =>
  `- onException:\n    exception:\n      - java.lang.IllegalArgumentException\n${options}    steps:\n${steps}\n`;

describe('onException', () => {
  it('handled: the steps give the result, the routes (also the caller) stop, the exchange succeeds', async () => {
    const kit = await routeKit(
      onException(
        '    handled:\n      constant: true\n',
        '        - setBody:\n            simple: "fixed in ${routeId} after ${exception.message}"\n        - to: mock:handler',
      ) + main,
    );
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception).toBeUndefined();
    expect(exchange.body).toBe('fixed in sub after bad');
    expect([kit.mock('handler').count, kit.mock('after').count, kit.mock('never').count]).toEqual([1, 0, 0]);
    expect(exchange.properties.get('CamelFailureRouteId')).toBe('sub');
    expect(exchange.headers.has('CamelRedeliveryCounter')).toBe(false);
    expect(kit.logs.filter((l) => l.startsWith('ERROR'))).toEqual([]);
  });

  it('continued: the route goes on after the failing step, the caught exception still readable', async () => {
    const kit = await routeKit(
      onException('    continued:\n      constant: true\n') +
        main.replace('- to: mock:never', '- setBody:\n            simple: "after ${exception.message}"'),
    );
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception).toBeUndefined();
    expect(exchange.body).toBe('after bad');
    expect([kit.mock('handler').count, kit.mock('after').count]).toEqual([1, 1]);
    expect(kit.logs.filter((l) => l.startsWith('ERROR'))).toEqual([]);
  });

  it('neither: the steps run, then the exchange fails and the exhausted record says so', async () => {
    const kit = await routeKit(onException('') + main);
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception?.message).toBe('bad');
    expect(kit.mock('handler').count).toBe(1);
    expect(kit.mock('handler').received[0]?.headers.get('CamelRedeliveryCounter')).toBe(0);
    const record = kit.logs.find((l) => l.startsWith('ERROR dromedary.error-handler'));
    expect(record).toMatch(
      /Exhausted after delivery attempt: 1 caught: java.lang.IllegalArgumentException: bad\. Processed by failure processor: FatalFallbackErrorHandler\[Channel\[to1\]\]/,
    );
  });

  it('picks the exact class over a superclass, and skips a clause whose onWhen fails', async () => {
    const kit = await routeKit(`
- onException:
    exception: [java.lang.Exception]
    handled: {constant: true}
    steps:
      - setBody: {constant: exception}
- onException:
    exception: [java.lang.IllegalArgumentException]
    onWhen:
      simple: "\${header.h} == 'nope'"
    handled: {constant: true}
    steps:
      - setBody: {constant: guarded}
- onException:
    exception: [java.lang.RuntimeException, java.lang.IllegalArgumentException]
    handled: {constant: true}
    steps:
      - setBody: {constant: exact}
${main}`);
    expect((await kit.send('direct:in', 'x')).body).toBe('exact');
  });

  it('redelivers as its redeliveryPolicy says (the handler does not), resuming at the failing step', async () => {
    vi.useFakeTimers({ now: 0 });
    const kit = await routeKit(
      onException('    redeliveryPolicy:\n      maximumRedeliveries: 2\n      redeliveryDelay: 500\n') +
        main.replace('simple: "sub ${body}"', 'simple: "sub ${body}"\n        - to: mock:before'),
    );
    const sent = kit.send('direct:in', 'x');
    await vi.advanceTimersByTimeAsync(1000);
    const exchange = await sent;
    expect(exchange.exception?.message).toBe('bad');
    expect(kit.mock('before').count).toBe(1);
    expect(kit.logs.find((l) => l.startsWith('ERROR'))).toMatch(/Exhausted after delivery attempt: 3 /);
  });

  it('retryWhile alone decides how often to retry', async () => {
    const kit = await routeKit(
      onException(
        '    retryWhile:\n      simple: "${header.CamelRedeliveryCounter} < 4"\n    redeliveryPolicy:\n      redeliveryDelay: 0\n',
      ) + main,
    );
    await kit.send('direct:in', 'x');
    expect(kit.logs.filter((l) => l.includes('On delivery attempt'))).toHaveLength(4);
    expect(kit.logs.find((l) => l.startsWith('ERROR'))).toMatch(/Exhausted after delivery attempt: 4 /);
  });

  it("useOriginalMessage gives the steps the message the caller's consumer got", async () => {
    const kit = await routeKit(
      onException('    useOriginalMessage: true\n    handled:\n      constant: true\n') + main,
    );
    await kit.send('direct:in', 'x', { orig: 1 });
    const seen = kit.mock('handler').received[0];
    expect(seen?.body).toBe('x');
    expect([...(seen?.headers ?? [])]).toEqual([['orig', 1]]);
  });

  it('names its steps after the clause in message history, numbered before the route steps', async () => {
    // The kit's exchanges come from a route named kit: its history starts there.
    const kit = await routeKit(onException('') + main.replace('id: main\n', 'id: kit\n    messageHistory: true\n'));
    await kit.send('direct:in', 'x');
    const record = kit.logs.find((l) => l.startsWith('ERROR')) ?? '';
    expect(record).toContain('onException1/to1');
    expect(record).toContain('kit/to2');
    expect(record).toContain('sub/throwException1');
  });

  it('applies to the routes of its own file only, as a Camel route builder scopes it', async () => {
    const run = await runFiles({
      'a.camel.yaml': onException('    handled:\n      constant: true\n') + main,
      'b.camel.yaml': main.replace(/main/g, 'other').replace(/sub\b/g, 'sub2').replace('direct:in', 'direct:b'),
    });
    expect((await run.send('direct:in', 'x')).exception).toBeUndefined();
    expect((await run.send('direct:b', 'x')).exception?.message).toBe('bad');
    await run.stop();
  });
});

describe('onException diagnostics', () => {
  it('must come before the routes of its file', async () => {
    const run = await runFiles({ 'a.camel.yaml': main + onException('') });
    expect(run.diagnostics).toEqual([
      '23:3 COMPILE_MISPLACED_ON_EXCEPTION onException must be defined before any routes in the file',
    ]);
  });

  it('reports classes Camel could not load, conflicting options and references it cannot follow', async () => {
    const run = await runFiles({
      'a.camel.yaml': `
- onException:
    exception:
      - IllegalArgumentException
      - com.acme.Boom
      - MyError
    handled: {constant: true}
    continued: {constant: true}
    onRedeliveryRef: myProcessor
${main}`,
    });
    expect(run.diagnostics).toEqual([
      "9:5 COMPILE_UNSUPPORTED_STEP the onException option 'onRedeliveryRef' is not supported by Dromedary yet",
      "4:9 COMPILE_UNKNOWN_EXCEPTION_CLASS 'IllegalArgumentException' is not a fully qualified class name: Camel fails to start with ClassNotFoundException",
      "5:9 COMPILE_UNKNOWN_EXCEPTION_CLASS 'com.acme.Boom' is not an exception class Dromedary knows: Camel fails to start with ClassNotFoundException",
      '8:5 DSL_CONFLICTING_KEYS only one of handled or continued is allowed on an onException',
    ]);
  });
});
