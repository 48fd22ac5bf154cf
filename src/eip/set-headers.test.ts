/** `setHeaders` as a Camel user sees it: several headers set in order, each seeing those set before it. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

describe('setHeaders', () => {
  it('sets every header in order: a later expression sees the headers set before it (SetHeadersProcessor)', async () => {
    const kit = await routeKit(
      route(`
        - setHeaders:
            headers:
              - name: a
                simple: "\${body}-a"
              - name: b
                header: a
              - name: c
                simple: "\${header.b}+c"
        - to: mock:out
      `),
    );
    await kit.send('direct:in', 'x', { a: 'old' });
    const got = kit.mock('out').received[0];
    expect(['a', 'b', 'c'].map((n) => got?.headers.get(n))).toEqual(['x-a', 'x-a', 'x-a+c']);
  });

  it('overwrites existing headers whatever their case, and keeps null values', async () => {
    const kit = await routeKit(
      route(`
        - setHeaders:
            headers:
              - name: FOO
                constant: new
              - name: gone
                simple: "\${header.missing}"
        - to: log:out?showHeaders=true
      `),
    );
    await kit.send('direct:in', 'x', { foo: 'old' });
    expect(kit.logs).toEqual(['INFO out : Exchange[Headers: {foo=new, gone=null}, BodyType: String, Body: x]']);
  });

  it('computes names that hold Simple functions, per exchange', async () => {
    const kit = await routeKit(
      route(`
        - setHeaders:
            headers:
              - name: "\${body}-1"
                constant: one
              - name: "\${body}-2"
                constant: two
        - to: mock:out
      `),
    );
    await kit.send('direct:in', 'k');
    expect([...(kit.mock('out').received[0]?.headers ?? [])]).toEqual([
      ['k-1', 'one'],
      ['k-2', 'two'],
    ]);
  });

  it('stops at the first failing item: earlier headers stay, later ones are not set, the exchange fails', async () => {
    const kit = await routeKit(
      route(`
        - setHeaders:
            headers:
              - name: a
                constant: "1"
              - name: b
                simple: "\${properties:missing}"
              - name: c
                constant: "3"
        - to: mock:after
      `),
    );
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception?.message).toMatch(/missing/);
    expect([...exchange.headers.keys()]).toEqual(['a']);
    expect(kit.mock('after').count).toBe(0);
  });

  it('needs at least one header, each with a name', async () => {
    await expect(routeKit(route(`- setHeaders:\n    headers: []`))).rejects.toThrow(
      /DSL_MISSING_REQUIRED setHeaders needs at least one item in headers/,
    );
    await expect(routeKit(route(`- setHeaders:\n    headers:\n      - constant: x`))).rejects.toThrow(/name/);
  });
});
