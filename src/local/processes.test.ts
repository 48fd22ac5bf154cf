/** listProcesses: live entries sorted by name; dead processes cleaned up; bad files skipped, never a crash. */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { entryPath, logPath, runDir } from './home.js';
import { deadPid, entry, tempHome } from './local-test-support.js';
import { listProcesses } from './processes.js';
import type { SkippedFile } from './processes.js';
import { writeEntry } from './store.js';

let home: string;
beforeEach(() => {
  home = tempHome();
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

describe('listProcesses', () => {
  it('is empty when nothing ever registered', () => {
    expect(listProcesses(home)).toEqual([]);
  });

  it('returns the entry of a live process', () => {
    const e = entry(home, process.pid, 'shop');
    writeEntry(home, e);
    expect(listProcesses(home)).toEqual([e]);
  });

  it('sorts by name, then pid', () => {
    writeEntry(home, entry(home, process.pid, 'zeta'));
    writeEntry(home, entry(home, process.ppid, 'alpha'));
    expect(listProcesses(home, { alive: () => true }).map((e) => e.name)).toEqual(['alpha', 'zeta']);
  });

  it('removes every file of a process that no longer exists', () => {
    const dead = deadPid();
    writeEntry(home, entry(home, dead, 'gone'));
    writeFileSync(logPath(home, dead), 'last words\n');
    writeFileSync(`${logPath(home, dead)}.1`, 'older words\n');
    writeFileSync(`${entryPath(home, dead)}.tmp`, '{"half');
    writeEntry(home, entry(home, process.pid, 'live'));
    expect(listProcesses(home).map((e) => e.name)).toEqual(['live']);
    expect(readdirSync(runDir(home))).toEqual([`${String(process.pid)}.json`]);
  });

  it('skips and reports garbled or ill-shaped entries of live processes, leaving them in place', () => {
    mkdirSync(runDir(home), { recursive: true });
    writeFileSync(entryPath(home, process.pid), '{"pid": 12, "name": "tr');
    writeFileSync(entryPath(home, process.ppid), JSON.stringify({ pid: process.ppid, name: 'no routes' }));
    const skipped: SkippedFile[] = [];
    expect(listProcesses(home, { onSkipped: (s) => skipped.push(s) })).toEqual([]);
    expect(skipped.sort((a, b) => a.file.localeCompare(b.file))).toEqual(
      [
        { file: entryPath(home, process.pid), reason: 'not valid JSON' },
        { file: entryPath(home, process.ppid), reason: 'not a drom registry entry' },
      ].sort((a, b) => a.file.localeCompare(b.file)),
    );
    expect(existsSync(entryPath(home, process.pid))).toBe(true);
  });

  it('skips an entry whose pid is not the one its file name says', () => {
    writeEntry(home, { ...entry(home, process.pid, 'shop') });
    writeFileSync(entryPath(home, process.ppid), JSON.stringify(entry(home, process.pid, 'copy')));
    const reasons: string[] = [];
    expect(listProcesses(home, { onSkipped: (s) => reasons.push(s.reason) }).map((e) => e.name)).toEqual(['shop']);
    expect(reasons).toEqual([`names pid ${String(process.pid)}`]);
  });

  it('ignores files that are not registry files, and a live process that has only a log', () => {
    mkdirSync(runDir(home), { recursive: true });
    writeFileSync(join(runDir(home), 'notes.json'), '{}');
    writeFileSync(join(runDir(home), 'x.txt'), '');
    writeFileSync(logPath(home, process.pid), 'starting\n');
    expect(listProcesses(home)).toEqual([]);
    expect(readdirSync(runDir(home)).sort()).toEqual([`${String(process.pid)}.log`, 'notes.json', 'x.txt']);
  });
});
