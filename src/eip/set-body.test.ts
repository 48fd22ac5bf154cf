/** `setBody` as a Camel user sees it: the body endpoints receive, and what stays as it was. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

describe('setBody', () => {
  it('replaces the body with the value of the expression; headers, properties and variables stay', async () => {
    const kit = await routeKit(
      route(`
        - setProperty:
            name: p
            constant: pv
        - setBody:
            simple: "\${body}-\${header.h}"
        - to: mock:out
      `),
    );
    kit.mock('out').expectedBodiesReceived('a-1', 'b-2');
    await kit.send('direct:in', 'a', { h: 1 });
    await kit.send('direct:in', 'b', { h: 2 });
    kit.mock('out').assertIsSatisfied();
    expect(kit.mock('out').received.map((e) => e.headers.get('h'))).toEqual([1, 2]);
    expect(kit.mock('out').received[0]?.properties.get('p')).toBe('pv');
  });

  it('takes every expression form: inline languages, their map form and the expression wrapper', async () => {
    const kit = await routeKit(
      route(`
        - setVariable:
            name: v
            constant: from-variable
        - setProperty:
            name: p
            constant: from-property
        - setBody:
            constant: constant
        - to: mock:out
        - setBody:
            header: h
        - to: mock:out
        - setBody:
            exchangeProperty: p
        - to: mock:out
        - setBody:
            variable: v
        - to: mock:out
        - setBody:
            simple:
              expression: "\${body}!"
        - to: mock:out
        - setBody:
            expression:
              simple: "\${body}?"
        - to: mock:out
      `),
    );
    await kit.send('direct:in', 'x', { h: 'from-header' });
    expect(kit.mock('out').bodies()).toEqual([
      'constant',
      'from-header',
      'from-property',
      'from-variable',
      'from-variable!',
      'from-variable!?',
    ]);
  });

  it('sees the body as the previous step left it', async () => {
    const kit = await routeKit(route(`- setBody:\n    simple: "\${body}1"\n- setBody:\n    simple: "\${body}2"`));
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.body).toBe('x12');
  });

  it('makes the body null when the expression is null', async () => {
    const kit = await routeKit(route(`- setBody:\n    simple: "\${header.missing}"\n- to: log:out\n- to: mock:out`));
    await kit.send('direct:in', 'x');
    expect(kit.mock('out').bodies()).toEqual([null]);
    expect(kit.logs).toEqual(['INFO out : Exchange[ExchangePattern: InOnly, BodyType: null, Body: [Body is null]]']);
  });

  it("keeps the type of a lone function's value; a template makes text; resultType converts", async () => {
    const kit = await routeKit(
      route(`
        - setBody:
            simple: "\${header.n}"
        - to: log:lone
        - setBody:
            simple: "n=\${header.n}"
        - to: log:template
        - setBody:
            simple:
              expression: "\${header.n}"
              resultType: Long
        - to: log:long
      `),
    );
    await kit.send('direct:in', null, { n: 5 });
    expect(kit.logs).toEqual([
      'INFO lone : Exchange[ExchangePattern: InOnly, BodyType: Integer, Body: 5]',
      'INFO template : Exchange[ExchangePattern: InOnly, BodyType: String, Body: n=5]',
      'INFO long : Exchange[ExchangePattern: InOnly, BodyType: Long, Body: 5]',
    ]);
  });

  it('fails the exchange when the expression fails: the body stays and later steps do not run', async () => {
    const kit = await routeKit(route(`- setBody:\n    simple: "\${properties:missing}"\n- to: mock:after`));
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception?.message).toMatch(/missing/);
    expect(exchange.body).toBe('x');
    expect(kit.mock('after').count).toBe(0);
  });
});
