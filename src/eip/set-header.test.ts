/** `setHeader` as a Camel user sees it: the headers endpoints receive, with Camel's case and null rules. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

describe('setHeader', () => {
  it('sets the header from the expression; later steps and endpoints see it', async () => {
    const kit = await routeKit(
      route(`
        - setHeader:
            name: greeting
            simple: "hello \${body}"
        - log: "\${header.greeting}"
        - to: mock:out
      `),
    );
    kit.mock('out').expectedBodiesReceived('world', 'you');
    await kit.send('direct:in', 'world');
    await kit.send('direct:in', 'you');
    kit.mock('out').assertIsSatisfied();
    expect(kit.mock('out').received.map((e) => e.headers.get('greeting'))).toEqual(['hello world', 'hello you']);
    expect(kit.logs).toEqual(['INFO kit.camel.yaml:9 : hello world', 'INFO kit.camel.yaml:9 : hello you']);
  });

  it('ignores the case of header names and keeps the first spelling when overwriting', async () => {
    const kit = await routeKit(
      route(`
        - setHeader:
            name: greeting
            constant: replaced
        - setHeader:
            name: Count
            simple: "\${header.GREETING}-2"
        - log: "\${header.count} \${header.Greeting}"
        - to: log:out?showHeaders=true
      `),
    );
    await kit.send('direct:in', 'b', { Greeting: 'sent' });
    expect(kit.logs).toEqual([
      'INFO kit.camel.yaml:12 : replaced-2 replaced',
      'INFO out : Exchange[Headers: {Count=replaced-2, Greeting=replaced}, BodyType: String, Body: b]',
    ]);
  });

  it('keeps the header, with a null value, when the expression is null', async () => {
    const kit = await routeKit(
      route(`
        - setHeader:
            name: h
            simple: "\${header.missing}"
        - to: log:out?showHeaders=true
        - to: mock:out
      `),
    );
    await kit.send('direct:in', 'x', { h: 'before' });
    const got = kit.mock('out').received[0];
    expect(got?.headers.has('h')).toBe(true);
    expect(got?.headers.get('h')).toBeNull();
    expect(kit.logs).toEqual(['INFO out : Exchange[Headers: {h=null}, BodyType: String, Body: x]']);
  });

  it('computes a name that holds a Simple function per exchange', async () => {
    const kit = await routeKit(
      route(`
        - setHeader:
            name: "target-\${header.which}"
            simple: "\${body}"
        - to: mock:out
      `),
    );
    await kit.send('direct:in', 'one', { which: 'a' });
    await kit.send('direct:in', 'two', { which: 'b' });
    const [first, second] = kit.mock('out').received;
    expect(first?.headers.get('target-a')).toBe('one');
    expect(first?.headers.has('target-b')).toBe(false);
    expect(second?.headers.get('target-b')).toBe('two');
  });

  it('reads an exchange property through ${header.x} when there is no such header, as Camel 4.22 does', async () => {
    const kit = await routeKit(
      route(`
        - setProperty:
            name: p
            constant: property-value
        - setHeader:
            name: copy
            simple: "\${header.p}"
        - to: mock:out
      `),
    );
    await kit.send('direct:in', 'x');
    expect(kit.mock('out').received[0]?.headers.get('copy')).toBe('property-value');
  });

  it('fails the exchange when the expression fails: the header is not set, later steps do not run', async () => {
    const kit = await routeKit(
      route(`
        - setHeader:
            name: h
            simple: "\${properties:missing}"
        - to: mock:after
      `),
    );
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception?.message).toMatch(/missing/);
    expect(exchange.headers.has('h')).toBe(false);
    expect(kit.mock('after').count).toBe(0);
  });

  it('fails the exchange when a computed name is null', async () => {
    const kit = await routeKit(
      route(`- setHeader:\n    name: "\${header.missing}"\n    constant: v\n- to: mock:after`),
    );
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception?.message).toMatch(/header name/);
    expect(kit.mock('after').count).toBe(0);
  });

  it('needs a name and an expression', async () => {
    await expect(routeKit(route(`- setHeader:\n    constant: x`))).rejects.toThrow(/name/);
    await expect(routeKit(route(`- setHeader:\n    name: h`))).rejects.toThrow(/expression/);
  });
});
