/** openLogFile: batched synchronous appends, a two-segment bound, nothing lost on close. */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { logPath, runDir } from './home.js';
import { tempHome } from './local-test-support.js';
import { openLogFile } from './log-file.js';
import { readLog } from './log-reader.js';

let home: string;
beforeEach(() => {
  home = tempHome();
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(home, { recursive: true, force: true });
});

const onDisk = (path: string): string => readFileSync(path, 'utf8');

describe('openLogFile', () => {
  it('creates <home>/run/<pid>.log, truncating a leftover of the same pid and its older segment', () => {
    mkdirSync(runDir(home), { recursive: true });
    writeFileSync(logPath(home, 7), 'old run\n');
    writeFileSync(`${logPath(home, 7)}.1`, 'older run\n');
    const log = openLogFile({ home, pid: 7 });
    expect(log.path).toBe(logPath(home, 7));
    expect(onDisk(log.path)).toBe('');
    expect(existsSync(`${log.path}.1`)).toBe(false);
    log.close();
  });

  it('holds output in memory until flushMs passed, then writes it in one go', () => {
    vi.useFakeTimers();
    const log = openLogFile({ home, pid: 7, flushMs: 100 });
    log.write('one\n');
    log.write('two\n');
    expect(onDisk(log.path)).toBe('');
    vi.advanceTimersByTime(100);
    expect(onDisk(log.path)).toBe('one\ntwo\n');
    expect(vi.getTimerCount()).toBe(0);
    log.close();
  });

  it('writes at once when batchBytes accumulated, and on flush()', () => {
    const log = openLogFile({ home, pid: 7, batchBytes: 8 });
    log.write('1234');
    expect(onDisk(log.path)).toBe('');
    log.write('5678');
    expect(onDisk(log.path)).toBe('12345678');
    log.write('9');
    log.flush();
    expect(onDisk(log.path)).toBe('123456789');
    log.close();
  });

  it('keeps at most maxBytes in two segments, and at least the last half', () => {
    const log = openLogFile({ home, pid: 7, maxBytes: 40, batchBytes: 1 });
    const lines = Array.from({ length: 30 }, (_, i) => `line ${String(i).padStart(2, '0')}\n`);
    for (const line of lines) log.write(line);
    expect(statSync(log.path).size).toBeLessThanOrEqual(20);
    expect(statSync(`${log.path}.1`).size).toBeLessThanOrEqual(20);
    const kept = readLog(log.path);
    expect(kept.length).toBeGreaterThanOrEqual(20);
    expect(lines.join('').endsWith(kept)).toBe(true);
    log.close();
  });

  it('loses nothing on close: pending output is written before the descriptor is closed', () => {
    const log = openLogFile({ home, pid: 7, keep: true, batchBytes: 1_000_000, flushMs: 60_000 });
    log.write('last words\n');
    log.close();
    expect(onDisk(log.path)).toBe('last words\n');
  });

  it('removes both segments on close', () => {
    const log = openLogFile({ home, pid: 7, maxBytes: 8, batchBytes: 1 });
    log.write('12345\n');
    log.write('67890\n');
    expect(existsSync(`${log.path}.1`)).toBe(true);
    log.close();
    expect(existsSync(log.path)).toBe(false);
    expect(existsSync(`${log.path}.1`)).toBe(false);
  });

  it('ignores writes after close, and close may be called again', () => {
    const log = openLogFile({ home, pid: 7, keep: true });
    log.write('a\n');
    log.close();
    log.write('b\n');
    log.flush();
    log.close();
    expect(onDisk(log.path)).toBe('a\n');
  });

  it('never fails the run when the file becomes unwritable: output is dropped', () => {
    const log = openLogFile({ home, pid: 7, maxBytes: 4, batchBytes: 1 });
    log.write('ab');
    rmSync(runDir(home), { recursive: true });
    expect(() => {
      log.write('cdef');
      log.write('more');
      log.close();
    }).not.toThrow();
  });
});
