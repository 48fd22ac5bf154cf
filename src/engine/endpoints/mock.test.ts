import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Logger } from '../../api/connector-runtime.js';
import { systemClock } from '../clock.js';
import { DefaultExchange } from '../exchange.js';
import { MockAssertionError } from './errors.js';
import { MockEndpoint, MockRegistry, mockSettings, type MockSettings } from './mock.js';

const lines: string[] = [];
const logger = (name: string): Logger => ({
  name,
  enabled: () => true,
  log: (level, message) => lines.push(`${level} ${name} : ${message}`),
});

function mock(settings: MockSettings = {}): MockEndpoint {
  return new MockEndpoint('out', settings, { clock: systemClock, logger });
}

function send(m: MockEndpoint, ...bodies: unknown[]): void {
  for (const body of bodies) {
    const e = new DefaultExchange();
    e.body = body;
    m.record(e);
  }
}

/** The outcome of an assertion, once it settles: undefined when satisfied, else the error message. */
function outcome(p: Promise<void>): { value?: string; settled: boolean } {
  const state: { value?: string; settled: boolean } = { settled: false };
  p.then(
    () => {
      state.settled = true;
    },
    (err: unknown) => {
      state.settled = true;
      state.value = err instanceof Error ? err.message : String(err);
    },
  );
  return state;
}

beforeEach(() => {
  lines.length = 0;
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('mock: assertIsSatisfiedAsync', () => {
  it('waits for the expected count (10 s by default), then fails in Camel\u2019s words', async () => {
    const m = mock({ expectedCount: 2 });
    send(m, 'a');
    const result = outcome(m.assertIsSatisfiedAsync());
    await vi.advanceTimersByTimeAsync(9_999);
    expect(result.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toEqual({ settled: true, value: 'mock://out Received message count. Expected: <2> but was: <1>' });
    expect(lines).toContain('INFO org.apache.camel.component.mock.MockEndpoint : Asserting: mock://out is satisfied');
  });

  it('is satisfied as soon as the messages arrive, and leaves no timer behind', async () => {
    const m = mock({ expectedCount: 2, resultWaitTime: 5000 });
    const result = outcome(m.assertIsSatisfiedAsync());
    await vi.advanceTimersByTimeAsync(1000);
    send(m, 'a', 'b');
    await vi.advanceTimersByTimeAsync(0);
    expect(result).toEqual({ settled: true });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits at most resultWaitTime', async () => {
    const m = mock({ expectedCount: 1, resultWaitTime: 500 });
    const result = outcome(m.assertIsSatisfiedAsync());
    await vi.advanceTimersByTimeAsync(500);
    expect(result.value).toBe('mock://out Received message count. Expected: <1> but was: <0>');
  });

  it('fails when the messages came faster than resultMinimumWaitTime', async () => {
    const m = mock({ expectedCount: 1, resultMinimumWaitTime: 500 });
    const result = outcome(m.assertIsSatisfiedAsync());
    await vi.advanceTimersByTimeAsync(100);
    send(m, 'a');
    await vi.advanceTimersByTimeAsync(0);
    expect(result.value).toBe(
      'mock://out Expected minimum 500 millis waiting on the result, but was faster with 100 millis.',
    );
  });

  it('re-asserts after assertPeriod, catching a late extra message', async () => {
    const m = mock({ expectedCount: 1, assertPeriod: 1000 });
    send(m, 'a');
    const result = outcome(m.assertIsSatisfiedAsync());
    await vi.advanceTimersByTimeAsync(500);
    expect(result.settled).toBe(false);
    send(m, 'late');
    await vi.advanceTimersByTimeAsync(500);
    expect(result.value).toBe('mock://out Received message count. Expected: <1> but was: <2>');
    expect(lines).toContain(
      'INFO org.apache.camel.component.mock.MockEndpoint : Re-asserting: mock://out is satisfied after 1000 millis',
    );
  });

  it('fails fast on a wrong body (failFast, the default), or waits for all messages with failFast=false', async () => {
    const fast = mock();
    fast.expectedBodiesReceived('a', 'b');
    const quick = outcome(fast.assertIsSatisfiedAsync());
    send(fast, 'x');
    await vi.advanceTimersByTimeAsync(0);
    expect(quick.value).toBe('mock://out Body of message: 0. Expected: <a> but was: <x>');

    const slow = mock({ failFast: false });
    slow.expectedBodiesReceived('a', 'b');
    const patient = outcome(slow.assertIsSatisfiedAsync());
    send(slow, 'x');
    await vi.advanceTimersByTimeAsync(1000);
    expect(patient.settled).toBe(false);
    send(slow, 'b');
    await vi.advanceTimersByTimeAsync(0);
    expect(patient.value).toBe('mock://out Body of message: 0. Expected: <a> but was: <x>');
  });

  it('throws MockAssertionError from the immediate assertIsSatisfied', () => {
    const m = mock();
    m.expectedMessageCount(1).expectedHeaderReceived('h', 'v');
    const e = new DefaultExchange();
    e.headers.set('h', 'w');
    m.record(e);
    send(m, 'no header');
    expect(() => {
      m.assertIsSatisfied();
    }).toThrow(MockAssertionError);
    expect(m.unmet()).toEqual([
      'Received message count. Expected: <1> but was: <2>',
      'Header with name h for message: 0. Expected: <v> but was: <w>',
      'No header with name h found for message: 1',
    ]);
  });
});

describe('mock: logging, reporting and copies', () => {
  it('logs each message with log=true, as Camel\u2019s mock component does', () => {
    const m = mock({ log: true });
    const e = new DefaultExchange();
    e.body = 'hi';
    m.record(e);
    expect(lines).toEqual([
      `INFO org.apache.camel.component.mock.MockEndpoint : mock:out received #1 -> Exchange[Id: ${e.exchangeId}, BodyType: String, Body: hi]`,
    ]);
  });

  it('logs a throughput line every reportGroup messages, counting from the route start', () => {
    const registry = new MockRegistry({ clock: systemClock, logger });
    const producer = registry.producer('out', mockSettings({ reportGroup: 2 }));
    if (!('start' in producer)) throw new Error('a reporting mock is a service');
    producer.start();
    vi.advanceTimersByTime(500);
    for (let i = 0; i < 3; i++) producer.process(new DefaultExchange(), () => undefined);
    expect(lines).toEqual([
      'INFO org.apache.camel.component.mock:out : Received: 2 messages so far. Last group took: 500 millis which is: 4 messages per second. average: 4',
    ]);
    producer.stop();
  });

  it('keeps the exchange itself with copyOnExchange=false, a copy otherwise', () => {
    const copies = mock();
    const same = mock({ copyOnExchange: false });
    const e = new DefaultExchange();
    copies.record(e);
    same.record(e);
    expect(copies.received[0]).not.toBe(e);
    expect(same.received[0]).toBe(e);
  });

  it('reads its settings from the endpoint options', () => {
    expect(mockSettings({ expectedCount: 3, failFast: false, name: 'x', resultWaitTime: 100 })).toEqual({
      expectedCount: 3,
      failFast: false,
      resultWaitTime: 100,
    });
  });
});
