/**
 * Error handlers of routes as a Camel user sees them (behaviour pinned on Camel 4.22, see test/golden/error-handler-*
 * and dead-letter-channel): redelivery on the runtime clock resuming at the failing step, the dead letter channel,
 * `noErrorHandler`, failures in called routes, and the options reported because Dromedary does not apply them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

import { routeKit, stopRouteKits } from '../../../test/kit/route-kit.js';
import { runFiles } from './error-handling-test-support.js';

afterEach(async () => {
  await stopRouteKits();
  vi.useRealTimers();
});

/** `direct:in` → `direct:sub`, whose second step fails; route options of each given (indented 4). */
const routes = (mainOptions = '', subOptions = ''): string => `
- route:
    id: main
${mainOptions}    from:
      uri: direct:in
      steps:
        - to: mock:main-before
        - to: direct:sub
        - to: mock:main-after
- route:
    id: sub
${subOptions}    from:
      uri: direct:sub
      steps:
        - setBody:
            simple: "sub \${body}"
        - to: mock:sub-before
        - throwException:
            exceptionType: java.lang.IllegalArgumentException
            message: "bad \${header.CamelRedeliveryCounter}"
`;

const counts = (kit: Awaited<ReturnType<typeof routeKit>>, names: string[]): number[] =>
  names.map((n) => kit.mock(n).count);

