/** matchProcesses: pid, exact name, name prefix, and `name!` for exact only. */
import { describe, expect, it } from 'vitest';

import { entry } from './local-test-support.js';
import { matchProcesses } from './match.js';

const all = [entry('/h', 100, 'dude'), entry('/h', 200, 'dude2'), entry('/h', 300, 'shop'), entry('/h', 400, '100')];
const pids = (query: string): number[] => matchProcesses(all, query).map((e) => e.pid);

describe('matchProcesses', () => {
  it('selects by pid first', () => {
    expect(pids('300')).toEqual([300]);
    expect(pids('100')).toEqual([100]);
  });

  it('falls back to the name when a number is no pid', () => {
    expect(pids('10')).toEqual([400]);
  });

  it('prefers the exact name over prefixes', () => {
    expect(pids('dude')).toEqual([100]);
  });

  it('selects by name prefix when no name is exact', () => {
    expect(pids('du')).toEqual([100, 200]);
    expect(pids('x')).toEqual([]);
  });

  it('takes a trailing ! as exact name only', () => {
    expect(pids('du!')).toEqual([]);
    expect(pids('dude2!')).toEqual([200]);
  });
});
