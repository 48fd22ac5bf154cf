/** `convertHeaderTo` as a Camel user sees it: the header's new type, `toName`, and missing headers left alone. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits, type RouteKit } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

const headers = (k: RouteKit, mock = 'out'): [string, unknown][] => [...(k.mock(mock).received[0]?.headers ?? [])];

describe('convertHeaderTo', () => {
  it('converts the header in place, found whatever the case of its name', async () => {
    const kit = await routeKit(
      route(`
        - convertHeaderTo:
            name: AMOUNT
            type: Integer
        - to: mock:out
      `),
    );
    await kit.send('direct:in', 'x', { amount: '41' });
    expect(headers(kit)).toEqual([['amount', 41]]);
  });

  it('stores the result under toName and leaves the original as it was', async () => {
    const kit = await routeKit(
      route(`- convertHeaderTo:\n    name: n\n    toName: bytes\n    type: byte[]\n- to: mock:out`),
    );
    await kit.send('direct:in', 'x', { n: 'hi' });
    const [original, converted] = headers(kit);
    expect(original).toEqual(['n', 'hi']);
    expect(converted?.[0]).toBe('bytes');
    expect(Array.from(converted?.[1] as Uint8Array)).toEqual([0x68, 0x69]);
  });

  it('leaves a missing or null header alone, even when mandatory: nothing is created', async () => {
    const kit = await routeKit(
      route(`- convertHeaderTo:\n    name: n\n    toName: m\n    type: Integer\n- to: mock:out`),
    );
    const missing = await kit.send('direct:in', 'x', { other: 1 });
    expect(missing.exception).toBeUndefined();
    expect(headers(kit)).toEqual([['other', 1]]);
    await kit.send('direct:in', 'x', { n: null });
    expect([...(kit.mock('out').received[1]?.headers ?? [])]).toEqual([['n', null]]);
  });

  it('fails the exchange when the header cannot be converted: it stays, later steps do not run', async () => {
    const kit = await routeKit(route(`- convertHeaderTo:\n    name: n\n    type: Long\n- to: mock:after`));
    const exchange = await kit.send('direct:in', 'x', { n: 'many' });
    expect(exchange.exception?.name).toBe('TypeConversionError');
    expect(exchange.headers.get('n')).toBe('many');
    expect(kit.mock('after').count).toBe(0);
  });

  it('with mandatory: false, makes a header no converter handles null (still present)', async () => {
    const kit = await routeKit(
      route(`- convertHeaderTo:\n    name: n\n    type: Boolean\n    mandatory: false\n- to: mock:out`),
    );
    await kit.send('direct:in', 'x', { n: 'perhaps' });
    expect(headers(kit)).toEqual([['n', null]]);
  });

  it('computes names that hold Simple functions per exchange', async () => {
    const kit = await routeKit(
      route(`
        - convertHeaderTo:
            name: "\${header.which}"
            toName: "\${header.which}-number"
            type: Double
        - to: mock:out
      `),
    );
    await kit.send('direct:in', 'x', { which: 'price', price: '2.5' });
    expect(headers(kit)).toEqual([
      ['which', 'price'],
      ['price', '2.5'],
      ['price-number', 2.5],
    ]);
  });

  it('needs a name and a known type', async () => {
    await expect(routeKit(route(`- convertHeaderTo:\n    name: n\n    type: Money`))).rejects.toThrow(
      /unknown type 'Money'/,
    );
    await expect(routeKit(route(`- convertHeaderTo:\n    type: Integer`))).rejects.toThrow(/name/);
  });
});
