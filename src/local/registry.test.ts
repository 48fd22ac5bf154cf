/** registerProcess: the entry a running `drom run` keeps current in `$DROM_HOME/run/<pid>.json`. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { LocalEntry } from './entry.js';
import { entryPath, logPath, runDir } from './home.js';
import { routeView, ScriptedView, tempHome } from './local-test-support.js';
import { registerProcess } from './registry.js';

let home: string;
beforeEach(() => {
  home = tempHome();
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(home, { recursive: true, force: true });
});

const read = (pid = process.pid): LocalEntry => JSON.parse(readFileSync(entryPath(home, pid), 'utf8')) as LocalEntry;

describe('registerProcess', () => {
  it('writes the entry at once, with the view, the log file and no rates yet', () => {
    const view = new ScriptedView('shop', 1_699_999_990_000, [routeView('orders', { total: 5, failed: 1 })]);
    const reg = registerProcess({ view, home, managementUrl: 'http://localhost:8080' });
    expect(reg.path).toBe(join(home, 'run', `${String(process.pid)}.json`));
    expect(read()).toEqual({
      pid: process.pid,
      name: 'shop',
      startedAt: 1_699_999_990_000,
      updatedAt: 1_700_000_000_000,
      managementUrl: 'http://localhost:8080',
      logFile: logPath(home, process.pid),
      reloads: 0,
      lastError: null,
      routes: [
        {
          id: 'orders',
          from: 'timer:orders',
          state: 'Started',
          uptimeMs: 1000,
          total: 5,
          failed: 1,
          inflight: 0,
          msgPerSec: 0,
          lastError: null,
          reloads: 0,
        },
      ],
    });
    reg.close();
  });

  it('rewrites it every intervalMs with fresh counters and the message rate between writes', () => {
    const route = routeView('orders', { total: 0 });
    const view = new ScriptedView('shop', Date.now(), [route]);
    const reg = registerProcess({ view, home, intervalMs: 2000 });
    view.current = [{ ...route, total: 30, inflight: 2 }];
    vi.advanceTimersByTime(1999);
    expect(read().routes[0]?.total).toBe(0);
    vi.advanceTimersByTime(1);
    expect(read()).toMatchObject({ updatedAt: 1_700_000_002_000, routes: [{ total: 30, inflight: 2, msgPerSec: 15 }] });
    view.current = [{ ...route, total: 40 }];
    view.reloadCount = 1;
    vi.advanceTimersByTime(2000);
    expect(read()).toMatchObject({ reloads: 1, routes: [{ total: 40, msgPerSec: 5 }] });
    reg.close();
  });

  it('never reports a negative rate when a route restarts with fresh counters', () => {
    const view = new ScriptedView('shop', Date.now(), [routeView('orders', { total: 100 })]);
    const reg = registerProcess({ view, home });
    view.current = [routeView('orders', { total: 3, reloads: 1 })];
    vi.advanceTimersByTime(1000);
    expect(read().routes[0]).toMatchObject({ total: 3, msgPerSec: 3, reloads: 1 });
    reg.close();
  });

  it('writes atomically: only the entry is left between writes, no temporary file', () => {
    const reg = registerProcess({ view: new ScriptedView('shop', Date.now()), home });
    vi.advanceTimersByTime(3000);
    expect(readdirSync(runDir(home))).toEqual([`${String(process.pid)}.json`]);
    reg.close();
  });

  it('close() stops the writes and removes the entry, and may be called again', () => {
    const reg = registerProcess({ view: new ScriptedView('shop', Date.now()), home });
    reg.close();
    expect(existsSync(reg.path)).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(existsSync(reg.path)).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    reg.close();
    reg.update();
    expect(existsSync(reg.path)).toBe(false);
  });

  it('throws when the first write fails, leaving nothing behind', () => {
    writeFileSync(join(home, 'run'), 'a file where the directory should be');
    expect(() => registerProcess({ view: new ScriptedView('shop', Date.now()), home })).toThrow(/EEXIST|ENOTDIR/);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes later write failures to onError and tries again on the next tick', () => {
    const errors: unknown[] = [];
    const reg = registerProcess({ view: new ScriptedView('shop', Date.now()), home, onError: (e) => errors.push(e) });
    rmSync(runDir(home), { recursive: true });
    writeFileSync(runDir(home), 'now a file');
    vi.advanceTimersByTime(1000);
    expect(errors).toHaveLength(1);
    rmSync(runDir(home));
    vi.advanceTimersByTime(1000);
    expect(read().name).toBe('shop');
    reg.close();
  });
});

describe('registerProcess in a real process', () => {
  it('never keeps the process alive: a process that only registered exits by itself', () => {
    vi.useRealTimers();
    const registry = join(import.meta.dirname, 'registry.ts');
    const script = [
      `import { registerProcess } from ${JSON.stringify(registry)};`,
      `const view = { name: 'idle', startedAt: Date.now(), routes: () => [], reloads: () => 0, ready: () => true };`,
      `const reg = registerProcess({ view, home: ${JSON.stringify(home)}, intervalMs: 50 });`,
      `process.on('exit', () => reg.close());`,
      `console.log(process.pid);`,
    ].join('\n');
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(existsSync(entryPath(home, Number(child.stdout.trim())))).toBe(false);
  }, 20_000);
});
