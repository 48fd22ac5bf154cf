/** formatAge: ages as Camel JBang prints them. */
import { describe, expect, it } from 'vitest';

import { formatAge } from './age.js';

describe('formatAge', () => {
  it.each([
    [-5, '0s'],
    [999, '0s'],
    [46_000, '46s'],
    [303_000, '5m3s'],
    [300_000, '5m'],
    [3_723_000, '1h2m'],
    [3_601_000, '1h'],
    [2 * 86_400_000 + 3 * 3_600_000 + 59_000, '2d3h'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatAge(ms)).toBe(text);
  });
});
