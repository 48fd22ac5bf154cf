/** `setProperty` as a Camel user sees it: exchange properties, case-sensitive, removed by a null value. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

describe('setProperty', () => {
  it('sets the property; templates and endpoints see it, the message does not carry it as a header', async () => {
    const kit = await routeKit(
      route(`
        - setProperty:
            name: prop
            simple: "p-\${body}"
        - log: "prop=\${exchangeProperty.prop}"
        - to: log:out?showProperties=true
        - to: mock:out
      `),
    );
    await kit.send('direct:in', 'x');
    expect(kit.logs).toEqual([
      'INFO kit.camel.yaml:9 : prop=p-x',
      'INFO out : Exchange[Properties: {prop=p-x}, BodyType: String, Body: x]',
    ]);
    const got = kit.mock('out').received[0];
    expect(got?.properties.get('prop')).toBe('p-x');
    expect(got?.headers.size).toBe(0);
  });

  it('uses case-sensitive names', async () => {
    const kit = await routeKit(
      route(`
        - setProperty:
            name: Prop
            constant: upper
        - setProperty:
            name: prop
            constant: lower
        - log: "[\${exchangeProperty.Prop}] [\${exchangeProperty.prop}] [\${exchangeProperty.PROP}]"
      `),
    );
    await kit.send('direct:in', 'x');
    expect(kit.logs).toEqual(['INFO kit.camel.yaml:12 : [upper] [lower] []']);
  });

  it('removes the property when the expression is null, as Exchange.setProperty(name, null) does', async () => {
    const kit = await routeKit(
      route(`
        - setProperty:
            name: p
            constant: before
        - setProperty:
            name: p
            simple: "\${header.missing}"
        - to: log:out?showProperties=true
        - to: mock:out
      `),
    );
    await kit.send('direct:in', 'x');
    expect(kit.mock('out').received[0]?.properties.has('p')).toBe(false);
    expect(kit.logs).toEqual(['INFO out : Exchange[Properties: {}, BodyType: String, Body: x]']);
  });

  it('computes a name that holds a Simple function per exchange', async () => {
    const kit = await routeKit(
      route(`- setProperty:\n    name: "\${header.name}"\n    simple: "\${body}"\n- to: mock:out`),
    );
    await kit.send('direct:in', 'one', { name: 'first' });
    await kit.send('direct:in', 'two', { name: 'second' });
    expect(kit.mock('out').received.map((e) => [...e.properties])).toEqual([[['first', 'one']], [['second', 'two']]]);
  });

  it('lives for the whole exchange, across direct: routes', async () => {
    const kit = await routeKit(
      route(`
        - setProperty:
            name: from-main
            constant: main
        - to: direct:sub
        - log: "\${exchangeProperty.from-sub}"
      `) +
        route(
          `- setProperty:\n    name: from-sub\n    simple: "sub saw \${exchangeProperty.from-main}"`,
          'sub',
          'direct:sub',
        ),
    );
    await kit.send('direct:in', 'x');
    expect(kit.logs).toEqual(['INFO kit.camel.yaml:10 : sub saw main']);
  });

  it('fails the exchange when the expression fails: the property stays as it was, later steps do not run', async () => {
    const kit = await routeKit(
      route(`
        - setProperty:
            name: p
            constant: before
        - setProperty:
            name: p
            simple: "\${properties:missing}"
        - to: mock:after
      `),
    );
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception?.message).toMatch(/missing/);
    expect(exchange.properties.get('p')).toBe('before');
    expect(kit.mock('after').count).toBe(0);
  });
});
