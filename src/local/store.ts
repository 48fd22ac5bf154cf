/**
 * Reading and writing registry files. Writes are atomic (a temporary file renamed over the entry), so a reader sees
 * the previous entry or the new one, never half of one.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

import { parseEntry } from './entry.js';
import type { LocalEntry } from './entry.js';
import { entryPath, logPath, previousSegment, runDir } from './home.js';

/** The temporary file an entry is written to before it is renamed over `<pid>.json`. */
export function tempPath(home: string, pid: number): string {
  return `${entryPath(home, pid)}.tmp`;
}

/**
 * Writes `entry` to `<home>/run/<pid>.json` atomically, creating the directory when needed. Throws the file system's
 * error when it cannot (and leaves no temporary file behind).
 */
export function writeEntry(home: string, entry: LocalEntry): void {
  mkdirSync(runDir(home), { recursive: true });
  const temp = tempPath(home, entry.pid);
  try {
    writeFileSync(temp, `${JSON.stringify(entry)}\n`);
    renameSync(temp, entryPath(home, entry.pid));
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

/** Result of reading one registry file. */
export type ReadResult =
  | { readonly entry: LocalEntry }
  | {
      readonly problem: string;
      /** The file does not exist (the process just removed it, or never registered). */
      readonly missing: boolean;
    };

/**
 * Reads and checks the entry of `pid`. Never throws: a missing, unreadable, garbled or ill-shaped file, or one whose
 * `pid` is not the one its name says, yields a `problem` saying why.
 */
export function readEntry(home: string, pid: number): ReadResult {
  let text: string;
  try {
    text = readFileSync(entryPath(home, pid), 'utf8');
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    return { problem: err instanceof Error ? err.message : String(err), missing };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'not valid JSON', missing: false };
  }
  const entry = parseEntry(value);
  if (entry === undefined) return { problem: 'not a drom registry entry', missing: false };
  if (entry.pid !== pid) return { problem: `names pid ${String(entry.pid)}`, missing: false };
  return { entry };
}

function removeAll(files: readonly string[]): void {
  for (const file of files) {
    try {
      rmSync(file, { force: true });
    } catch {
      // Best effort: a file that cannot be removed now is cleaned up by a later `drom ps`.
    }
  }
}

/**
 * Removes the entry of process `pid` and a leftover temporary entry. Synchronous, so it is safe in a process 'exit'
 * handler; missing files are fine; never throws.
 */
export function removeEntryFiles(home: string, pid: number): void {
  removeAll([entryPath(home, pid), tempPath(home, pid)]);
}

/**
 * Removes every file of process `pid`: its entry, a leftover temporary entry and its log segments (for processes
 * that died without cleaning up). Synchronous; missing files are fine; never throws.
 */
export function removeProcessFiles(home: string, pid: number): void {
  const log = logPath(home, pid);
  removeAll([entryPath(home, pid), tempPath(home, pid), log, previousSegment(log)]);
}
