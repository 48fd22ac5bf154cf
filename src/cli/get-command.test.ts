/** `drom get [context|routes]` as a user runs it: status tables like `camel get`, and its usage errors. */
import { rmSync } from 'node:fs';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { entry, routeEntry, tempHome } from '../local/local-test-support.js';
import { writeEntry } from '../local/store.js';
import { runDrom, type DromResult } from './cli-test-support.js';

const NOW = 1_700_000_303_000;
let home: string;

const drom = (...args: string[]): Promise<DromResult> => runDrom(home, ...args);

beforeEach(() => {
  home = tempHome();
  vi.stubEnv('DROM_HOME', home);
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  rmSync(home, { recursive: true, force: true });
});

const pid = String(process.pid);
const ppid = String(process.ppid);
const w = Math.max(pid.length, ppid.length, 3);

function registerTwo(): void {
  writeEntry(
    home,
    entry(home, process.pid, 'shop', {
      startedAt: NOW - 303_000,
      updatedAt: NOW - 1000,
      reloads: 2,
      lastError: 'HTTP 503 from inventory',
      routes: [
        routeEntry('orders', {
          from: 'kafka:orders',
          uptimeMs: 45_000,
          total: 1200,
          failed: 3,
          inflight: 2,
          msgPerSec: 12.5,
          lastError: 'HTTP 503 from inventory',
          reloads: 2,
        }),
        routeEntry('audit', { from: 'direct:audit', state: 'Stopped', uptimeMs: 0, total: 5 }),
      ],
    }),
  );
  writeEntry(
    home,
    entry(home, process.ppid, 'billing', {
      startedAt: NOW - 46_000,
      updatedAt: NOW,
      routes: [routeEntry('invoices', { from: 'timer:invoices', uptimeMs: 46_000, total: 7, msgPerSec: 0.15 })],
    }),
  );
}

const CONTEXT = [
  `${'PID'.padStart(w)}  NAME      AGE  ROUTES  TOTAL  FAILED  INFLIGHT  MSG/S  RELOADS  LAST ERROR`,
  `${ppid.padStart(w)}  billing   46s     1/1      7       0         0   0.15        0`,
  `${pid.padStart(w)}  shop     5m3s     1/2   1205       3         2  12.50        2  HTTP 503 from inventory`,
  '',
].join('\n');

describe('drom get', () => {
  it('shows one row per process, like camel get', async () => {
    registerTwo();
    expect(await drom('get')).toEqual({ status: 0, out: CONTEXT, err: '' });
    expect((await drom('get', 'context')).out).toBe(CONTEXT);
  });

  it('shows one row per route of every process with get routes', async () => {
    registerTwo();
    const r = await drom('get', 'routes');
    expect(r.err).toBe('');
    expect(r.out).toBe(
      [
        `${'PID'.padStart(w)}  NAME     ROUTE     FROM            STATE    AGE  TOTAL  FAILED  INFLIGHT  MSG/S  RELOADS  LAST ERROR`,
        `${ppid.padStart(w)}  billing  invoices  timer:invoices  Started  46s      7       0         0   0.15        0`,
        `${pid.padStart(w)}  shop     orders    kafka:orders    Started  46s   1200       3         2  12.50        2  HTTP 503 from inventory`,
        `${pid.padStart(w)}  shop     audit     direct:audit    Stopped    -      5       0         0   0.00        0`,
        '',
      ].join('\n'),
    );
    expect((await drom('get', 'route')).out).toBe(r.out);
  });

  it('narrows to a name or pid, and exits 1 when nothing matches', async () => {
    registerTwo();
    const r = await drom('get', 'routes', 'shop');
    expect(r.out.split('\n').filter((l) => l.includes('billing'))).toEqual([]);
    expect(r.out).toContain('orders');
    expect(await drom('get', 'context', 'nope')).toEqual({
      status: 1,
      out: '',
      err: "drom: no running process matches 'nope'\n",
    });
  });

  it('exits 0 and says so when nothing runs', async () => {
    expect(await drom('get')).toEqual({ status: 0, out: '', err: 'No drom processes are running.\n' });
  });

  it('rejects an unknown resource as a usage error that lists the known ones', async () => {
    expect(await drom('get', 'integrations')).toEqual({
      status: 2,
      out: '',
      err: "drom: unknown resource 'integrations' for drom get (known: context, routes)\n",
    });
    expect((await drom('get', 'constructor')).status).toBe(2);
  });
});
