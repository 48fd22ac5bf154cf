#!/usr/bin/env node
/** Entry point of the `drom` binary. */
import { runCli } from './program.js';

const status = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  exitCode: () => undefined,
});
process.exitCode = status;
