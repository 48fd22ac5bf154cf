import { readFileSync } from 'node:fs';

import { register as globalRegistry } from 'prom-client';
import { describe, expect, it } from 'vitest';

import { FakeView, get, routeView, sample, serve } from './management-test-support.js';

const PROMETHEUS_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

async function scrape(server: Awaited<ReturnType<typeof serve>>): Promise<string> {
  const res = await get(server, '/q/metrics');
  expect(res.status).toBe(200);
  expect(res.contentType).toBe(PROMETHEUS_TYPE);
  return res.text;
}

describe('/q/metrics', () => {
  it('exports the run and its routes with values read at scrape time', async () => {
    const view = new FakeView();
    view.reloadCount = 2;
    view.routeList = [
      routeView('a', { total: 7, failed: 2, inflight: 3, uptimeMs: 1_500, reloads: 1 }),
      routeView('b', { state: 'Stopped', uptimeMs: 0 }),
    ];
    const server = await serve({ view });
    const body = await scrape(server);
    expect(sample(body, 'dromedary_info', 'name="demo"')).toBe(1);
    expect(sample(body, 'dromedary_start_time_seconds')).toBe(1_700_000_000);
    expect(sample(body, 'dromedary_ready')).toBe(1);
    expect(sample(body, 'dromedary_reloads_total')).toBe(2);
    expect(sample(body, 'dromedary_route_exchanges_total', 'route="a"')).toBe(7);
    expect(sample(body, 'dromedary_route_exchanges_failed_total', 'route="a"')).toBe(2);
    expect(sample(body, 'dromedary_route_exchanges_inflight', 'route="a"')).toBe(3);
    expect(sample(body, 'dromedary_route_uptime_seconds', 'route="a"')).toBe(1.5);
    expect(sample(body, 'dromedary_route_reloads_total', 'route="a"')).toBe(1);
    expect(sample(body, 'dromedary_route_started', 'route="a"')).toBe(1);
    expect(sample(body, 'dromedary_route_started', 'route="b"')).toBe(0);
    expect(sample(body, 'dromedary_route_exchanges_total', 'route="b"')).toBe(0);
    expect(body).toContain('# TYPE dromedary_route_exchanges_total counter');
    expect(body).toContain('# TYPE dromedary_route_exchanges_inflight gauge');

    view.isReady = false;
    view.routeList = [routeView('a', { total: 9, failed: 2, reloads: 1 })];
    const next = await scrape(server);
    expect(sample(next, 'dromedary_ready')).toBe(0);
    expect(sample(next, 'dromedary_route_exchanges_total', 'route="a"')).toBe(9);
    expect(sample(next, 'dromedary_route_exchanges_total', 'route="b"')).toBeUndefined();
  });

  it('includes the default process metrics', async () => {
    const body = await scrape(await serve({ view: new FakeView() }));
    expect(sample(body, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(body, 'nodejs_heap_size_total_bytes')).toBeGreaterThan(0);
  });

  it('keeps counters from decreasing when a route is replaced and its counts restart', async () => {
    const view = new FakeView();
    view.routeList = [routeView('a', { total: 10, failed: 3 })];
    const server = await serve({ view });
    const counters = async (): Promise<(number | undefined)[]> => {
      const body = await scrape(server);
      return [
        sample(body, 'dromedary_route_exchanges_total', 'route="a"'),
        sample(body, 'dromedary_route_exchanges_failed_total', 'route="a"'),
        sample(body, 'dromedary_route_reloads_total', 'route="a"'),
      ];
    };
    expect(await counters()).toEqual([10, 3, 0]);
    view.routeList = [routeView('a', { total: 2, failed: 0, reloads: 1, uptimeMs: 10 })];
    expect(await counters()).toEqual([12, 3, 1]);
    view.routeList = [routeView('a', { total: 5, failed: 1, reloads: 1 })];
    expect(await counters()).toEqual([15, 4, 1]);
    view.routeList = []; // removed by a reload, then back as a new route
    expect(await counters()).toEqual([undefined, undefined, undefined]);
    view.routeList = [routeView('a', { total: 1 })];
    expect(await counters()).toEqual([16, 4, 1]);
  });

  it('uses a registry of its own: two servers in one process, nothing in the global registry', async () => {
    const one = new FakeView();
    const two = new FakeView();
    two.routeList = [routeView('other', { total: 4 })];
    const [a, b] = await Promise.all([serve({ view: one }), serve({ view: two })]);
    const [bodyA, bodyB] = await Promise.all([scrape(a), scrape(b)]);
    expect(sample(bodyA, 'dromedary_route_exchanges_total', 'route="a"')).toBe(0);
    expect(sample(bodyA, 'dromedary_route_exchanges_total', 'route="other"')).toBeUndefined();
    expect(sample(bodyB, 'dromedary_route_exchanges_total', 'route="other"')).toBe(4);
    expect(globalRegistry.getMetricsAsArray()).toEqual([]);
  });

  it('answers 500 when the view throws, and recovers', async () => {
    const view = new FakeView();
    const server = await serve({ view });
    view.routesError = new Error('engine gone');
    const res = await get(server, '/q/metrics');
    expect(res.status).toBe(500);
    expect(res.contentType).toBe('application/json');
    view.routesError = undefined;
    expect(sample(await scrape(server), 'dromedary_route_exchanges_total', 'route="a"')).toBe(0);
  });

  it('documents every dromedary_ metric with its type in README.md', async () => {
    const readme = readFileSync(new URL('README.md', import.meta.url), 'utf8');
    const body = await scrape(await serve({ view: new FakeView() }));
    const types = [...body.matchAll(/^# TYPE (dromedary_\w+) (\w+)$/gm)];
    expect(types.length).toBeGreaterThanOrEqual(10);
    for (const [, name = '', type = ''] of types)
      expect(readme).toMatch(new RegExp(`\\| \`${name}\` +\\| ${type} +\\|`));
  });
});
