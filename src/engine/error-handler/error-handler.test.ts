/**
 * The error handler around one step, at the engine level: redelivery on the runtime clock (fake timers), what is
 * reset and counted between attempts, what is logged, and the failure processors (clause steps, dead letter).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Logger, LogLevel } from '../../api/connector-runtime.js';
import type { EvaluationContext, Exchange } from '../../api/exchange.js';
import type { Processor } from '../../api/processor.js';
import { systemClock } from '../clock.js';
import { DefaultExchange } from '../exchange.js';
import { ErrorHandler, type ErrorHandlerSettings } from './error-handler.js';
import type { ExceptionClause } from './exception-clause.js';
import { DEFAULT_REDELIVERY_POLICY, type RedeliveryPolicy } from './redelivery-policy.js';

const context: EvaluationContext = { contextName: 't', property: () => undefined, now: () => Date.now() };

let lines: string[];
const logger: Logger = {
  name: 'dromedary.error-handler',
  log: (level: LogLevel, message: string) => lines.push(`${level} ${message.split('\n')[0] ?? ''}`),
  enabled: () => true,
};

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
  lines = [];
});
afterEach(() => {
  vi.useRealTimers();
});

function handler(settings: Partial<ErrorHandlerSettings> = {}, policy: Partial<RedeliveryPolicy> = {}): ErrorHandler {
  return new ErrorHandler(
    {
      deadLetterHandleNewException: true,
      policy: { ...DEFAULT_REDELIVERY_POLICY, ...policy },
      useOriginalMessage: false,
      useOriginalBody: false,
      logger,
      level: 'ERROR',
      clauses: [],
      ...settings,
    },
    { clock: systemClock, evaluation: context, fromNode: () => undefined, keepOriginal: false },
  );
}

/** A step that fails its first `failures` runs (changing the body first), then appends to the body. */
function flaky(failures: number): Processor & { runs: unknown[] } {
  const runs: unknown[] = [];
  return {
    runs,
    process(exchange, done) {
      runs.push(exchange.body);
      if (runs.length <= failures) {
        exchange.body = 'mangled';
        exchange.exception = new Error(`failure ${String(runs.length)}`);
      } else exchange.body = `${String(exchange.body)} ok`;
      done(true);
      return true;
    },
  };
}

function run(processor: Processor, body: unknown = 'in'): { exchange: Exchange; done: () => boolean } {
  const exchange = new DefaultExchange({ routeId: 'r' });
  exchange.body = body;
  let finished = false;
  processor.process(exchange, () => {
    finished = true;
  });
  return { exchange, done: () => finished };
}

