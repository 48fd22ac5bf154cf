import { describe, expect, it } from 'vitest';

import type { PlannedRoute } from '../compile/compile-routes.js';
import { diffPlans, type RunningRoute } from './plan-diff.js';

const planned = (key: string, fingerprint: string): PlannedRoute =>
  ({ key, fingerprint, file: 'a.yaml', autoId: false, route: { id: key } }) as unknown as PlannedRoute;
const running = (...routes: PlannedRoute[]): Map<string, RunningRoute> =>
  new Map(routes.map((p) => [p.key, { planned: p, reloads: 0 }]));

describe('diffPlans', () => {
  it('sorts the routes of a new plan into added, changed, removed and kept', () => {
    const a = planned('id:a', '1');
    const b = planned('id:b', '1');
    const c = planned('id:c', '1');
    const diff = diffPlans(running(a, b, c), [planned('id:a', '1'), planned('id:b', '2'), planned('id:d', '1')]);
    expect(diff.added.map((r) => r.key)).toEqual(['id:d']);
    expect(diff.changed.map((r) => [r.from.planned.key, r.to.fingerprint])).toEqual([['id:b', '2']]);
    expect(diff.removed.map((r) => r.planned.key)).toEqual(['id:c']);
    expect(diff.kept.map((r) => r.planned)).toEqual([a]);
  });

  it('keeps the running instance of an unchanged route, whatever else changed', () => {
    const a = planned('auto:a.yaml:x', 'x');
    const diff = diffPlans(running(a), [planned('auto:a.yaml:y', 'y'), planned('auto:a.yaml:x', 'x')]);
    expect(diff.kept[0]?.planned).toBe(a);
    expect(diff.added).toHaveLength(1);
    expect(diff.changed).toHaveLength(0);
  });
});
