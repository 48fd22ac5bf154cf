/**
 * Engine benchmark (issue 4). Prints, and writes to bench/results/engine.json:
 * - steady-state throughput of bench/routes/pipeline.camel.yaml in process, every log line formatted into a
 *   discarding sink, after a 2 s warm-up (target >= 200,000 msgs/s);
 * - cold start of `drom run examples/hello.camel.yaml` from exec to the first log line (target <= 300 ms), with the
 *   run's own build/start split as it prints it;
 * - RSS of a `drom run` process after 10 s of the pipeline route (target <= 80 MB), read from /proc.
 * Run: `npm run build && npx tsx bench/engine.ts`. Latency at a fixed rate: bench/latency.ts. Not yet measured: the
 * same route on Camel and the ratio.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { createRuntime } from '../dist/src/index.js';
import { machineFacts, median } from './machine.js';

const ROOT = join(import.meta.dirname, '..');

async function throughput(warmupMs: number, measureMs: number): Promise<{ msgsPerSecond: number; messages: number }> {
  let completed = 0;
  const created = await createRuntime({
    paths: [join(ROOT, 'bench', 'routes', 'pipeline.camel.yaml')],
    cwd: ROOT,
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
  return { msgsPerSecond: Math.round(messages / seconds), messages };
}

/** RSS of a `drom run` of the pipeline route after `ms`, in MB (Linux /proc). */
function rssOfRun(ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'dist', 'src', 'cli', 'main.js'), 'run', 'bench/routes/pipeline.camel.yaml'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    child.on('error', reject);
    setTimeout(() => {
      try {
        const status = readFileSync(`/proc/${String(child.pid)}/status`, 'utf8');
        resolve(Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? '0') / 1024));
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
    const child = spawn(
      process.execPath,
      [join(ROOT, 'dist', 'src', 'cli', 'main.js'), 'run', 'examples/hello.camel.yaml', '--max-messages', '1'],
      { cwd: ROOT },
    );
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

const starts: number[] = [];
let breakdown = '';
for (let i = 0; i < 5; i++) {
  const c = await coldStart();
  starts.push(c.firstLineMs);
  breakdown = c.printed;
}
const steady = await throughput(2000, 5000);
const rssMb = await rssOfRun(10_000);
const result = {
  benchmark: 'engine',
  date: new Date().toISOString().slice(0, 10),
  machine: machineFacts(),
  throughput: { ...steady, target: 200000, met: steady.msgsPerSecond >= 200000 },
  coldStart: {
    runsMs: starts,
    medianMs: median(starts),
    lastBreakdown: breakdown,
    targetMs: 300,
    met: median(starts) <= 300,
  },
  rssAfter10s: { mb: rssMb, targetMb: 80, met: rssMb <= 80 },
  notMeasuredYet: ['the same route on Camel 4.22 and the ratio (latency: bench/latency.ts)'],
};
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', 'engine.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`pipeline route: ${String(steady.msgsPerSecond)} msgs/s (target >= 200000)`);
console.log(
  `cold start to first log line: median ${String(median(starts))} ms (${starts.join(', ')}; target <= 300); ${breakdown}`,
);
console.log(`RSS of drom run after 10 s: ${String(rssMb)} MB (target <= 80)`);