describe('redelivery', () => {
  it('redelivers the step after the delay, from the message it got, counting in headers', async () => {
    const step = flaky(2);
    const { exchange, done } = run(handler({}, { maximumRedeliveries: 3, redeliveryDelay: 1000 }).wrap(step));
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(999);
    expect(step.runs).toEqual(['in']);
    await vi.advanceTimersByTimeAsync(1);
    expect(step.runs).toEqual(['in', 'in']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(done()).toBe(true);
    expect(exchange.exception).toBeUndefined();
    expect(exchange.body).toBe('in ok');
    expect(exchange.headers.get('CamelRedelivered')).toBe(true);
    expect(exchange.headers.get('CamelRedeliveryCounter')).toBe(2);
    expect(exchange.headers.get('CamelRedeliveryMaxCounter')).toBe(3);
    expect(exchange.properties.get('CamelExceptionCaught')).toMatchObject({ message: 'failure 2' });
    expect(lines).toEqual([
      'DEBUG Failed delivery for (MessageId: ' +
        exchange.messageId +
        ' on ExchangeId: ' +
        exchange.exchangeId +
        '). On delivery attempt: 0 caught: Error: failure 1',
      'DEBUG Failed delivery for (MessageId: ' +
        exchange.messageId +
        ' on ExchangeId: ' +
        exchange.exchangeId +
        '). On delivery attempt: 1 caught: Error: failure 2',
    ]);
  });

  it('logs the real number of attempts once exhausted, and leaves the failure on the exchange', () => {
    const { exchange, done } = run(handler({}, { maximumRedeliveries: 2, redeliveryDelay: 0 }).wrap(flaky(5)));
    expect(done()).toBe(true);
    expect(exchange.exception?.message).toBe('failure 3');
    expect(exchange.failureHandled).toBe(true);
    expect(exchange.properties.get('CamelFailureRouteId')).toBe('r');
    expect(lines.at(-1)).toMatch(
      /^ERROR Failed delivery .*Exhausted after delivery attempt: 3 caught: Error: failure 3$/,
    );
    // Not handled: the last count is taken back, as Camel does before the failure processor.
    expect(exchange.headers.get('CamelRedeliveryCounter')).toBe(2);
  });

  it('waits by exponential back-off and keeps yielding with endless redelivery', async () => {
    const step = flaky(4);
    run(handler({}, { maximumRedeliveries: -1, redeliveryDelay: 100, useExponentialBackOff: true }).wrap(step));
    await vi.advanceTimersByTimeAsync(100 + 200 + 400);
    expect(step.runs).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(800);
    expect(step.runs).toHaveLength(5);
  });

  it('handles a step that fails later (asynchronously)', async () => {
    let calls = 0;
    const slow: Processor = {
      process(exchange, done) {
        calls++;
        setTimeout(() => {
          if (calls === 1) exchange.exception = new Error('late');
          done(false);
        }, 10);
        return false;
      },
    };
    const { exchange, done } = run(handler({}, { maximumRedeliveries: 1, redeliveryDelay: 5 }).wrap(slow));
    await vi.advanceTimersByTimeAsync(10 + 5 + 10);
    expect([calls, done(), exchange.exception]).toEqual([2, true, undefined]);
  });

  it('leaves a failure another error handler dealt with (a called route) as it is', () => {
    const handledInside: Processor = {
      process(exchange, done) {
        exchange.exception = new Error('inner');
        exchange.failureHandled = true;
        done(true);
        return true;
      },
    };
    const { exchange } = run(handler({}, { maximumRedeliveries: 3, redeliveryDelay: 0 }).wrap(handledInside));
    expect(exchange.exception?.message).toBe('inner');
    expect(lines).toEqual([]);
  });
});

describe('without redelivery logic', () => {
  it('only records the failure and logs it at the handler level, headers untouched', () => {
    const { exchange } = run(handler({ level: 'WARN' }).wrap(flaky(1)));
    expect(exchange.exception?.message).toBe('failure 1');
    expect(exchange.headers.has('CamelRedeliveryCounter')).toBe(false);
    expect(lines).toEqual([
      expect.stringMatching(/^WARN .*Exhausted after delivery attempt: 1 caught: Error: failure 1$/),
    ]);
  });

  it('logs nothing with logExhausted false', () => {
    run(handler({}, { logExhausted: false }).wrap(flaky(1)));
    expect(lines).toEqual([]);
  });
});

describe('failure processors', () => {
  const recorder = (): Processor & { seen: unknown[] } => {
    const seen: unknown[] = [];
    return {
      seen,
      process(exchange, done) {
        seen.push(exchange.body);
        exchange.body = 'from failure processor';
        done(true);
        return true;
      },
    };
  };
  const clause = (extra: Partial<ExceptionClause>): ExceptionClause => ({
    id: 'onException1',
    exceptions: ['java.lang.Exception'],
    useOriginalMessage: false,
    useOriginalBody: false,
    processorName: 'Channel[log1]',
    ...extra,
  });

  it('a dead letter channel gets the current message and handles the failure: the exchange stops, successfully', () => {
    const dlq = recorder();
    const h = handler({ deadLetter: { processor: dlq, uri: 'mock:dlq', endpointUri: 'mock://dlq' } });
    const { exchange } = run(h.wrap(flaky(1)));
    expect(dlq.seen).toEqual(['mangled']);
    expect(exchange.exception).toBeUndefined();
    expect(exchange.stopped).toBe(true);
    expect(exchange.properties.get('CamelExceptionCaught')).toMatchObject({ message: 'failure 1' });
    expect(exchange.properties.get('CamelFatalFallbackErrorHandler')).toEqual([]);
    // Only the attempt, at DEBUG: a handled failure is not logged (logHandled).
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['DEBUG']);
  });

  it('handled: the clause steps give the result and the exchange stops; not handled: it fails after them', () => {
    const yes = { test: () => true };
    const steps = recorder();
    const handled = run(handler({ clauses: [[clause({ processor: steps, handled: yes })]] }).wrap(flaky(1)));
    expect([handled.exchange.exception, handled.exchange.stopped, handled.exchange.body]).toEqual([
      undefined,
      true,
      'from failure processor',
    ]);
    const failed = run(handler({ clauses: [[clause({ processor: recorder() })]] }).wrap(flaky(1)));
    expect(failed.exchange.exception?.message).toBe('failure 1');
    expect(lines.at(-1)).toMatch(/Processed by failure processor: FatalFallbackErrorHandler\[Channel\[log1\]\]$/);
  });

  it('continued: the failure is cleared and the exchange goes on', () => {
    const { exchange } = run(handler({ clauses: [[clause({ continued: { test: () => true } })]] }).wrap(flaky(1)));
    expect([exchange.exception, exchange.stopped, exchange.failureHandled]).toEqual([undefined, false, false]);
  });

  it('a failing clause step fails the exchange with the new exception, logged by the fatal fallback', () => {
    const broken: Processor = {
      process(exchange, done) {
        exchange.exception = new Error('in handler');
        done(true);
        return true;
      },
    };
    const handledYes = { test: () => true };
    const { exchange } = run(
      handler({ clauses: [[clause({ processor: broken, handled: handledYes })]] }).wrap(flaky(1)),
    );
    expect(exchange.exception?.message).toBe('in handler');
    expect(lines.slice(1, 4)).toEqual([
      expect.stringMatching(/^ERROR Exception occurred while trying to handle previously thrown exception/),
      expect.stringMatching(/^ERROR \\--> Previous exception/),
      expect.stringMatching(/^ERROR \\--> New exception/),
    ]);
  });
});
