#!/usr/bin/env -S node --max-semi-space-size=2
/**
 * Entry point of the `drom` binary. The `#!` line caps V8's young generation at 2 MB per semi-space: message
 * processing allocates short-lived objects fast, and the default cap (16 MB) lets a busy route hold about 30 MB more
 * memory for no measurable gain in throughput (bench/engine.ts measures both).
 */
import { runCli } from './program.js';

const status = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  exitCode: () => undefined,
});
process.exitCode = status;
