/**
 * The dev loop as a user lives it: `drom run --dev` in a child process, `drom get routes` and `/q/routes` read while
 * messages flow, the route file edited, and the reload seen in the counters, in the log and in the new behaviour.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'src', 'cli', 'drom.js');

let dir: string;
let home: string;
let child: ChildProcess | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drom-devloop-'));
  home = mkdtempSync(join(tmpdir(), 'drom-devhome-'));
});
afterEach(() => {
  child?.kill('SIGTERM');
  child = undefined;
  rmSync(dir, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

const routeFile = (text: string): string =>
  `- route:\n    id: ticker\n    from:\n      uri: timer:tick?period=50&delay=0\n      steps:\n        - log: "${text}"\n`;

/** Resolves when the child's output matches `pattern` (the output so far is checked first). */
function waitFor(output: { text: string; waiters: (() => void)[] }, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const m = pattern.exec(output.text);
      if (m !== null) resolve(m);
      return m !== null;
    };
    if (!check()) {
      const waiter = (): void => {
        if (check()) output.waiters.splice(output.waiters.indexOf(waiter), 1);
      };
      output.waiters.push(waiter);
    }
  });
}

/**
 * Runs a `drom` command without blocking this process: the dev process writes its log to a pipe this test reads,
 * and a blocked reader would stall it (pipes are written synchronously on Linux).
 */
function drom(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const p = spawn(BIN, args, { env });
    let out = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr.on('data', (c: Buffer) => (out += c.toString()));
    p.on('close', (status) => {
      resolve({ status, out });
    });
  });
}

interface RouteRow {
  id: string;
  total: number;
  reloads: number;
  state: string;
}

describe('drom run --dev', () => {
  it('reloads an edited route while messages flow, and drom get and /q/routes show it', async () => {
    writeFileSync(join(dir, 'app.camel.yaml'), routeFile('old'));
    const env = { ...process.env, DROM_HOME: home };
    child = spawn(BIN, ['run', '--dev', 'app.camel.yaml', '--management-port', '0', '--max-seconds', '20'], {
      cwd: dir,
      env,
    });
    const output = { text: '', waiters: [] as (() => void)[] };
    child.stdout?.on('data', (chunk: Buffer) => {
      output.text += chunk.toString();
      for (const w of [...output.waiters]) w();
    });
    const url = (await waitFor(output, /Management server listening on (http:\/\/127\.0\.0\.1:\d+)/))[1] ?? '';
    await waitFor(output, /app\.camel\.yaml:6 +: old\n[^]*: old\n/);

    const routes = async (): Promise<RouteRow[]> => (await (await fetch(`${url}/q/routes`)).json()) as RouteRow[];
    const before = await routes();
    expect(before).toMatchObject([{ id: 'ticker', state: 'Started', reloads: 0 }]);
    expect(before[0]?.total).toBeGreaterThan(0);
    const got = await drom(env, 'get', 'routes');
    expect(got.status).toBe(0);
    expect(got.out).toMatch(/\bapp +ticker +timer:tick +Started\b/);

    writeFileSync(join(dir, 'app.camel.yaml'), routeFile('new'));
    await waitFor(output, /dromedary\.dev +: Reloaded in \d+ ms: added 0, changed 1 \(ticker\), removed 0, kept 0/);
    await waitFor(output, /app\.camel\.yaml:6 +: new\n/);
    const after = await routes();
    expect(after).toMatchObject([{ id: 'ticker', state: 'Started', reloads: 1 }]);
    // The registry entry `drom get` reads is rewritten every second.
    const reloadedRow = /\bticker +timer:tick +Started +\S+ +\d+ +0 +0 +[\d.]+ +1\b/;
    let table = '';
    for (let i = 0; i < 30 && !reloadedRow.test(table); i++) {
      table = (await drom(env, 'get', 'routes')).out;
    }
    expect(table).toMatch(reloadedRow);

    const stopped = await drom(env, 'stop', 'app');
    expect(stopped.status, stopped.out).toBe(0);
    expect(stopped.out).toContain('Stopped app');
    expect(output.text).not.toMatch(/: old\n[^]*: new\n[^]*: old\n/);
  }, 30_000);
});
