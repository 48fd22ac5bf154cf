import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { ConnectorContext, Message } from '../../src/api/index.js';
import { systemClock } from '../../src/engine/clock.js';
import { HeaderMap } from '../../src/engine/headers.js';
import { TimerSource, timerSettings } from './source.js';

function context(path: string, options: Record<string, unknown>): ConnectorContext {
  return {
    uri: `timer:${path}`,
    path,
    options,
    clock: systemClock,
    newHeaders: () => new HeaderMap(),
    logger: () => ({ name: 'x', enabled: () => false, log: () => undefined }),
  };
}

function run(options: Record<string, unknown>, accept: (m: Message) => boolean = () => true) {
  const ctx = context('tick', options);
  const source = new TimerSource(timerSettings(ctx), ctx);
  const fired: Message[] = [];
  source.start((m) => {
    fired.push(m);
    return accept(m);
  });
  return { source, fired };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('timer source', () => {
  it('fires after the default delay of 1000 ms, then every 1000 ms, with a null body and no metadata', () => {
    const { fired } = run({});
    vi.advanceTimersByTime(999);
    expect(fired).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(fired).toHaveLength(1);
    vi.advanceTimersByTime(2000);
    expect(fired).toHaveLength(3);
    expect(fired[0]?.data).toBeNull();
    expect(fired[0]?.properties).toBeUndefined();
    expect([...(fired[0]?.headers ?? [])]).toEqual([]);
  });

  it('sets the counter, name, period and fired time only with includeMetadata', () => {
    const { fired } = run({ delay: 0, period: 100, includeMetadata: true });
    vi.advanceTimersByTime(150);
    expect(fired.map((m) => m.properties?.['CamelTimerCounter'])).toEqual([1, 2]);
    expect(fired[1]?.properties).toMatchObject({ CamelTimerName: 'tick', CamelTimerPeriod: 100 });
    expect(fired[1]?.properties?.['CamelTimerFiredTime']).toEqual(new Date(100));
    expect(fired[1]?.headers.get('CamelMessageTimestamp')).toBe(100);
  });

  it('stops after repeatCount fires, and fires once when period is 0', () => {
    expect(run({ delay: 0, period: 10, repeatCount: 3 }).fired.length).toBe(0);
    vi.advanceTimersByTime(1000);
    const once = run({ delay: 0, period: 0 });
    vi.advanceTimersByTime(1000);
    expect(once.fired).toHaveLength(1);
  });

  it('fires as fast as taken with a negative delay, in batches, up to repeatCount', () => {
    const { fired } = run({ delay: -1, repeatCount: 2500 });
    vi.advanceTimersByTime(0);
    expect(fired).toHaveLength(1000);
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(1);
    expect(fired).toHaveLength(2500);
  });

  it('catches up missed ticks in one batch with fixedRate', () => {
    const { fired } = run({ delay: 0, period: 10, fixedRate: true });
    vi.advanceTimersByTime(0);
    expect(fired).toHaveLength(1);
    vi.setSystemTime(55);
    vi.advanceTimersByTime(10);
    expect(fired.length).toBeGreaterThanOrEqual(6);
  });

  it('waits when the route is full and goes on when resumed', () => {
    let room = true;
    const { source, fired } = run({ delay: 0, period: 10 }, () => room);
    room = false;
    vi.advanceTimersByTime(50);
    expect(fired).toHaveLength(1);
    room = true;
    source.resume();
    vi.advanceTimersByTime(0);
    expect(fired).toHaveLength(2);
  });

  it('stops firing when stopped', async () => {
    const { source, fired } = run({ delay: 0, period: 10 });
    vi.advanceTimersByTime(0);
    await source.stop();
    vi.advanceTimersByTime(100);
    expect(fired).toHaveLength(1);
  });
});

describe('timer time and pattern', () => {
  const at = (text: string): number => new Date(text).getTime();

  it('fires first at `time` (yyyy-MM-dd HH:mm:ss, local time), then every period', () => {
    vi.setSystemTime(at('2030-01-01T07:59:58'));
    const { fired } = run({ time: '2030-01-01 08:00:00', period: 1000, includeMetadata: true });
    vi.advanceTimersByTime(1999);
    expect(fired).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(fired).toHaveLength(1);
    expect(fired[0]?.properties?.['CamelTimerTime']).toEqual(new Date(at('2030-01-01T08:00:00')));
    vi.advanceTimersByTime(1000);
    expect(fired).toHaveLength(2);
  });

  it('reads a time with a T by default, fires at once when it is past, and ignores delay', () => {
    vi.setSystemTime(at('2030-01-01T08:00:00'));
    const { fired } = run({ time: '2020-01-01T00:00:00', delay: 5000, period: 0 });
    vi.advanceTimersByTime(0);
    expect(fired).toHaveLength(1);
    vi.advanceTimersByTime(10_000);
    expect(fired).toHaveLength(1);
  });

  it('reads `time` with a custom Java `pattern`', () => {
    vi.setSystemTime(at('2030-03-05T10:00:00'));
    const { fired } = run({ time: '05/03/2030 10.00.30 AM', pattern: 'dd/MM/yyyy hh.mm.ss a', period: 0 });
    vi.advanceTimersByTime(29_999);
    expect(fired).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(fired).toHaveLength(1);
  });

  it('catches up the periods missed since a past `time` with fixedRate', () => {
    vi.setSystemTime(at('2030-01-01T08:00:00.050'));
    const { fired } = run({ time: '2030-01-01T08:00:00', period: 10, fixedRate: true });
    vi.advanceTimersByTime(0);
    expect(fired).toHaveLength(6);
  });

  it('refuses a time that does not match its pattern with Java\u2019s message', () => {
    expect(() => timerSettings(context('tick', { time: 'soon' }))).toThrow('Unparseable date: "soon"');
  });
});
