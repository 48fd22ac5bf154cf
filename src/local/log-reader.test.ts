/** readLog and followLog: both segments in order, appended output, rotations, and the end of a follow. */
import { appendFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { logPath, runDir } from './home.js';
import { tempHome } from './local-test-support.js';
import { openLogFile } from './log-file.js';
import { followLog, readLog } from './log-reader.js';

let home: string;
let log: string;
beforeEach(() => {
  home = tempHome();
  log = logPath(home, 7);
  mkdirSync(runDir(home), { recursive: true });
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

/** Resolves once `predicate` holds, checking every few milliseconds. */
async function until(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((r) => setTimeout(r, 5));
}

describe('readLog', () => {
  it('is empty when there is no log', () => {
    expect(readLog(log)).toBe('');
  });

  it('reads the older segment, then the current one', () => {
    writeFileSync(`${log}.1`, 'first\n');
    writeFileSync(log, 'second\n');
    expect(readLog(log)).toBe('first\nsecond\n');
  });
});

describe('followLog', () => {
  it('prints what is there, then what is appended, until the signal aborts', async () => {
    writeFileSync(`${log}.1`, 'a\n');
    writeFileSync(log, 'b\n');
    const abort = new AbortController();
    let seen = '';
    const done = followLog(log, (t) => (seen += t), { signal: abort.signal, pollMs: 5, alive: () => true });
    await until(() => seen === 'a\nb\n');
    appendFileSync(log, 'c\n');
    await until(() => seen === 'a\nb\nc\n');
    abort.abort();
    await done;
    appendFileSync(log, 'd\n');
    expect(seen).toBe('a\nb\nc\n');
  });

  it('follows the writer across rotations without losing or repeating output', async () => {
    const writer = openLogFile({ home, pid: 7, maxBytes: 24, batchBytes: 1 });
    const abort = new AbortController();
    let seen = '';
    const done = followLog(log, (t) => (seen += t), { signal: abort.signal, pollMs: 5, alive: () => true });
    const lines = Array.from({ length: 12 }, (_, i) => `line ${String(i).padStart(2, '0')}\n`);
    for (const line of lines) {
      writer.write(line);
      const expected = lines.slice(0, lines.indexOf(line) + 1).join('');
      await until(() => seen === expected);
    }
    abort.abort();
    await done;
    writer.close();
    expect(seen).toBe(lines.join(''));
  });

  it('reads the rest of a segment rotated away between two looks', async () => {
    writeFileSync(log, 'one\n');
    const abort = new AbortController();
    let seen = '';
    const done = followLog(log, (t) => (seen += t), { signal: abort.signal, pollMs: 20, alive: () => true });
    await until(() => seen === 'one\n');
    appendFileSync(log, 'two\n');
    renameSync(log, `${log}.1`);
    writeFileSync(log, 'three\n');
    await until(() => seen === 'one\ntwo\nthree\n');
    abort.abort();
    await done;
  });

  it('ends by itself when the log is gone and the process ended', async () => {
    writeFileSync(log, 'bye\n');
    let alive = true;
    let seen = '';
    const done = followLog(log, (t) => (seen += t), { pollMs: 5, alive: () => alive });
    await until(() => seen === 'bye\n');
    rmSync(log);
    await new Promise((r) => setTimeout(r, 20));
    alive = false;
    await done;
    expect(seen).toBe('bye\n');
  });

  it('returns at once when the signal is already aborted', async () => {
    writeFileSync(log, 'x\n');
    let seen = '';
    await followLog(log, (t) => (seen += t), { signal: AbortSignal.abort(), alive: () => true });
    expect(seen).toBe('x\n');
  });
});
