/** `removeHeaders` as a Camel user sees it: Camel's patterns (all, prefix, name, regex), ignoring case. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

const HEADERS = { 'X-One': 1, 'x-two': 2, 'x-keep': 3, Other: 4, a1: 5, b2: 6 };

/** The names of the headers left after the removeHeaders step. */
async function left(step: string): Promise<string[]> {
  const kit = await routeKit(route(`${step}\n- to: mock:out`));
  const exchange = await kit.send('direct:in', 'x', HEADERS);
  expect(exchange.exception).toBeUndefined();
  return [...(kit.mock('out').received[0]?.headers.keys() ?? [])];
}

describe('removeHeaders', () => {
  it('removes every header with *', async () => {
    expect(await left(`- removeHeaders: "*"`)).toEqual([]);
  });

  it('removes headers starting with a prefix*, ignoring case', async () => {
    expect(await left(`- removeHeaders:\n    pattern: "x-*"`)).toEqual(['Other', 'a1', 'b2']);
  });

  it('removes a header named exactly, ignoring case', async () => {
    expect(await left(`- removeHeaders: OTHER`)).toEqual(['X-One', 'x-two', 'x-keep', 'a1', 'b2']);
  });

  it('removes headers a regular expression matches as a whole, ignoring case', async () => {
    expect(await left(`- removeHeaders: "[AB]\\\\d"`)).toEqual(['X-One', 'x-two', 'x-keep', 'Other']);
    expect(await left(`- removeHeaders: "x-t"`)).toEqual(['X-One', 'x-two', 'x-keep', 'Other', 'a1', 'b2']);
  });

  it('keeps the headers excludePattern matches (name, prefix or regex)', async () => {
    expect(await left(`- removeHeaders:\n    pattern: "x-*"\n    excludePattern: X-KEEP`)).toEqual([
      'x-keep',
      'Other',
      'a1',
      'b2',
    ]);
    expect(await left(`- removeHeaders:\n    pattern: "*"\n    excludePattern: "x-*"`)).toEqual([
      'X-One',
      'x-two',
      'x-keep',
    ]);
    expect(await left(`- removeHeaders:\n    pattern: "*"\n    excludePattern: ".*\\\\d"`)).toEqual(['a1', 'b2']);
  });

  it('matches nothing, without error, with a pattern that is no valid regex and names no header', async () => {
    expect(await left(`- removeHeaders: "x-(["`)).toEqual(Object.keys(HEADERS));
  });
});
