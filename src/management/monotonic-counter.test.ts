import { describe, expect, it } from 'vitest';

import { MonotonicCounter } from './monotonic-counter.js';

describe('MonotonicCounter', () => {
  it('passes a growing count through', () => {
    const c = new MonotonicCounter();
    expect(c.observe('a', 3, 0)).toBe(3);
    expect(c.observe('a', 7, 0)).toBe(7);
  });

  it('adds the replaced version’s count when the generation changes, even if the new count is not lower', () => {
    const c = new MonotonicCounter();
    c.observe('a', 10, 0);
    expect(c.observe('a', 2, 1)).toBe(12);
    expect(c.observe('a', 15, 1)).toBe(25);
    expect(c.observe('a', 30, 2)).toBe(55);
  });

  it('treats a lower count as a restart without a generation', () => {
    const c = new MonotonicCounter();
    c.observe('a', 10);
    expect(c.observe('a', 4)).toBe(14);
  });

  it('keeps climbing when a key disappears and comes back', () => {
    const c = new MonotonicCounter();
    c.observe('a', 10, 3);
    c.observe('b', 1, 0);
    expect(c.observe('a', 0, 0)).toBe(10);
    expect(c.observe('b', 1, 0)).toBe(1);
  });

  it('never decreases, whatever the sequence', () => {
    const c = new MonotonicCounter();
    let previous = 0;
    let seed = 7;
    for (let i = 0; i < 500; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      const value = seed % 100;
      const generation = (seed >> 8) % 3;
      const total = c.observe('a', value, generation);
      expect(total).toBeGreaterThanOrEqual(previous);
      previous = total;
    }
  });
});
