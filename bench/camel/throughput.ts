/**
 * The pipeline route's steady-state throughput on Apache Camel, for bench/engine.ts: runs the very same
 * bench/routes/pipeline.camel.yaml through scripts/infra/camel, next to bench/camel/meter.camel.yaml (a route that
 * logs, twice a second, how often the pipeline's timer has fired), and computes msgs/s from the meter's lines the way
 * the engine's figure is taken: from the routes' start, a 2 s warm-up, then a 5 s window.
 *
 * How Camel is run, and why:
 * - `--profile prod`: in the `dev` profile (JBang's default) Camel Main turns on the backlog tracer's activity capture
 *   (ProfileConfigurer.configureMain: tracerConfig().withStandby(true).withActivityEnabled(true)), message history
 *   and more, which dump every exchange as JSON at every step; our engine has nothing like it, so `prod` (Camel's
 *   plain defaults) is the comparable setting. No application-prod.properties exists in bench/camel/.
 * - `--discard-logger bench`: the `bench` logger stays at INFO, so Camel's log component formats every exchange and
 *   log4j2 lays out every line in JBang's pattern, then writes it to the null device (our engine formats each line
 *   and hands it to a no-op `write`).
 * - `--jvm-opt -XX:TieredStopAtLevel=4 --jvm-opt -XX:-UseSerialGC`: the JVM's defaults (full JIT, ergonomic GC)
 *   instead of the script's start-up tuning (C1 only, serial GC), which is for short golden runs.
 * - `delay=-1` makes Camel's timer fire from a single-thread executor in a tight loop, ignoring `period` (TimerConsumer
 *   doStart/lambda$doStart$0), as our timer does; so the route runs as fast as each side takes it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const ROUTE = join(ROOT, 'bench', 'routes', 'pipeline.camel.yaml');
const METER = join(ROOT, 'bench', 'camel', 'meter.camel.yaml');
/** Camel's durationMaxSeconds (counted from the routes' start): warm-up + window + room for the last samples. */
const MAX_SECONDS = 9;

/** Camel's figures, or why there are none. */
export type CamelThroughput =
  | {
      readonly version: string;
      readonly java: string;
      /** Run from bench/camel/ (where no application properties are), paths relative to the repository. */
      readonly command: string;
      readonly cwd: string;
      readonly msgsPerSecond: number;
      readonly messages: number;
      readonly windowMs: number;
      readonly warmupMs: number;
      /** The best rate over any 1 s span of the run (from the meter's samples): how far the JIT had got. */
      readonly bestSecondMsgsPerSecond: number;
      /** [ms since the routes started, timer fires so far], as sampled by the meter route. */
      readonly samples: readonly (readonly [number, number])[];
      readonly loadAverage1m: number;
    }
  | { readonly error: string };

interface Sample {
  readonly at: number;
  readonly count: number;
}

/** The samples the meter route printed, and the routes' start (the meter's first fire). */
export function parseMeter(stdout: string): { t0: number; samples: Sample[] } | undefined {
  const re = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3}) .* bench-meter\s+: meter (\d+) (\d+)$/gm;
  const samples: Sample[] = [];
  let t0: number | undefined;
  for (const m of stdout.matchAll(re)) {
    // log4j2's %d is the JVM's local time, as is a date-time string without an offset in JavaScript.
    const at = new Date(`${m[1] ?? ''}T${m[2] ?? ''}`).getTime();
    t0 ??= Number(m[3]);
    samples.push({ at, count: Number(m[4]) });
  }
  return t0 === undefined ? undefined : { t0, samples };
}

/**
 * Steady state from the samples: the first sample at least `warmupMs` after the start, the last one within
 * `windowMs` of it at which the timer was still firing (the count passes `repeatCount` once the timer is done).
 */
export function steadyState(
  t0: number,
  samples: readonly Sample[],
  repeatCount: number,
  warmupMs: number,
  windowMs: number,
): { msgsPerSecond: number; messages: number; windowMs: number } | undefined {
  const running = samples.filter((s) => s.count <= repeatCount);
  const first = running.find((s) => s.at >= t0 + warmupMs);
  if (first === undefined) return undefined;
  const last = running.filter((s) => s.at <= first.at + windowMs + 100).at(-1);
  if (last === undefined || last.at - first.at < 1000) return undefined;
  const messages = last.count - first.count;
  return {
    msgsPerSecond: Math.round(messages / ((last.at - first.at) / 1000)),
    messages,
    windowMs: last.at - first.at,
  };
}

function bestSecond(samples: readonly Sample[], repeatCount: number): number {
  const running = samples.filter((s) => s.count <= repeatCount);
  let best = 0;
  for (const a of running) {
    const b = running.find((s) => s.at - a.at >= 950);
    if (b !== undefined) best = Math.max(best, ((b.count - a.count) * 1000) / (b.at - a.at));
  }
  return Math.round(best);
}

function javaVersion(): string {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return (r.stderr || r.stdout || '').split('\n')[0]?.trim() ?? '';
}

/** Runs the pipeline route on Camel once and measures it; never throws. */
export async function camelThroughput(warmupMs: number, windowMs: number): Promise<CamelThroughput> {
  const repeatCount = Number(/repeatCount=(\d+)/.exec(readFileSync(ROUTE, 'utf8'))?.[1] ?? '0');
  const args = [
    'run',
    ROUTE,
    METER,
    '--max-seconds',
    String(MAX_SECONDS),
    '--profile',
    'prod',
    '--discard-logger',
    'bench',
    '--jvm-opt',
    '-XX:TieredStopAtLevel=4',
    '--jvm-opt',
    '-XX:-UseSerialGC',
  ];
  const command = ['scripts/infra/camel', ...args.map((a) => a.replace(`${ROOT}/`, ''))].join(' ');
  const loadAverage1m = Math.round((loadavg()[0] ?? 0) * 100) / 100;
  const run = await new Promise<{ code: number | null; stdout: string; stderr: string; error?: Error }>((resolve) => {
    // Its own process group, so that a hung run can be ended with everything it started.
    const child = spawn(join(ROOT, 'scripts', 'infra', 'camel'), args, {
      cwd: join(ROOT, 'bench', 'camel'),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const guard = setTimeout(
      () => {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      },
      (MAX_SECONDS + 60) * 1000,
    );
    child.on('error', (error) => {
      clearTimeout(guard);
      resolve({ code: null, stdout, stderr, error });
    });
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr });
    });
  });
  if (run.error !== undefined) return { error: `could not run scripts/infra/camel: ${run.error.message}` };
  const why = run.stderr.trim().split('\n').slice(-3).join(' / ');
  if (run.code !== 0) return { error: `scripts/infra/camel exited with ${String(run.code)}: ${why}` };
  const meter = parseMeter(run.stdout);
  const steady = meter && steadyState(meter.t0, meter.samples, repeatCount, warmupMs, windowMs);
  if (meter === undefined || steady === undefined) {
    return { error: `Camel ran, but the meter route printed too few samples for a ${String(warmupMs)} ms warm-up` };
  }
  return {
    version: /using Camel (\S+)/.exec(run.stderr)?.[1] ?? 'unknown',
    java: javaVersion(),
    command,
    cwd: 'bench/camel',
    ...steady,
    warmupMs,
    bestSecondMsgsPerSecond: bestSecond(meter.samples, repeatCount),
    samples: meter.samples.map((s) => [s.at - meter.t0, s.count] as const),
    loadAverage1m,
  };
}
