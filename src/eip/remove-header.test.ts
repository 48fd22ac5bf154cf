/** `removeHeader` as a Camel user sees it: the header is gone, whatever its case, and nothing else changes. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits, type RouteKit } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

const headersReceived = (k: RouteKit): [string, unknown][] => [...(k.mock('out').received[0]?.headers ?? [])];

describe('removeHeader', () => {
  it('removes the header whatever the case of its name; the others keep their order and values', async () => {
    const kit = await routeKit(route(`- removeHeader: foo\n- to: mock:out`));
    await kit.send('direct:in', 'x', { first: 1, Foo: 2, last: 3 });
    expect(headersReceived(kit)).toEqual([
      ['first', 1],
      ['last', 3],
    ]);
  });

  it('takes the map form too', async () => {
    const kit = await routeKit(route(`- removeHeader:\n    name: FOO\n- to: mock:out`));
    await kit.send('direct:in', 'x', { foo: 1, bar: 2 });
    expect(headersReceived(kit)).toEqual([['bar', 2]]);
  });

  it('does nothing when the header is not there', async () => {
    const kit = await routeKit(route(`- removeHeader: missing\n- to: mock:out`));
    const exchange = await kit.send('direct:in', 'x', { a: 1 });
    expect(exchange.exception).toBeUndefined();
    expect(headersReceived(kit)).toEqual([['a', 1]]);
  });

  it('removes a header set earlier in the route: later steps no longer see it', async () => {
    const kit = await routeKit(
      route(`
        - setHeader:
            name: greeting
            constant: hello
        - removeHeader:
            name: greeting
        - log: "after remove: header=[\${header.greeting}]"
      `),
    );
    await kit.send('direct:in', 'x');
    expect(kit.logs).toEqual(['INFO kit.camel.yaml:11 : after remove: header=[]']);
  });

  it('takes the name literally (Camel does not evaluate it)', async () => {
    const kit = await routeKit(route(`- removeHeader: "\${header.which}"\n- to: mock:out`));
    await kit.send('direct:in', 'x', { which: 'a', a: 1 });
    expect(headersReceived(kit)).toEqual([
      ['which', 'a'],
      ['a', 1],
    ]);
  });
});
