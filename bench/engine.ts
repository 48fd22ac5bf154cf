/**
 * Engine benchmark (issue 4). Prints, and writes to bench/results/engine.json:
 * - steady-state throughput of bench/routes/pipeline.camel.yaml in process, every log line formatted into a
 *   discarding sink, after a 2 s warm-up (target >= 200,000 msgs/s), in the `prod` profile as Camel runs it below, and
 *   again in `dev` (drom run's default), which records message history;
 * - cold start of `drom run examples/hello.camel.yaml` from exec to the first log line (target <= 300 ms), with the
 *   run's own build/start split as it prints it;
 * - RSS of a `drom run` process after 10 s of the pipeline route (target <= 80 MB), read from /proc;
 * - then (never at the same time as ours) the same route file on Apache Camel through scripts/infra/camel, measured
 *   the same way (2 s warm-up, 5 s window), and the ratio ours/Camel: see bench/camel/throughput.ts for how Camel is
 *   run and metered. Without a usable Camel (no Java, no Maven, no cached jars) it records why instead.
 * Run: `npm run bench:engine` (it builds, then runs this file with the node flags of the `drom` binary's `#!` line, so
 * the in-process throughput is taken under the same heap settings as `drom run`). Latency at a fixed rate: bench/latency.ts.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { createRuntime } from '../dist/src/index.js';
import { camelThroughput } from './camel/throughput.js';
import { machineFacts, median } from './machine.js';

const ROOT = join(import.meta.dirname, '..');
/** The `drom` binary as `npx drom` runs it: executed directly, so the node flags of its `#!` line apply. */
const DROM = join(ROOT, 'dist', 'src', 'cli', 'drom.js');

/** The node flags of the binary's `#!` line must be this process's too, or the in-process figure is not drom run's. */
const shebangFlags = (/^#!.*?\bnode((?: --\S+)*)/.exec(readFileSync(DROM, 'utf8'))?.[1] ?? '').trim().split(' ');
const missing = shebangFlags.filter((f) => f !== '' && !process.execArgv.includes(f));
if (missing.length > 0) throw new Error(`run this bench with ${missing.join(' ')} (npm run bench:engine does)`);

/**
 * In-process steady state of the pipeline route. `prod` is the profile Camel runs in below (no message history);
 * `dev`, `drom run`'s default, records message history for every step, as Camel JBang's dev profile does.
 */
async function throughput(
  profile: 'prod' | 'dev',
  warmupMs: number,
  measureMs: number,
): Promise<{ msgsPerSecond: number; messages: number; profile: string }> {
  let completed = 0;
  const created = await createRuntime({
    paths: [join(ROOT, 'bench', 'routes', 'pipeline.camel.yaml')],
    cwd: ROOT,
    profile,
    write: () => undefined,
    onComplete: () => {
      completed += 1;
    },
  });
  if (!('plan' in created)) throw new Error(JSON.stringify(created.diagnostics));
  created.plan.runtime.start();
  await new Promise((r) => setTimeout(r, warmupMs));
  const start = completed;
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, measureMs));
  const messages = completed - start;
  const seconds = (performance.now() - t0) / 1000;
  await created.plan.runtime.stop(1000);
  return { msgsPerSecond: Math.round(messages / seconds), messages, profile };
}

/** RSS of a `drom run` of the pipeline route after `ms`, in MB (Linux /proc); resolves once the run has ended. */
function rssOfRun(ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(DROM, ['run', 'bench/routes/pipeline.camel.yaml'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    setTimeout(() => {
      try {
        const status = readFileSync(`/proc/${String(child.pid)}/status`, 'utf8');
        const mb = Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? '0') / 1024);
        child.on('close', () => {
          resolve(mb);
        });
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      } finally {
        child.kill('SIGTERM');
      }
    }, ms);
  });
}

function coldStart(): Promise<{ firstLineMs: number; printed: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(DROM, ['run', 'examples/hello.camel.yaml', '--max-messages', '1'], { cwd: ROOT });
    let out = '';
    let first: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (first === undefined && out.includes('Hello from Dromedary')) first = performance.now() - t0;
    });
    child.on('error', reject);
    child.on('close', () => {
      if (first === undefined) reject(new Error(`no log line: ${out}`));
      else resolve({ firstLineMs: Math.round(first), printed: /started in [^\n]*/.exec(out)?.[0] ?? '' });
    });
  });
}

/**
 * The phases of one cold start: building the routes (load, validate, compile) and starting them, as the run prints
 * them, and the rest: node's own start-up and loading the binary, plus the first exchange and its log line (the hello
 * route fires at once, so that part is well under a millisecond).
 */
function phases(firstLineMs: number, printed: string): Record<string, number> | undefined {
  const m = /started in (\d+)ms \(build:(\d+)ms start:(\d+)ms\)/.exec(printed);
  if (m === null) return undefined;
  const [total, build, start] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return { nodeAndModulesMs: firstLineMs - total, buildMs: build, startMs: start };
}

const starts: number[] = [];
let breakdown = '';
let lastPhases: Record<string, number> | undefined;
for (let i = 0; i < 5; i++) {
  const c = await coldStart();
  starts.push(c.firstLineMs);
  breakdown = c.printed;
  lastPhases = phases(c.firstLineMs, c.printed);
}
const load = Math.round((loadavg()[0] ?? 0) * 100) / 100;
const steady = await throughput('prod', 2000, 5000);
const withHistory = await throughput('dev', 2000, 5000);
const rssMb = await rssOfRun(10_000);
const camel = await camelThroughput(2000, 5000);
const ratio = 'error' in camel ? undefined : Math.round((steady.msgsPerSecond / camel.msgsPerSecond) * 100) / 100;
const result = {
  benchmark: 'engine',
  date: new Date().toISOString().slice(0, 10),
  machine: machineFacts(),
  throughput: { ...steady, target: 200000, met: steady.msgsPerSecond >= 200000, loadAverage1m: load },
  throughputWithMessageHistory: withHistory,
  coldStart: {
    runsMs: starts,
    medianMs: median(starts),
    lastBreakdown: breakdown,
    lastPhases,
    targetMs: 300,
    met: median(starts) <= 300,
  },
  rssAfter10s: { mb: rssMb, targetMb: 80, met: rssMb <= 80 },
  camel: ratio === undefined ? camel : { ...camel, oursOverCamel: ratio },
  notMeasuredYet: [],
};
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', 'engine.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`pipeline route: ${String(steady.msgsPerSecond)} msgs/s (target >= 200000)`);
console.log(`pipeline route with message history (dev profile): ${String(withHistory.msgsPerSecond)} msgs/s`);
console.log(
  `cold start to first log line: median ${String(median(starts))} ms (${starts.join(', ')}; target <= 300); ${breakdown}; last run's phases: ${JSON.stringify(lastPhases)}`,
);
console.log(`RSS of drom run after 10 s: ${String(rssMb)} MB (target <= 80)`);
if ('error' in camel) console.log(`pipeline route on Camel: not measured: ${camel.error}`);
else {
  console.log(
    `pipeline route on Camel ${camel.version}: ${String(camel.msgsPerSecond)} msgs/s over ${String(camel.windowMs)} ms ` +
      `after a ${String(camel.warmupMs)} ms warm-up (best 1 s span: ${String(camel.bestSecondMsgsPerSecond)}); ` +
      `ours/Camel: ${String(ratio)}`,
  );
}
