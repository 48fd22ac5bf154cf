/** Suspending a route consumed through `direct:`: senders wait for it, as for a consumer that has not started. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../../test/kit/route-kit.js';

afterEach(stopRouteKits);

const ROUTES = `- route:
    id: in
    from:
      uri: direct:in
      steps:
        - to: direct:work
- route:
    id: work
    from:
      uri: direct:work
      steps:
        - to: mock:done
- route:
    id: eager
    from:
      uri: direct:eager
      steps:
        - to: direct:work?block=false
`;

describe('a suspended direct route', () => {
  it('makes senders wait until it is resumed, then takes their exchanges', async () => {
    const kit = await routeKit(ROUTES);
    const work = kit.plan.runtime.route('work');
    await work?.suspend();
    expect(work?.state).toBe('Suspended');
    let delivered = false;
    const sent = kit.send('direct:in', 'a').then((e) => {
      delivered = true;
      return e;
    });
    await new Promise((r) => setImmediate(r));
    expect(delivered).toBe(false);
    expect(kit.mock('done').bodies()).toEqual([]);
    work?.resume();
    const exchange = await sent;
    expect(exchange.exception).toBeUndefined();
    expect(kit.mock('done').bodies()).toEqual(['a']);
  });

  it("fails a sender that does not block at once, with Camel's message", async () => {
    const kit = await routeKit(ROUTES);
    await kit.plan.runtime.route('work')?.suspend();
    const exchange = await kit.send('direct:eager', 'b');
    expect(exchange.exception?.message).toBe('No consumers available on endpoint: direct://work?block=false');
    expect(kit.mock('done').bodies()).toEqual([]);
  });
});
