#!/usr/bin/env -S node --max-semi-space-size=2 --optimize-for-size
/**
 * Entry point of the `drom` binary. The `#!` line tunes V8 for a long-running, allocation-heavy process: message
 * processing allocates short-lived objects fast, and the default young generation (16 MB per semi-space) lets a busy
 * route hold about 30 MB more memory; `--optimize-for-size` makes the old generation grow more slowly before it is
 * collected. Neither changed throughput beyond run-to-run noise (bench/engine.ts measures with the same flags).
 */
import { runCli } from './program.js';

const status = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  exitCode: () => undefined,
});
process.exitCode = status;
