import { describe, expect, it } from 'vitest';

import { healthReport, LIVE_CHECK, ROUTES_CHECK } from './health.js';
import { FakeView, routeView } from './management-test-support.js';

describe('healthReport', () => {
  it('combines liveness and readiness for /q/health', () => {
    const view = new FakeView();
    view.routeList = [routeView('a'), routeView('b', { state: 'Stopped' })];
    expect(healthReport(view, 'health')).toEqual({
      status: 'UP',
      checks: [
        { name: LIVE_CHECK, status: 'UP', data: { name: 'demo' } },
        { name: ROUTES_CHECK, status: 'UP', data: { routes: 2, started: 1 } },
      ],
    });
  });

  it('is DOWN when not ready, but liveness alone stays UP', () => {
    const view = new FakeView();
    view.isReady = false;
    expect(healthReport(view, 'health').status).toBe('DOWN');
    expect(healthReport(view, 'ready')).toEqual({
      status: 'DOWN',
      checks: [{ name: ROUTES_CHECK, status: 'DOWN', data: { routes: 1, started: 1 } }],
    });
    expect(healthReport(view, 'live')).toEqual({
      status: 'UP',
      checks: [{ name: LIVE_CHECK, status: 'UP', data: { name: 'demo' } }],
    });
  });

  it('is DOWN with the message when the view throws', () => {
    const view = new FakeView();
    view.routesError = new Error('engine gone');
    expect(healthReport(view, 'ready').checks).toEqual([
      { name: ROUTES_CHECK, status: 'DOWN', data: { error: 'engine gone' } },
    ]);
  });
});
