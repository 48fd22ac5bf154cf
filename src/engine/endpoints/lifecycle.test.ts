import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { routeKit, stopRouteKits } from '../../../test/kit/route-kit.js';
import { ServiceGroup } from './lifecycle.js';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(async () => {
  await stopRouteKits();
  vi.useRealTimers();
});

describe('service group', () => {
  it('starts its services with the route, a late one at once, and stops them last first', () => {
    const calls: string[] = [];
    const service = (name: string) => ({
      start: () => calls.push(`start ${name}`),
      stop: () => calls.push(`stop ${name}`),
    });
    const group = new ServiceGroup();
    group.add(service('a'));
    expect(calls).toEqual([]);
    group.start();
    group.start();
    group.add(service('b'));
    group.stop();
    group.stop();
    expect(calls).toEqual(['start a', 'start b', 'stop b', 'stop a']);
    expect(group.started).toBe(false);
  });
});

describe('route lifecycle of endpoints', () => {
  it('starts a route\u2019s interval throughput logger when the route starts and stops it with the route', async () => {
    const kit = await routeKit(`
- route:
    id: later
    autoStartup: false
    from:
      uri: direct:in
      steps:
        - to: log:tput?groupInterval=1000&groupActiveOnly=false`);
    const scheduling = (): number => kit.logs.filter((l) => l.includes('Scheduling throughput logger')).length;
    vi.advanceTimersByTime(5000);
    expect(scheduling()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    const route = kit.plan.runtime.route('later');
    route?.start();
    expect(scheduling()).toBe(1);
    vi.advanceTimersByTime(2000);
    expect(kit.logs.filter((l) => l.startsWith('INFO tput : Received: 0 new messages'))).toHaveLength(2);
    await route?.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives the exchanges a timer creates the exchangePattern of its URI', async () => {
    const kit = await routeKit(`
- route:
    id: t
    from:
      uri: timer:t?delay=0&repeatCount=1&exchangePattern=InOut
      steps:
        - to: log:p?showExchangePattern=true`);
    vi.advanceTimersByTime(0);
    expect(kit.logs).toContain('INFO p : Exchange[ExchangePattern: InOut, BodyType: null, Body: [Body is null]]');
  });
});
