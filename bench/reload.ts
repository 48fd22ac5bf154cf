/**
 * Dev-mode reload benchmark (issue 5). A directory holds one route file with 10 routes that never change and one
 * route, `target` (from `direct:target`), whose reply changes with every edit. Each of 50 rounds writes the edited
 * file and measures from that `write()` to the first exchange sent through `direct:target` that the new version of
 * the route processed (the file watcher, debounce, load, validation, compilation, diff and swap all included);
 * exchanges are sent one after another meanwhile, so the figure includes up to one exchange's turn of the event loop.
 * Targets: p50 <= 100 ms, p95 <= 250 ms. Prints the figures and writes bench/results/reload.json.
 * Run: `npm run bench:reload`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { DevRuntime } from '../dist/src/dev/dev-runtime.js';
import { watchRouteFiles } from '../dist/src/dev/watcher.js';
import { DefaultExchange } from '../dist/src/engine/exchange.js';
import { machineFacts } from './machine.js';

const ROOT = join(import.meta.dirname, '..');
const ROUNDS = 50;
const UNCHANGED = 10;

const dir = mkdtempSync(join(tmpdir(), 'drom-reload-'));
const file = join(dir, 'routes.camel.yaml');

function routes(version: number): string {
  const steady = Array.from(
    { length: UNCHANGED },
    (_, i) =>
      `- route:\n    id: steady${String(i)}\n    from:\n      uri: direct:steady${String(i)}\n      steps:\n` +
      `        - setBody:\n            simple: "steady ${String(i)} \${body}"\n        - to: mock:steady\n`,
  ).join('');
  return `${steady}- route:\n    id: target\n    from:\n      uri: direct:target\n      steps:\n        - setBody:\n            constant: "v${String(version)}"\n`;
}

writeFileSync(file, routes(0));
const dev = new DevRuntime({ paths: [dir], cwd: dir, write: () => undefined, drainTimeoutMs: 1000 });
const first = await dev.reload();
if (!first.ok) throw new Error('the benchmark routes do not compile');
let reloads = 0;
const watch = watchRouteFiles({
  cwd: dir,
  paths: [dir],
  onChange: () => {
    reloads += 1;
    void dev.reload();
  },
});

function send(): Promise<unknown> {
  const exchange = new DefaultExchange({ routeId: 'bench' });
  return new Promise((resolve) => {
    dev.endpointFactory?.direct.producer('target').process(exchange, () => {
      resolve(exchange.body);
    });
  });
}

const samples: number[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  const expected = `v${String(round)}`;
  const t0 = performance.now();
  writeFileSync(file, routes(round));
  for (;;) {
    if ((await send()) === expected) break;
    await new Promise((r) => setImmediate(r));
    if (performance.now() - t0 > 10_000) throw new Error(`round ${String(round)}: no reload within 10 s`);
  }
  samples.push(performance.now() - t0);
  // Let the file system settle so that one round's events do not run into the next.
  await new Promise((r) => setTimeout(r, 50));
}
watch.close();
const steadyTotals = dev.runtime.routes().filter((r) => r.id.startsWith('steady'));
const untouched = steadyTotals.every((r) => dev.ofRoute(r.id) === 0);
await dev.runtime.stop(1000);
rmSync(dir, { recursive: true, force: true });

const sorted = [...samples].sort((a, b) => a - b);
const pct = (p: number): number =>
  Math.round((sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0) * 10) / 10;
const result = {
  benchmark: 'reload',
  date: new Date().toISOString().slice(0, 10),
  machine: machineFacts(),
  rounds: ROUNDS,
  unchangedRoutes: UNCHANGED,
  unchangedRoutesReplaced: !untouched,
  watcherBatches: reloads,
  writeToFirstNewMessageMs: { p50: pct(50), p95: pct(95), max: pct(100), min: pct(0) },
  targets: { p50Ms: 100, p95Ms: 250 },
  met: pct(50) <= 100 && pct(95) <= 250,
};
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', 'reload.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `reload, write() to the first message on the new version (${String(ROUNDS)} rounds, ${String(UNCHANGED)} unchanged routes): ` +
    `p50 ${String(pct(50))} ms, p95 ${String(pct(95))} ms, max ${String(pct(100))} ms (targets 100 / 250); ` +
    `unchanged routes replaced: ${String(!untouched)}`,
);
