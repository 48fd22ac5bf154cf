/** Throughput logging (`log:…?groupSize|groupInterval`), with fake timers; expected lines as Camel 4.22 words them. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { routeKit, stopRouteKits, type RouteKit } from '../../../test/kit/route-kit.js';
import type { Logger, LogLevel } from '../../api/connector-runtime.js';
import { systemClock } from '../clock.js';
import { DefaultExchange } from '../exchange.js';
import { logProducer } from './log.js';

afterEach(async () => {
  await stopRouteKits();
  vi.useRealTimers();
});

const linesOf = (k: RouteKit, logger: string): string[] =>
  k.logs.filter((l) => l.startsWith(`INFO ${logger} : `)).map((l) => l.slice(`INFO ${logger} : `.length));

/** A logger that records `level message` lines. */
function recorder(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    name: 'rec',
    lines,
    enabled: () => true,
    log: (level: LogLevel, message: string) => lines.push(`${level} ${message}`),
  };
}

describe('throughput logging', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });

  const send = (p: ReturnType<typeof logProducer>, n: number): void => {
    for (let i = 0; i < n; i++) p.process(new DefaultExchange(), () => undefined);
  };

  it('groupInterval logs new and total counts every interval after groupDelay, skipping idle ones', () => {
    const logger = recorder();
    const scheduling = recorder();
    const p = logProducer({
      logger,
      level: 'INFO',
      format: {},
      clock: systemClock,
      groupInterval: 500,
      groupDelay: 200,
      schedulingLogger: scheduling,
    });
    if (!('start' in p)) throw new Error('a throughput logger is a service');
    p.start();
    expect(scheduling.lines).toEqual(['INFO Scheduling throughput logger to run every 500 millis.']);
    send(p, 2);
    vi.advanceTimersByTime(200);
    expect(logger.lines).toEqual([
      'INFO Received: 2 new messages, with total 2 so far. Last group took: 200 millis which is: 10 messages per second. average: 10',
    ]);
    vi.advanceTimersByTime(1000);
    expect(logger.lines).toHaveLength(1);
    send(p, 3);
    vi.advanceTimersByTime(500);
    expect(logger.lines[1]).toBe(
      'INFO Received: 3 new messages, with total 5 so far. Last group took: 1500 millis which is: 2 messages per second. average: 2.941',
    );
    p.stop();
    send(p, 1);
    vi.advanceTimersByTime(5000);
    expect(logger.lines).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('groupActiveOnly=false logs every interval, 1000 ms after start by default', () => {
    const logger = recorder();
    const p = logProducer({
      logger,
      level: 'DEBUG',
      format: {},
      clock: systemClock,
      groupInterval: 1000,
      groupActiveOnly: false,
    });
    if (!('start' in p)) throw new Error('a throughput logger is a service');
    p.start();
    vi.advanceTimersByTime(999);
    expect(logger.lines).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(logger.lines).toEqual([
      'DEBUG Received: 0 new messages, with total 0 so far. Last group took: 1000 millis which is: 0 messages per second. average: 0',
    ]);
    p.stop();
  });

  it('groupSize counts from the start of the route, as Camel starts its clocks when the route starts', () => {
    const logger = recorder();
    const p = logProducer({ logger, level: 'INFO', format: {}, clock: systemClock, groupSize: 2 });
    if (!('start' in p)) throw new Error('a throughput logger is a service');
    p.start();
    vi.advanceTimersByTime(1000);
    send(p, 2);
    vi.advanceTimersByTime(3000);
    send(p, 2);
    expect(logger.lines).toEqual([
      'INFO Received: 2 messages so far. Last group took: 1000 millis which is: 2 messages per second. average: 2',
      'INFO Received: 4 messages so far. Last group took: 3000 millis which is: 0.667 messages per second. average: 1',
    ]);
  });

  it('refuses a groupSize or groupInterval that is not positive', () => {
    const base = { logger: recorder(), level: 'INFO' as const, format: {}, clock: systemClock };
    expect(() => logProducer({ ...base, groupSize: 0 })).toThrow('groupSize must be positive, was: 0');
    expect(() => logProducer({ ...base, groupInterval: -1 })).toThrow('groupInterval must be positive, was: -1');
  });

  it('runs the interval timer only while its route runs', async () => {
    const kit = await routeKit(`
- route:
    id: tput
    from:
      uri: direct:in
      steps:
        - to: log:tput?groupInterval=500&groupDelay=200`);
    expect(kit.logs).toContain(
      // Logger names are cut to JBang's 35-character column.
      'INFO .support.processor.ThroughputLogger : Scheduling throughput logger to run every 500 millis.',
    );
    await kit.send('direct:in', 'a');
    vi.advanceTimersByTime(200);
    expect(linesOf(kit, 'tput')).toEqual([
      'Received: 1 new messages, with total 1 so far. Last group took: 200 millis which is: 5 messages per second. average: 5',
    ]);
    await kit.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
