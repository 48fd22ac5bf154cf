/** `drom log` as a user runs it: the kept output, following it, and the exit codes. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { logPath, runDir } from '../local/home.js';
import { entry, tempHome } from '../local/local-test-support.js';
import { openLogFile } from '../local/log-file.js';
import { writeEntry } from '../local/store.js';
import type { CliIo } from './io.js';
import { addLogCommand } from './log-command.js';
import { runDrom, type DromResult } from './cli-test-support.js';

let home: string;
const children: ChildProcess[] = [];

const drom = (...args: string[]): Promise<DromResult> => runDrom(home, ...args);

/** Resolves once `predicate` holds, checking every few milliseconds. */
async function until(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((r) => setTimeout(r, 5));
}

beforeEach(() => {
  home = tempHome();
  vi.stubEnv('DROM_HOME', home);
  mkdirSync(runDir(home), { recursive: true });
});
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  vi.unstubAllEnvs();
  rmSync(home, { recursive: true, force: true });
});

describe('drom log', () => {
  it('prints the kept output of the process, older segment first', async () => {
    writeEntry(home, entry(home, process.pid, 'shop'));
    writeFileSync(`${logPath(home, process.pid)}.1`, 'started\n');
    writeFileSync(logPath(home, process.pid), 'order 1\n');
    expect(await drom('log', 'shop')).toEqual({ status: 0, out: 'started\norder 1\n', err: '' });
    expect((await drom('log', String(process.pid))).out).toBe('started\norder 1\n');
  });

  it('prints what the run command tees into its log file', async () => {
    writeEntry(home, entry(home, process.pid, 'shop'));
    const log = openLogFile({ home });
    log.write('INFO route orders started\n');
    log.flush();
    expect((await drom('log', 'shop')).out).toBe('INFO route orders started\n');
    log.close();
  });

  it('exits 1 when no process, several, or one without a log matches', async () => {
    writeEntry(home, entry(home, process.pid, 'shop'));
    writeEntry(home, entry(home, process.ppid, 'shop2'));
    expect(await drom('log', 'nope')).toEqual({ status: 1, out: '', err: "drom: no running process matches 'nope'\n" });
    expect(await drom('log', 'sh')).toEqual({
      status: 1,
      out: '',
      err: `drom: 'sh' matches several processes: shop (pid ${String(process.pid)}), shop2 (pid ${String(process.ppid)}); give a pid\n`,
    });
    expect(await drom('log', 'shop')).toEqual({
      status: 1,
      out: '',
      err: `drom: shop (pid ${String(process.pid)}) keeps no log file\n`,
    });
  });

  it('exits 2 without a name', async () => {
    expect((await drom('log')).status).toBe(2);
  });

  it('--follow prints appended output until the signal aborts', async () => {
    writeEntry(home, entry(home, process.pid, 'shop'));
    writeFileSync(logPath(home, process.pid), 'one\n');
    let out = '';
    let code = -1;
    const io: CliIo = { cwd: home, out: (s) => (out += s), err: (s) => (out += s), exitCode: (c) => (code = c) };
    const abort = new AbortController();
    const program = new Command('drom').exitOverride();
    addLogCommand(program, io, { signal: abort.signal, pollMs: 5 });
    const done = program.parseAsync(['log', 'shop', '-f'], { from: 'user' });
    await until(() => out === 'one\n');
    appendFileSync(logPath(home, process.pid), 'two\n');
    await until(() => out === 'one\ntwo\n');
    abort.abort();
    await done;
    expect(code).toBe(0);
  });

  it('--follow ends by itself when the process ends and its log is removed', async () => {
    const proc = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    children.push(proc);
    const pid = proc.pid ?? 0;
    writeEntry(home, entry(home, pid, 'worker'));
    writeFileSync(logPath(home, pid), 'working\n');
    const running = drom('log', 'worker', '--follow');
    await new Promise((r) => setTimeout(r, 50));
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));
    rmSync(logPath(home, pid));
    expect(await running).toEqual({ status: 0, out: 'working\n', err: '' });
  }, 20_000);
});
