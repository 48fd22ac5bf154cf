/** `stop` as a Camel user sees it: the exchange ends where it stops, successfully; other exchanges go on. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

describe('stop', () => {
  it('ends the exchange without an error; no later step runs', async () => {
    const kit = await routeKit(route(`- to: mock:before\n- stop: {}\n- to: mock:after`));
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception).toBeUndefined();
    expect([kit.mock('before').count, kit.mock('after').count]).toEqual([1, 0]);
  });

  it('inside a choice ends only the exchange that reaches it (test/golden/stop-eip)', async () => {
    const kit = await routeKit(
      route(`
        - log: "start \${body}"
        - choice:
            when:
              - simple: "\${body} == 'm2'"
                steps:
                  - log: "stopping \${body}"
                  - stop: {}
                  - log: never printed
        - log: "continued \${body}"
      `),
    );
    for (const body of ['m1', 'm2', 'm3']) await kit.send('direct:in', body);
    expect(kit.logs).toEqual([
      'INFO kit.camel.yaml:6 : start m1',
      'INFO kit.camel.yaml:14 : continued m1',
      'INFO kit.camel.yaml:6 : start m2',
      'INFO kit.camel.yaml:11 : stopping m2',
      'INFO kit.camel.yaml:6 : start m3',
      'INFO kit.camel.yaml:14 : continued m3',
    ]);
  });

  it('inside step, pipeline or filter ends the whole route, not only the block', async () => {
    const kit = await routeKit(
      route(`
        - step:
            steps:
              - pipeline:
                  steps:
                    - stop: {}
                    - to: mock:inner
              - to: mock:step
        - to: mock:after
      `),
    );
    await kit.send('direct:in', 'x');
    expect([kit.mock('inner').count, kit.mock('step').count, kit.mock('after').count]).toEqual([0, 0, 0]);
  });

  it('in a route called through direct: also ends the calling route', async () => {
    const kit = await routeKit(
      route(`- to: direct:sub\n- to: mock:caller-after`) +
        route(`- setBody:\n    constant: changed\n- stop: {}\n- to: mock:sub-after`, 'sub', 'direct:sub'),
    );
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception).toBeUndefined();
    expect(exchange.body).toBe('changed');
    expect([kit.mock('sub-after').count, kit.mock('caller-after').count]).toEqual([0, 0]);
  });
});
