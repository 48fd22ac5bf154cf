import { describe, expect, it } from 'vitest';

import {
  DEFAULT_REDELIVERY_POLICY,
  nextRedeliveryDelay,
  parseDelayPattern,
  shouldRedeliver,
  withOverrides,
  type RedeliveryPolicy,
} from './redelivery-policy.js';

const policy = (overrides: Partial<RedeliveryPolicy>): RedeliveryPolicy => ({
  ...DEFAULT_REDELIVERY_POLICY,
  ...overrides,
});

/** The delays of `n` redeliveries in a row, each computed from the one before. */
function delays(p: RedeliveryPolicy, n: number, random?: () => number): number[] {
  const out: number[] = [];
  let previous = 0;
  for (let counter = 1; counter <= n; counter++) {
    previous = nextRedeliveryDelay(p, previous, counter, random);
    out.push(previous);
  }
  return out;
}

describe('redelivery delays', () => {
  it('repeats redeliveryDelay without back-off', () => {
    expect(delays(policy({ redeliveryDelay: 250 }), 3)).toEqual([250, 250, 250]);
  });

  it('multiplies with exponential back-off, up to maximumRedeliveryDelay', () => {
    const p = policy({
      redeliveryDelay: 1000,
      useExponentialBackOff: true,
      backOffMultiplier: 3,
      maximumRedeliveryDelay: 20_000,
    });
    expect(delays(p, 5)).toEqual([1000, 3000, 9000, 20_000, 20_000]);
    expect(delays(policy({ redeliveryDelay: 10, useExponentialBackOff: true, backOffMultiplier: 1 }), 2)).toEqual([
      10, 10,
    ]);
  });

  it('moves each delay by up to collisionAvoidanceFactor of it, at random', () => {
    const p = policy({ redeliveryDelay: 1000, useCollisionAvoidance: true, collisionAvoidanceFactor: 0.2 });
    // First draw: the sign (below 0.5: up); second: how far.
    const draws = [0.1, 0.5, 0.9, 1];
    let i = 0;
    const random = (): number => draws[i++ % draws.length] ?? 0;
    expect(delays(p, 2, random)).toEqual([1100, 880]);
  });

  it('takes the delay of the last delayPattern group reached, overriding the other options', () => {
    const p = policy({ delayPattern: parseDelayPattern('0:10;2:100;4:1000'), redeliveryDelay: 5 });
    expect(delays(p, 5)).toEqual([10, 100, 100, 1000, 1000]);
    expect(delays(policy({ delayPattern: parseDelayPattern('3:50') }), 4)).toEqual([0, 0, 50, 50]);
  });

  it('refuses a delay pattern group that is not limit:delay', () => {
    expect(() => parseDelayPattern('5:1000;x')).toThrow(/'x' is not limit:delay/);
  });
});

describe('whether to redeliver', () => {
  it('until maximumRedeliveries redeliveries were made; forever when negative; never when 0', () => {
    const three = policy({ maximumRedeliveries: 3 });
    expect([1, 2, 3, 4].map((c) => shouldRedeliver(three, c))).toEqual([true, true, true, false]);
    expect(shouldRedeliver(policy({ maximumRedeliveries: -1 }), 10_000)).toBe(true);
    expect(shouldRedeliver(DEFAULT_REDELIVERY_POLICY, 1)).toBe(false);
  });

  it('lets retryWhile alone decide when there is one', () => {
    expect(shouldRedeliver(policy({ maximumRedeliveries: 0 }), 5, () => true)).toBe(true);
    expect(shouldRedeliver(policy({ maximumRedeliveries: 9 }), 1, () => false)).toBe(false);
  });
});

describe('policy options over a parent policy', () => {
  it('sets what is given and keeps the rest', () => {
    const p = withOverrides(DEFAULT_REDELIVERY_POLICY, { maximumRedeliveries: 2, logStackTrace: false });
    expect(p).toMatchObject({
      maximumRedeliveries: 2,
      logStackTrace: false,
      redeliveryDelay: 1000,
      logExhausted: true,
    });
  });

  it('raises the maximum delay to a larger redeliveryDelay, as Camel does, unless a maximum is given', () => {
    expect(withOverrides(DEFAULT_REDELIVERY_POLICY, { redeliveryDelay: 90_000 }).maximumRedeliveryDelay).toBe(90_000);
    const both = withOverrides(DEFAULT_REDELIVERY_POLICY, { redeliveryDelay: 90_000, maximumRedeliveryDelay: 5000 });
    expect(both.maximumRedeliveryDelay).toBe(5000);
  });

  it('disableRedelivery means no redelivery', () => {
    const p = withOverrides(policy({ maximumRedeliveries: 5 }), { disableRedelivery: true });
    expect(p.maximumRedeliveries).toBe(0);
  });
});
