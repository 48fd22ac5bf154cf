/** Snapshotter: rates and the most recent failure derived from successive views. */
import { describe, expect, it } from 'vitest';

import { routeView, ScriptedView } from './local-test-support.js';
import { Snapshotter } from './snapshot.js';

const base = { pid: 42, logFile: '/h/run/42.log' };

describe('Snapshotter', () => {
  it('derives each route rate from the growth of its total over the time between snapshots', () => {
    const view = new ScriptedView('shop', 0, [routeView('a', { total: 10 }), routeView('b', { total: 0 })]);
    const s = new Snapshotter(base);
    expect(s.snapshot(view, 1000).routes.map((r) => r.msgPerSec)).toEqual([0, 0]);
    view.current = [routeView('a', { total: 13 }), routeView('b', { total: 1 })];
    expect(s.snapshot(view, 4000).routes.map((r) => r.msgPerSec)).toEqual([1, 0.33]);
  });

  it('counts the whole total of a restarted or new route, never a negative rate', () => {
    const view = new ScriptedView('shop', 0, [routeView('a', { total: 50 })]);
    const s = new Snapshotter(base);
    s.snapshot(view, 0);
    view.current = [routeView('a', { total: 2 }), routeView('c', { total: 4 })];
    expect(s.snapshot(view, 2000).routes.map((r) => r.msgPerSec)).toEqual([1, 2]);
  });

  it('reports a rate of 0 when no time passed', () => {
    const view = new ScriptedView('shop', 0, [routeView('a', { total: 1 })]);
    const s = new Snapshotter(base);
    s.snapshot(view, 5);
    view.current = [routeView('a', { total: 9 })];
    expect(s.snapshot(view, 5).routes[0]?.msgPerSec).toBe(0);
  });

  it('keeps the failure message that appeared most recently on any route', () => {
    const view = new ScriptedView('shop', 0, [routeView('a'), routeView('b')]);
    const s = new Snapshotter(base);
    expect(s.snapshot(view, 0).lastError).toBeNull();
    view.current = [routeView('a', { lastError: 'boom a' }), routeView('b')];
    expect(s.snapshot(view, 1).lastError).toBe('boom a');
    view.current = [routeView('a', { lastError: 'boom a' }), routeView('b', { lastError: 'boom b' })];
    expect(s.snapshot(view, 2).lastError).toBe('boom b');
    expect(s.snapshot(view, 3).lastError).toBe('boom b');
    view.current = [routeView('a', { lastError: 'boom a2' }), routeView('b', { lastError: 'boom b' })];
    expect(s.snapshot(view, 4)).toMatchObject({
      lastError: 'boom a2',
      routes: [{ lastError: 'boom a2' }, { lastError: 'boom b' }],
    });
  });

  it('leaves out managementUrl unless given', () => {
    const view = new ScriptedView('shop', 0);
    expect('managementUrl' in new Snapshotter(base).snapshot(view, 0)).toBe(false);
    expect(new Snapshotter({ ...base, managementUrl: 'http://x' }).snapshot(view, 0).managementUrl).toBe('http://x');
  });
});
