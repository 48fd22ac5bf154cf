import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { routeKit, stopRouteKits } from '../../../test/kit/route-kit.js';
import type { Exchange } from '../../api/exchange.js';
import type { Processor } from '../../api/processor.js';
import { systemClock } from '../clock.js';
import { DefaultExchange } from '../exchange.js';
import { Route } from '../route.js';
import { DirectRegistry } from './direct.js';
import { DirectConsumerNotAvailableException } from './errors.js';

const step = (fn: (e: Exchange) => void): Processor => ({
  process(e, done) {
    fn(e);
    done(true);
    return true;
  },
});

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(async () => {
  await stopRouteKits();
  vi.useRealTimers();
});

describe('direct: block and timeout', () => {
  it('waits (block, by default) for a consumer to start, then runs its route', () => {
    const direct = new DirectRegistry(systemClock);
    const e = new DefaultExchange();
    e.body = 'x';
    let finished = false;
    expect(
      direct.producer('late').process(e, () => {
        finished = true;
      }),
    ).toBe(false);
    vi.advanceTimersByTime(29_000);
    expect(finished).toBe(false);
    new Route({
      id: 'late',
      from: 'direct:late',
      consumer: direct.consumer('late'),
      processor: step((ex) => {
        ex.body = 'done';
      }),
    }).start();
    expect(finished).toBe(true);
    expect(e.body).toBe('done');
    expect(e.exception).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('fails after timeout ms (default 30000) with Camel\u2019s DirectConsumerNotAvailableException', () => {
    const e = new DefaultExchange();
    let finished = false;
    new DirectRegistry(systemClock).producer('nobody').process(e, () => (finished = true));
    vi.advanceTimersByTime(29_999);
    expect(finished).toBe(false);
    vi.advanceTimersByTime(1);
    expect(finished).toBe(true);
    expect(e.exception).toBeInstanceOf(DirectConsumerNotAvailableException);
    expect(e.exception?.message).toBe('No consumers available on endpoint: direct://nobody');
  });

  it('fails at once with block=false or a timeout of 0; failIfNoConsumers=false lets the exchange go on', () => {
    const direct = new DirectRegistry(systemClock);
    for (const settings of [{ block: false }, { timeout: 0 }]) {
      const e = new DefaultExchange();
      expect(direct.producer('nobody', settings).process(e, () => undefined)).toBe(true);
      expect(e.exception?.name).toBe('DirectConsumerNotAvailableException');
    }
    const e = new DefaultExchange();
    expect(direct.producer('nobody', { block: false, failIfNoConsumers: false }).process(e, () => undefined)).toBe(
      true,
    );
    expect(e.exception).toBeUndefined();
  });

  it('keeps a stopping consumer reachable, as Camel defers the shutdown of direct consumers', async () => {
    const direct = new DirectRegistry(systemClock);
    const route = new Route({
      id: 'r',
      from: 'direct:r',
      consumer: direct.consumer('r'),
      processor: step((ex) => (ex.body = 'seen')),
    });
    route.start();
    await route.stopConsumer();
    const e = new DefaultExchange();
    expect(direct.producer('r', { block: false }).process(e, () => undefined)).toBe(true);
    expect(e.body).toBe('seen');
  });
});

describe('direct in routes', () => {
  const yaml = `
- route:
    id: caller
    from:
      uri: direct:in
      steps:
        - to: direct:late?timeout=1000
        - to: mock:out
- route:
    id: late
    autoStartup: false
    from:
      uri: direct:late
      steps:
        - setBody:
            simple: '\${body}-late'`;

  it('lets a route send to a direct route that starts later, within the timeout', async () => {
    const kit = await routeKit(yaml);
    const sent = kit.send('direct:in', 'x');
    vi.advanceTimersByTime(500);
    kit.plan.runtime.route('late')?.start();
    const e = await sent;
    expect(e.exception).toBeUndefined();
    expect(kit.mock('out').bodies()).toEqual(['x-late']);
  });

  it('fails naming the endpoint with its options when the route does not start in time', async () => {
    const kit = await routeKit(yaml);
    const sent = kit.send('direct:in', 'x');
    vi.advanceTimersByTime(1000);
    const e = await sent;
    expect(e.exception?.message).toBe('No consumers available on endpoint: direct://late?timeout=1000');
    expect(kit.mock('out').count).toBe(0);
  });

  it('sends with the exchangePattern of the URI and restores the pattern after', async () => {
    const kit = await routeKit(`
- route:
    id: caller
    from:
      uri: direct:in
      steps:
        - to: direct:b?exchangePattern=InOut
        - to: log:after?showExchangePattern=true
- route:
    id: b
    from:
      uri: direct:b
      steps:
        - to: log:inside?showExchangePattern=true`);
    await kit.send('direct:in', 'x');
    expect(kit.logs).toContain('INFO inside : Exchange[ExchangePattern: InOut, BodyType: String, Body: x]');
    expect(kit.logs).toContain('INFO after : Exchange[ExchangePattern: InOnly, BodyType: String, Body: x]');
  });
});
