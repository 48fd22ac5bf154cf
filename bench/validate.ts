/**
 * Validation benchmark. Prints, and writes to bench/results/validate.json:
 * - files/s on one thread for the examples/ size mix (in process, each file read from memory: load, schema
 *   validation, runnability checks, diagnostics); target >= 1,500 files/s;
 * - wall time of `drom validate` over 1,000 files, process start-up included (median of 5 runs); target <= 1.5 s.
 * Run: `npm run build && npx tsx bench/validate.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { validateText } from '../dist/src/index.js';
import { machineFacts, median } from './machine.js';

const ROOT = join(import.meta.dirname, '..');
const examples = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ name: `examples/${f}`, text: readFileSync(join(ROOT, 'examples', f), 'utf8') }));

async function throughput(seconds: number): Promise<{ files: number; seconds: number; filesPerSecond: number }> {
  for (let i = 0; i < 3; i++) for (const f of examples) await validateText(f.name, f.text, { cwd: ROOT });
  let files = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  while (performance.now() < deadline) {
    for (const f of examples) await validateText(f.name, f.text, { cwd: ROOT });
    files += examples.length;
  }
  const elapsed = (performance.now() - start) / 1000;
  return { files, seconds: Number(elapsed.toFixed(2)), filesPerSecond: Math.round(files / elapsed) };
}

function wallTime(count: number, runs: number): { files: number; runsMs: number[]; medianMs: number } {
  const dir = mkdtempSync(join(tmpdir(), 'drom-bench-'));
  try {
    for (let i = 0; i < count; i++) {
      const f = examples[i % examples.length];
      if (f === undefined) break;
      const sub = join(dir, String(Math.floor(i / 100)));
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `${String(i)}-${f.name.replace('examples/', '')}`), f.text);
    }
    const bin = join(ROOT, 'dist', 'src', 'cli', 'main.js');
    const runsMs: number[] = [];
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      const res = spawnSync(process.execPath, [bin, 'validate', dir], { cwd: ROOT, encoding: 'utf8' });
      runsMs.push(Math.round(performance.now() - start));
      if (res.status !== 0) throw new Error(`drom validate exited ${String(res.status)}: ${res.stderr}`);
    }
    return { files: count, runsMs, medianMs: median(runsMs) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const inProcess = await throughput(5);
const cli = wallTime(1000, 5);
const result = {
  benchmark: 'validate',
  date: new Date().toISOString().slice(0, 10),
  machine: machineFacts(),
  mix: { files: examples.length, bytes: examples.reduce((n, f) => n + f.text.length, 0) },
  throughput: { ...inProcess, target: 1500, met: inProcess.filesPerSecond >= 1500 },
  cli1000: { ...cli, targetMs: 1500, met: cli.medianMs <= 1500 },
};
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', 'validate.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`validate: ${String(inProcess.filesPerSecond)} files/s on one thread (examples mix, target >= 1500)`);
console.log(
  `drom validate over 1000 files: median ${String(cli.medianMs)} ms (runs ${cli.runsMs.join(', ')}; target <= 1500)`,
);
