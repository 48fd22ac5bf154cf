/** Runs `drom` in-process for CLI tests, capturing what it prints. */
import { runCli } from './program.js';

/** What one `drom` invocation printed, and its exit status. */
export interface DromResult {
  readonly status: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `drom <args>` in `cwd` through the CLI's own entry (no process is spawned). */
export async function runDrom(cwd: string, ...args: string[]): Promise<DromResult> {
  let out = '';
  let err = '';
  const status = await runCli(args, { cwd, out: (s) => (out += s), err: (s) => (err += s), exitCode: () => 0 });
  return { status, out, err };
}
