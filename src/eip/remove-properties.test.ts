/** `removeProperties` as a Camel user sees it: Camel's patterns over exchange property names, ignoring case. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

const NAMES = ['tmpA', 'TmpB', 'keep', 'order1'];

/** The names of the properties left after the removeProperties step, NAMES having been set first. */
async function left(step: string): Promise<string[]> {
  const sets = NAMES.map((n) => `- setProperty:\n    name: ${n}\n    constant: v`).join('\n');
  const kit = await routeKit(route(`${sets}\n${step}\n- to: mock:out`));
  const exchange = await kit.send('direct:in', 'x');
  expect(exchange.exception).toBeUndefined();
  return [...(kit.mock('out').received[0]?.properties.keys() ?? [])];
}

describe('removeProperties', () => {
  it('removes every property with *', async () => {
    expect(await left(`- removeProperties: "*"`)).toEqual([]);
  });

  it('removes properties starting with a prefix*, ignoring case as Camel does', async () => {
    expect(await left(`- removeProperties:\n    pattern: "tmp*"`)).toEqual(['keep', 'order1']);
  });

  it('removes by exact name and by regular expression, ignoring case', async () => {
    expect(await left(`- removeProperties: KEEP`)).toEqual(['tmpA', 'TmpB', 'order1']);
    expect(await left(`- removeProperties: "ORDER\\\\d+"`)).toEqual(['tmpA', 'TmpB', 'keep']);
  });

  it('keeps the properties excludePattern matches', async () => {
    expect(await left(`- removeProperties:\n    pattern: "*"\n    excludePattern: "tmp*"`)).toEqual(['tmpA', 'TmpB']);
  });

  it('matches nothing without error', async () => {
    expect(await left(`- removeProperties: "nothing*"`)).toEqual(NAMES);
  });
});
