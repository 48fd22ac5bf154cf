import { describe, expect, it } from 'vitest';

import { closest } from './suggest.js';

describe('closest', () => {
  it('suggests the candidate one edit away', () => {
    expect(closest('lg', ['log', 'loop', 'to'])).toBe('log');
    expect(closest('perod', ['period', 'delay'])).toBe('period');
  });

  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(closest('lgo', ['log', 'loop'])).toBe('log');
    expect(closest('rotue', ['route', 'from'])).toBe('route');
  });

  it('matches ignoring case, dashes and underscores', () => {
    expect(closest('LOG', ['log'])).toBe('log');
    expect(closest('set-body', ['setBody', 'setHeader'])).toBe('setBody');
    expect(closest('SET_HEADER', ['setBody', 'setHeader'])).toBe('setHeader');
  });

  it('prefers an exact match ignoring case over a closer edit', () => {
    expect(closest('Route', ['routes', 'route'])).toBe('route');
  });

  it('allows more edits in longer words', () => {
    expect(closest('routeConfigration', ['routeConfiguration', 'route'])).toBe('routeConfiguration');
    expect(closest('abcdef', ['abxyef'])).toBe('abxyef');
  });

  it('picks the nearest of several candidates, the first one on a tie', () => {
    expect(closest('steps', ['stop', 'step'])).toBe('step');
    expect(closest('abc', ['abd', 'abe'])).toBe('abd');
  });

  it('suggests nothing when every candidate is too far', () => {
    expect(closest('xyzzy', ['log', 'to', 'from'])).toBeUndefined();
    expect(closest('abcdef', ['abcxyz'])).toBeUndefined();
    expect(closest('timer', ['direct', 'seda'])).toBeUndefined();
  });

  it('suggests nothing without candidates', () => {
    expect(closest('timer', [])).toBeUndefined();
  });
});
