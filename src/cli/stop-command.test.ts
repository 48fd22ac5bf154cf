/** `drom stop` as a user runs it, against real child processes. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { entryPath } from '../local/home.js';
import { entry, tempHome } from '../local/local-test-support.js';
import { isAlive } from '../local/pid.js';
import { writeEntry } from '../local/store.js';
import { runDrom, type DromResult } from './cli-test-support.js';

let home: string;
const children: ChildProcess[] = [];

const drom = (...args: string[]): Promise<DromResult> => runDrom(home, ...args);

/** A running node process that handles SIGTERM with `onTerm`, once it is ready to receive it. */
async function child(onTerm = 'process.exit(0)'): Promise<number> {
  const script = `process.on('SIGTERM', () => { ${onTerm} }); setInterval(() => {}, 1000); console.log('ready');`;
  const proc = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(proc);
  await new Promise<void>((resolve, reject) => {
    proc.once('error', reject);
    proc.stdout.once('data', () => {
      resolve();
    });
  });
  if (proc.pid === undefined) throw new Error('no pid');
  return proc.pid;
}

beforeEach(() => {
  home = tempHome();
  vi.stubEnv('DROM_HOME', home);
});
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  vi.unstubAllEnvs();
  rmSync(home, { recursive: true, force: true });
});

describe('drom stop', () => {
  it('sends SIGTERM to the named process and waits until it is gone', async () => {
    const pid = await child();
    writeEntry(home, entry(home, pid, 'shop'));
    writeEntry(home, entry(home, process.pid, 'me'));
    const r = await drom('stop', 'shop');
    expect(r).toEqual({
      status: 0,
      out: `Stopping shop (pid ${String(pid)})\nStopped shop (pid ${String(pid)})\n`,
      err: '',
    });
    expect(isAlive(pid)).toBe(false);
    expect(existsSync(entryPath(home, pid))).toBe(false);
    expect(isAlive(process.pid)).toBe(true);
  }, 20_000);

  it('stops by pid, and --all stops every process', async () => {
    const [a, b, c] = await Promise.all([child(), child(), child()]);
    writeEntry(home, entry(home, a, 'one'));
    writeEntry(home, entry(home, b, 'two'));
    writeEntry(home, entry(home, c, 'three'));
    expect((await drom('stop', String(b))).status).toBe(0);
    expect([isAlive(a), isAlive(b), isAlive(c)]).toEqual([true, false, true]);
    const r = await drom('stop', '--all');
    expect(r.status).toBe(0);
    expect(r.out.split('\n').filter((l) => l.startsWith('Stopped '))).toEqual([
      `Stopped one (pid ${String(a)})`,
      `Stopped three (pid ${String(c)})`,
    ]);
    expect([isAlive(a), isAlive(c)]).toEqual([false, false]);
  }, 20_000);

  it('exits 1 when the process does not stop in time, and leaves it running', async () => {
    const pid = await child('/* ignored */');
    writeEntry(home, entry(home, pid, 'stubborn'));
    const r = await drom('stop', 'stubborn', '--timeout', '0.3');
    expect(r.status).toBe(1);
    expect(r.err).toBe(`drom: stubborn (pid ${String(pid)}) still runs after 0.3s\n`);
    expect(isAlive(pid)).toBe(true);
    expect(existsSync(entryPath(home, pid))).toBe(true);
  }, 20_000);

  it('exits 1 with a clear message when nothing matches', async () => {
    expect(await drom('stop', 'nope')).toEqual({
      status: 1,
      out: '',
      err: "drom: no running process matches 'nope'\n",
    });
    expect(await drom('stop', '--all')).toEqual({ status: 0, out: '', err: 'No drom processes are running.\n' });
  });

  it.each([
    [[], 'drom: drom stop takes a process name or pid, or --all\n'],
    [['shop', '--all'], 'drom: drom stop takes a process name or pid, or --all\n'],
    [['shop', '--timeout', 'soon'], "drom: --timeout takes a positive number of seconds, got 'soon'\n"],
  ])('exits 2 on usage errors: %j', async (args, err) => {
    expect(await drom('stop', ...args)).toEqual({ status: 2, out: '', err });
  });
});
