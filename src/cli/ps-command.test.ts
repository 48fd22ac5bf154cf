/** `drom ps` as a user runs it: the table of local processes, exit codes, cleanup of dead entries. */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { entryPath, runDir } from '../local/home.js';
import { deadPid, entry, routeEntry, tempHome } from '../local/local-test-support.js';
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

function registerTwo(): void {
  writeEntry(
    home,
    entry(home, process.pid, 'shop', {
      startedAt: NOW - 303_000,
      routes: [
        routeEntry('orders', { total: 1200, failed: 3, inflight: 2 }),
        routeEntry('audit', { state: 'Stopped', total: 5 }),
      ],
    }),
  );
  writeEntry(
    home,
    entry(home, process.ppid, 'billing', {
      startedAt: NOW - 3_723_000,
      routes: [routeEntry('invoices', { total: 7 })],
    }),
  );
}

describe('drom ps', () => {
  it('lists the running processes by name with age, routes and counters', async () => {
    registerTwo();
    const r = await drom('ps');
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    const [ppid, pid] = [String(process.ppid), String(process.pid)];
    const w = Math.max(ppid.length, pid.length, 3);
    expect(r.out).toBe(
      [
        `${'PID'.padStart(w)}  NAME      AGE  ROUTES  TOTAL  FAILED  INFLIGHT`,
        `${ppid.padStart(w)}  billing  1h2m     1/1      7       0         0`,
        `${pid.padStart(w)}  shop     5m3s     1/2   1205       3         2`,
        '',
      ].join('\n'),
    );
  });

  it('narrows to a name or pid, and exits 1 when nothing matches', async () => {
    registerTwo();
    expect((await drom('ps', 'sh')).out).toContain('shop');
    expect((await drom('ps', String(process.ppid))).out).not.toContain('shop');
    expect(await drom('ps', 'nope')).toEqual({ status: 1, out: '', err: "drom: no running process matches 'nope'\n" });
  });

  it('says so on stderr and exits 0 when nothing runs', async () => {
    expect(await drom('ps')).toEqual({ status: 0, out: '', err: 'No drom processes are running.\n' });
  });

  it('removes entries of dead processes and warns about unreadable ones without failing', async () => {
    const dead = deadPid();
    writeEntry(home, entry(home, dead, 'crashed'));
    mkdirSync(runDir(home), { recursive: true });
    writeFileSync(entryPath(home, process.pid), 'garbage{');
    const r = await drom('ps');
    expect(r).toEqual({
      status: 0,
      out: '',
      err: `drom: skipped unreadable registry file ${entryPath(home, process.pid)}: not valid JSON\nNo drom processes are running.\n`,
    });
    expect(existsSync(entryPath(home, dead))).toBe(false);
  });
});