describe('redelivery', () => {
  it("waits on the runtime clock and resumes at the failing step; the called route's handler deals with it", async () => {
    vi.useFakeTimers({ now: 0 });
    const policy = `    errorHandler:\n      defaultErrorHandler:\n        redeliveryPolicy:\n          maximumRedeliveries: 2\n          redeliveryDelay: 1000\n          useExponentialBackOff: true\n`;
    const kit = await routeKit(routes(policy, policy));
    let finished = false;
    const sent = kit.send('direct:in', 'x').then((e) => {
      finished = true;
      return e;
    });
    await vi.advanceTimersByTimeAsync(2999);
    expect(finished).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const exchange = await sent;
    expect(exchange.exception?.message).toBe('bad 2');
    expect(counts(kit, ['main-before', 'sub-before', 'main-after'])).toEqual([1, 1, 0]);
    const errors = kit.logs.filter((l) => l.startsWith('ERROR'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Exhausted after delivery attempt: 3 caught: java.lang.IllegalArgumentException: bad 2/);
  });

  it('reads delays as milliseconds or durations, as Camel does', async () => {
    vi.useFakeTimers({ now: 0 });
    const kit = await routeKit(
      routes(
        '',
        `    errorHandler:\n      defaultErrorHandler:\n        redeliveryPolicy:\n          maximumRedeliveries: 1\n          redeliveryDelay: 2s\n`,
      ),
    );
    let finished = false;
    void kit.send('direct:in', 'x').then(() => (finished = true));
    await vi.advanceTimersByTimeAsync(1999);
    expect(finished).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(finished).toBe(true);
  });

  it('takes the delay from the CamelRedeliveryDelay header when there is one', async () => {
    vi.useFakeTimers({ now: 0 });
    const kit = await routeKit(
      routes(
        '',
        `    errorHandler:\n      defaultErrorHandler:\n        redeliveryPolicy:\n          maximumRedeliveries: 1\n          redeliveryDelay: 60000\n`,
      ),
    );
    const sent = kit.send('direct:in', 'x', { CamelRedeliveryDelay: 10 });
    await vi.advanceTimersByTimeAsync(10);
    expect((await sent).exception?.message).toBe('bad 1');
  });

  it('noErrorHandler in the called route: the caller redelivers its whole `to`', async () => {
    const kit = await routeKit(
      routes(
        `    errorHandler:\n      defaultErrorHandler:\n        redeliveryPolicy:\n          maximumRedeliveries: 1\n          redeliveryDelay: 0\n`,
        '    errorHandler:\n      noErrorHandler: {}\n',
      ),
    );
    await kit.send('direct:in', 'x');
    expect(counts(kit, ['main-before', 'sub-before'])).toEqual([1, 2]);
    expect(kit.logs.filter((l) => l.startsWith('ERROR'))).toHaveLength(1);
  });
});

describe('deadLetterChannel', () => {
  it('sends the current message to the dead letter endpoint and ends the exchange successfully, also in the caller', async () => {
    const kit = await routeKit(
      routes('', `    errorHandler:\n      deadLetterChannel:\n        deadLetterUri: mock:dlq\n`),
    );
    const exchange = await kit.send('direct:in', 'x', { h: 1 });
    expect(exchange.exception).toBeUndefined();
    expect(counts(kit, ['dlq', 'main-after'])).toEqual([1, 0]);
    const dead = kit.mock('dlq').received[0];
    expect(dead?.body).toBe('sub x');
    expect(dead?.properties.get('CamelExceptionCaught')).toMatchObject({ message: 'bad ' });
    expect(dead?.properties.get('CamelFailureRouteId')).toBe('sub');
    expect(kit.logs.filter((l) => l.startsWith('ERROR'))).toEqual([]);
  });

  it('useOriginalMessage / useOriginalBody send what the consumer got', async () => {
    const original = await routeKit(
      routes(
        '',
        `    errorHandler:\n      deadLetterChannel:\n        deadLetterUri: mock:dlq\n        useOriginalMessage: true\n`,
      ),
    );
    await original.send('direct:in', 'x', { h: 1 });
    const message = original.mock('dlq').received[0];
    expect([message?.body, message?.headers.get('h')]).toEqual(['x', 1]);
    await stopRouteKits();
    const body = await routeKit(
      routes(
        '    errorHandler:\n      deadLetterChannel:\n        deadLetterUri: mock:dlq\n',
        `    errorHandler:\n      deadLetterChannel:\n        deadLetterUri: mock:dlq\n        useOriginalBody: true\n`,
      ).replace(
        '- to: direct:sub',
        '- setHeader:\n            name: later\n            constant: yes\n        - to: direct:sub',
      ),
    );
    await body.send('direct:in', 'x');
    const onlyBody = body.mock('dlq').received[0];
    expect([onlyBody?.body, onlyBody?.headers.get('later')]).toEqual(['x', 'yes']);
  });

  it('a failing dead letter endpoint is still handled, unless deadLetterHandleNewException is false', async () => {
    const dlqRoute = `
- route:
    id: dlq
    from:
      uri: direct:dlq
      steps:
        - throwException:
            exceptionType: java.lang.IllegalStateException
            message: dlq broken
`;
    for (const [option, failed] of [
      ['', false],
      ['        deadLetterHandleNewException: false\n', true],
    ] as const) {
      const kit = await routeKit(
        routes('', `    errorHandler:\n      deadLetterChannel:\n        deadLetterUri: direct:dlq\n${option}`) +
          dlqRoute,
      );
      const exchange = await kit.send('direct:in', 'x');
      expect(exchange.exception?.message).toBe(failed ? 'dlq broken' : undefined);
      expect(kit.logs.filter((l) => l.startsWith('WARN dromedary.error-handler')).at(-1)).toMatch(
        failed
          ? /is not handled as deadLetterHandleNewException=false/
          : /is being handled as deadLetterHandleNewException=true/,
      );
      await stopRouteKits();
    }
  });
});

describe('error handler diagnostics', () => {
  it('reports handlers and options Dromedary does not run, at their place', async () => {
    const run = await runFiles({
      'a.camel.yaml': `
- errorHandler:
    jtaTransactionErrorHandler: {}
${routes(
  `    errorHandler:\n      defaultErrorHandler:\n        onRedeliveryRef: myProcessor\n`,
  `    errorHandler:\n      deadLetterChannel:\n        deadLetterUri: log:dlq\n        redeliveryPolicy:\n          exchangeFormatterRef: fmt\n          allowRedeliveryWhileStopping: false\n          delayPattern: '1:x'\n`,
)}`,
    });
    expect(run.diagnostics).toEqual([
      '3:5 COMPILE_UNSUPPORTED_STEP the jtaTransactionErrorHandler is not supported by Dromedary: it needs transactions',
      "9:9 COMPILE_UNSUPPORTED_STEP the defaultErrorHandler option 'onRedeliveryRef' is not supported by Dromedary yet",
      "24:11 DSL_INVALID_VALUE delayPattern group '1:x' is not limit:delay (two whole numbers)",
      "22:11 COMPILE_UNSUPPORTED_STEP the redeliveryPolicy option 'exchangeFormatterRef' is not supported by Dromedary yet",
      "23:11 COMPILE_UNSUPPORTED_STEP the redeliveryPolicy option 'allowRedeliveryWhileStopping: false' is not supported by Dromedary yet",
    ]);
  });
});
