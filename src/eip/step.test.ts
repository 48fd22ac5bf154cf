/** `step` as a Camel user sees it: its steps run in order as one unit, and the route goes on after it. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

describe('step', () => {
  it('runs its steps in order; their changes are seen after the step (test/golden/step-pipeline)', async () => {
    const kit = await routeKit(
      route(`
        - step:
            id: first-step
            steps:
              - setBody:
                  simple: "\${body}-step1"
              - log: "inside step: \${body}"
              - step:
                  id: nested
                  steps:
                    - log: "nested step: \${body}"
        - log: "after: \${body}"
      `),
    );
    await kit.send('direct:in', 's');
    expect(kit.logs).toEqual([
      'INFO kit.camel.yaml:11 : inside step: s-step1',
      'INFO kit.camel.yaml:15 : nested step: s-step1',
      'INFO kit.camel.yaml:16 : after: s-step1',
    ]);
  });

  it('runs for every exchange, in order', async () => {
    const kit = await routeKit(route(`- step:\n    steps:\n      - to: mock:a\n      - to: mock:b\n- to: mock:c`));
    for (const body of [1, 2, 3]) await kit.send('direct:in', body);
    expect([kit.mock('a').bodies(), kit.mock('b').bodies(), kit.mock('c').bodies()]).toEqual([
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
    ]);
  });

  it('with no steps, changes nothing', async () => {
    const kit = await routeKit(route(`- step:\n    steps: []\n- to: mock:out`));
    await kit.send('direct:in', 'x', { h: 1 });
    expect(kit.mock('out').bodies()).toEqual(['x']);
  });

  it('ends the route when a step inside fails: the rest of the step and the route do not run', async () => {
    const kit = await routeKit(
      route(`
        - step:
            steps:
              - setBody:
                  simple: "\${properties:missing}"
              - to: mock:inside
        - to: mock:after
      `),
    );
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception?.message).toMatch(/missing/);
    expect([kit.mock('inside').count, kit.mock('after').count]).toEqual([0, 0]);
  });
});
