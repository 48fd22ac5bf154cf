/**
 * Latency at a fixed rate: sends exchanges to bench/routes/latency.camel.yaml (the pipeline route's steps behind
 * `direct:in`) at 20,000 msgs/s for 5 s after a 1 s warm-up, and reports p50/p99/max of the time from send to
 * completion, counted from when each message was due (so time spent behind schedule counts). Paced by the clock:
 * each event-loop turn sends the messages that are due. Writes bench/results/latency.json.
 * Run: `npm run bench:latency` (with the node flags of the `drom` binary).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { createRuntime } from '../dist/src/index.js';
import { DefaultExchange } from '../dist/src/engine/exchange.js';
import { machineFacts } from './machine.js';

const ROOT = join(import.meta.dirname, '..');
const RATE = 20_000;

const created = await createRuntime({
  paths: [join(ROOT, 'bench', 'routes', 'latency.camel.yaml')],
  cwd: ROOT,
  write: () => undefined,
});
if (!('plan' in created)) throw new Error(JSON.stringify(created.diagnostics));
created.plan.runtime.start();
const producer = created.plan.endpoints.direct.producer('in');

async function drive(seconds: number, record: number[] | undefined): Promise<number> {
  const start = performance.now();
  let sent = 0;
  const total = RATE * seconds;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * RATE));
    for (; sent < due; sent++) {
      const exchange = new DefaultExchange({ routeId: 'driver' });
      exchange.headers.set('n', sent);
      // Measured from when the message was due, so a driver that falls behind shows as latency.
      const t0 = start + (sent * 1000) / RATE;
      producer.process(exchange, () => {
        record?.push(performance.now() - t0);
      });
    }
    await new Promise((r) => setImmediate(r));
  }
  return sent;
}

const pick = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
await drive(1, undefined);
const latencies: number[] = [];
const sent = await drive(5, latencies);
await created.plan.runtime.stop(1000);
latencies.sort((a, b) => a - b);
const result = {
  benchmark: 'latency',
  date: new Date().toISOString().slice(0, 10),
  machine: machineFacts(),
  rate: RATE,
  sent,
  completed: latencies.length,
  p50Us: Math.round(pick(latencies, 0.5) * 1000),
  p99Us: Math.round(pick(latencies, 0.99) * 1000),
  maxUs: Math.round((latencies.at(-1) ?? 0) * 1000),
  note: 'in process, from when each message was due to its completion through direct: and the route',
};
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', 'latency.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `latency at ${String(RATE)} msgs/s: p50 ${String(result.p50Us)} µs, p99 ${String(result.p99Us)} µs, max ${String(result.maxUs)} µs (${String(result.completed)} of ${String(sent)} completed)`,
);
