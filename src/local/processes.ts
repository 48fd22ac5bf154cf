/**
 * The reading side of the local process registry: the `drom run` processes alive on this machine, with the files of
 * dead ones cleaned up on the way.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { LocalEntry } from './entry.js';
import { dromHome, runDir } from './home.js';
import { isAlive } from './pid.js';
import { readEntry, removeProcessFiles } from './store.js';

/** A registry file that could not be used. */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

/** Options of `listProcesses`. */
export interface ListOptions {
  /** Told about each registry file of a live process that was unreadable or garbled (it is skipped, not removed). */
  readonly onSkipped?: (skipped: SkippedFile) => void;
  /** Whether a pid names a live process; default `isAlive` (signal 0). */
  readonly alive?: (pid: number) => boolean;
}

const PROCESS_FILE = /^(\d+)\.(?:json|json\.tmp|log|log\.1)$/;

/**
 * The registered processes under `home` (default `dromHome()`), sorted by name, then pid. For every pid with files in
 * `<home>/run` whose process no longer exists, removes its entry, temporary entry and log files. Entries of live
 * processes that cannot be read or are not valid entries are skipped and reported to `onSkipped` (one that vanished
 * meanwhile, because its process just exited, is skipped silently). A missing run
 * directory means no processes. Never throws for the contents of the directory.
 */
export function listProcesses(home: string = dromHome(), options: ListOptions = {}): LocalEntry[] {
  const alive = options.alive ?? isAlive;
  let names: string[];
  try {
    names = readdirSync(runDir(home));
  } catch {
    return [];
  }
  const pids = new Set<number>();
  const withEntry = new Set<number>();
  for (const name of names) {
    const match = PROCESS_FILE.exec(name);
    if (match?.[1] === undefined) continue;
    const pid = Number(match[1]);
    pids.add(pid);
    if (name.endsWith('.json')) withEntry.add(pid);
  }
  const entries: LocalEntry[] = [];
  for (const pid of pids) {
    if (!alive(pid)) {
      removeProcessFiles(home, pid);
      continue;
    }
    if (!withEntry.has(pid)) continue;
    const read = readEntry(home, pid);
    if ('entry' in read) entries.push(read.entry);
    else if (!read.missing)
      options.onSkipped?.({ file: join(runDir(home), `${String(pid)}.json`), reason: read.problem });
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.pid - b.pid));
}
