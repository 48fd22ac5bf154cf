/** `pipeline` as a Camel user sees it: each step sees the previous one's result, and the route goes on after it. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

describe('pipeline', () => {
  it('passes each step the result of the one before; the route sees the end result (test/golden/step-pipeline)', async () => {
    const kit = await routeKit(
      route(`
        - pipeline:
            steps:
              - setBody:
                  simple: "\${body}-pipe"
              - log: "inside pipeline: \${body}"
              - step:
                  steps:
                    - log: "nested step: \${body}"
        - log: "after: \${body}"
      `),
    );
    await kit.send('direct:in', 's');
    expect(kit.logs).toEqual([
      'INFO kit.camel.yaml:10 : inside pipeline: s-pipe',
      'INFO kit.camel.yaml:13 : nested step: s-pipe',
      'INFO kit.camel.yaml:14 : after: s-pipe',
    ]);
  });

  it('keeps headers and properties set inside for the steps after it', async () => {
    const kit = await routeKit(
      route(`
        - pipeline:
            steps:
              - setHeader:
                  name: h
                  constant: from-pipeline
              - setProperty:
                  name: p
                  constant: from-pipeline
        - to: mock:out
      `),
    );
    await kit.send('direct:in', 'x');
    const got = kit.mock('out').received[0];
    expect([got?.headers.get('h'), got?.properties.get('p')]).toEqual(['from-pipeline', 'from-pipeline']);
  });

  it('sends every exchange through the same steps, in order', async () => {
    const kit = await routeKit(route(`- pipeline:\n    steps:\n      - to: mock:first\n      - to: mock:second`));
    for (const body of ['a', 'b']) await kit.send('direct:in', body);
    kit.mock('first').expectedBodiesReceived('a', 'b');
    kit.mock('second').expectedBodiesReceived('a', 'b');
    kit.mock('first').assertIsSatisfied();
    kit.mock('second').assertIsSatisfied();
  });

  it('ends the route when a step inside fails', async () => {
    const kit = await routeKit(
      route(`
        - pipeline:
            steps:
              - convertBodyTo: Integer
              - to: mock:inside
        - to: mock:after
      `),
    );
    const exchange = await kit.send('direct:in', 'not a number');
    expect(exchange.exception?.name).toBe('TypeConversionError');
    expect([kit.mock('inside').count, kit.mock('after').count]).toEqual([0, 0]);
  });
});
