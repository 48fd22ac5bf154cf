/** `transform` as a Camel user sees it: like setBody, the body is replaced and the rest of the message stays. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

describe('transform', () => {
  it('replaces the body with the value of the expression, for every exchange; headers stay', async () => {
    const kit = await routeKit(
      route(`
        - transform:
            simple: "\${body.toUpperCase()}"
        - to: mock:out
      `),
    );
    kit.mock('out').expectedBodiesReceived('A', 'B', 'C').expectedHeaderReceived('kept', 'yes');
    for (const body of ['a', 'b', 'c']) await kit.send('direct:in', body, { kept: 'yes' });
    kit.mock('out').assertIsSatisfied();
  });

  it('chains with the other body steps in order', async () => {
    const kit = await routeKit(
      route(`
        - setBody:
            simple: "\${body}-set"
        - transform:
            expression:
              simple: "\${body}-transformed"
        - transform:
            constant: last
        - to: mock:out
      `),
    );
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.body).toBe('last');
    expect(kit.mock('out').bodies()).toEqual(['last']);
  });

  it('makes the body null when the expression is null', async () => {
    const kit = await routeKit(route(`- transform:\n    header: missing\n- to: mock:out`));
    await kit.send('direct:in', 'x');
    expect(kit.mock('out').bodies()).toEqual([null]);
  });

  it('fails the exchange when the expression fails: the body stays and later steps do not run', async () => {
    const kit = await routeKit(route(`- transform:\n    simple: "\${properties:missing}"\n- to: mock:after`));
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception?.message).toMatch(/missing/);
    expect(exchange.body).toBe('x');
    expect(kit.mock('after').count).toBe(0);
  });
});
