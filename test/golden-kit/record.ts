/**
 * Records test/golden/<case>/expected.log by running the case's routes on real Apache Camel (scripts/infra/camel)
 * and normalizing the output. Usage: `npx tsx test/golden-kit/record.ts [case...]` (all cases when none is named).
 * A case whose run fails or prints nothing comparable is reported and its expected.log left untouched.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { CAMEL_SCRIPT, type GoldenCase, loadCase, loadCases, runOptions } from './cases.js';
import { formatGolden, normalizeCamelLog } from './normalize.js';

const DEFAULT_MAX_SECONDS = 20;

function record(c: GoldenCase): boolean {
  const started = Date.now();
  const args = ['run', ...c.routes, ...runOptions(c.args)];
  const bound = (c.args.maxSeconds ?? DEFAULT_MAX_SECONDS) + 300; // + first-run jar resolution
  const run = spawnSync(CAMEL_SCRIPT, args, {
    cwd: c.dir,
    encoding: 'utf8',
    timeout: bound * 1000,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    const why = run.error?.message ?? `exit ${String(run.status ?? run.signal)}`;
    process.stderr.write(`FAIL ${c.name} (${why}, ${seconds} s)\n${run.stderr}\n${run.stdout.slice(-4000)}\n`);
    return false;
  }
  const entries = normalizeCamelLog(run.stdout);
  if (entries.length === 0) {
    process.stderr.write(`FAIL ${c.name}: no comparable lines in Camel's output\n${run.stdout.slice(-4000)}\n`);
    return false;
  }
  writeFileSync(join(c.dir, 'expected.log'), formatGolden(entries, c.args.unordered === true));
  process.stdout.write(`ok   ${c.name}: ${String(entries.length)} entries (${seconds} s)\n`);
  return true;
}

const names = process.argv.slice(2);
const cases = names.length > 0 ? names.map(loadCase) : loadCases();
let failed = 0;
for (const c of cases) if (!record(c)) failed++;
process.exitCode = failed === 0 ? 0 : 1;
