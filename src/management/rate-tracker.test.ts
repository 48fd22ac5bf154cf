import { describe, expect, it } from 'vitest';

import { FakeClock } from './management-test-support.js';
import { DEFAULT_RATE_WINDOW_MS, RateTracker } from './rate-tracker.js';

describe('RateTracker', () => {
  it('is 0 with a single sample', () => {
    const clock = new FakeClock(1_000);
    expect(new RateTracker({ now: clock.now }).observe('a', 50)).toBe(0);
  });

  it('divides the increase by the seconds between the oldest sample in the window and now', () => {
    const clock = new FakeClock();
    const rates = new RateTracker({ now: clock.now });
    rates.observe('a', 0);
    clock.t = 1_000;
    expect(rates.observe('a', 10)).toBe(10);
    clock.t = 2_000;
    expect(rates.observe('a', 30)).toBe(15);
  });

  it('slides: samples older than the window stop counting', () => {
    const clock = new FakeClock();
    const rates = new RateTracker({ now: clock.now, windowMs: DEFAULT_RATE_WINDOW_MS });
    for (let s = 0; s <= 10; s++) {
      clock.t = s * 1_000;
      rates.observe('a', s * 10);
    }
    clock.t = 10_000;
    expect(rates.observe('a', 100)).toBe(10);
    clock.t = 13_000; // flat since 10 s: the window (8 s to 13 s) saw 80 → 100
    expect(rates.observe('a', 100)).toBe(4);
    clock.t = 16_000; // the oldest sample left in the window is the one at 13 s
    expect(rates.observe('a', 100)).toBe(0);
  });

  it('keeps keys apart', () => {
    const clock = new FakeClock();
    const rates = new RateTracker({ now: clock.now });
    rates.observe('a', 0);
    rates.observe('b', 0);
    clock.t = 2_000;
    expect(rates.observe('a', 10)).toBe(5);
    expect(rates.observe('b', 100)).toBe(50);
  });

  it('never goes negative: a count that restarts starts a new history', () => {
    const clock = new FakeClock();
    const rates = new RateTracker({ now: clock.now });
    rates.observe('a', 0);
    clock.t = 1_000;
    rates.observe('a', 500);
    clock.t = 2_000;
    expect(rates.observe('a', 3)).toBe(0);
    clock.t = 3_000;
    expect(rates.observe('a', 13)).toBe(10);
  });

  it('replaces a sample taken at the same instant instead of dividing by zero', () => {
    const clock = new FakeClock(1_000);
    const rates = new RateTracker({ now: clock.now });
    rates.observe('a', 0);
    expect(rates.observe('a', 10)).toBe(0);
    clock.t = 2_000;
    expect(rates.observe('a', 20)).toBe(10);
  });

  it('starts over when the clock goes back', () => {
    const clock = new FakeClock(10_000);
    const rates = new RateTracker({ now: clock.now });
    rates.observe('a', 0);
    clock.t = 5_000;
    expect(rates.observe('a', 100)).toBe(0);
  });

  it('forgets keys that are not retained', () => {
    const clock = new FakeClock();
    const rates = new RateTracker({ now: clock.now });
    rates.observe('a', 0);
    rates.observe('b', 0);
    rates.retain(new Set(['b']));
    clock.t = 1_000;
    expect(rates.observe('a', 10)).toBe(0);
    expect(rates.observe('b', 10)).toBe(10);
  });

  it('rejects a window that is not positive', () => {
    expect(() => new RateTracker({ windowMs: 0 })).toThrow(RangeError);
    expect(() => new RateTracker({ windowMs: Number.NaN })).toThrow(RangeError);
  });
});
