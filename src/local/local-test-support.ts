/**
 * Shared by the tests of the local process tools and their commands (not a test itself, and no dependency of the
 * tools): temporary homes, a scripted `RuntimeView`, hand-made registry entries and a pid that names no process.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { RouteView, RuntimeView } from '../run/runtime-view.js';
import type { LocalEntry, RouteEntry } from './entry.js';
import { logPath } from './home.js';

/** A new empty directory to use as `$DROM_HOME`; the caller removes it. */
export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'drom-home-'));
}

/** A route view with zero counters, started 1 s ago, overridden by `over`. */
export function routeView(id: string, over: Partial<RouteView> = {}): RouteView {
  return {
    id,
    from: `timer:${id}`,
    state: 'Started',
    uptimeMs: 1000,
    total: 0,
    failed: 0,
    inflight: 0,
    lastError: undefined,
    reloads: 0,
    ...over,
  };
}

/** A `RuntimeView` whose routes and reloads the test changes between writes. */
export class ScriptedView implements RuntimeView {
  current: RouteView[];
  reloadCount = 0;

  constructor(
    readonly name: string,
    readonly startedAt: number,
    routes: RouteView[] = [],
  ) {
    this.current = routes;
  }

  routes(): readonly RouteView[] {
    return this.current;
  }

  reloads(): number {
    return this.reloadCount;
  }

  ready(): boolean {
    return this.current.every((r) => r.state === 'Started');
  }
}

/** A route entry with zero counters, overridden by `over`. */
export function routeEntry(id: string, over: Partial<RouteEntry> = {}): RouteEntry {
  return {
    id,
    from: `timer:${id}`,
    state: 'Started',
    uptimeMs: 1000,
    total: 0,
    failed: 0,
    inflight: 0,
    msgPerSec: 0,
    lastError: null,
    reloads: 0,
    ...over,
  };
}

/** An entry of process `pid` named `name` in `home`, updated and started at `now`, overridden by `over`. */
export function entry(home: string, pid: number, name: string, over: Partial<LocalEntry> = {}): LocalEntry {
  const now = Date.now();
  return {
    pid,
    name,
    startedAt: now,
    updatedAt: now,
    logFile: logPath(home, pid),
    reloads: 0,
    lastError: null,
    routes: [],
    ...over,
  };
}

/** A pid that names no process right now (probed downward from near Linux's largest pid). */
export function deadPid(): number {
  for (let pid = 4_194_000; pid > 1; pid--) {
    try {
      process.kill(pid, 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') return pid;
    }
  }
  throw new Error('no free pid found');
}
