/**
 * `drom stop <name|pid>` / `drom stop --all`: stops local `drom run` processes gracefully, like `camel stop`: SIGTERM
 * (the run drains in-flight exchanges and exits), then waits until each is gone. Exit 0 when all stopped; 1 when the
 * name or pid matches no process, or one did not stop in time or may not be signalled; 2 on usage errors.
 */
import type { Command } from 'commander';

import { UsageError } from '../api/errors.js';
import type { LocalEntry } from '../local/entry.js';
import { dromHome } from '../local/home.js';
import { describeProcess, selectProcesses } from '../local/select.js';
import { stopProcess } from '../local/stop.js';
import { removeProcessFiles } from '../local/store.js';
import type { CliIo } from './io.js';

interface StopOptions {
  readonly all?: boolean;
  readonly timeout: string;
}

function seconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0)
    throw new UsageError(`--timeout takes a positive number of seconds, got '${value}'`);
  return n;
}

async function stopAll(entries: readonly LocalEntry[], timeoutMs: number, io: CliIo, home: string): Promise<boolean> {
  for (const e of entries) io.out(`Stopping ${describeProcess(e)}\n`);
  const outcomes = await Promise.all(entries.map((e) => stopProcess(e.pid, { timeoutMs })));
  let ok = true;
  entries.forEach((e, i) => {
    const outcome = outcomes[i];
    if (outcome === 'stopped') {
      removeProcessFiles(home, e.pid);
      io.out(`Stopped ${describeProcess(e)}\n`);
    } else {
      ok = false;
      io.err(
        outcome === 'denied'
          ? `drom: not permitted to signal ${describeProcess(e)}\n`
          : `drom: ${describeProcess(e)} still runs after ${String(timeoutMs / 1000)}s\n`,
      );
    }
  });
  return ok;
}

/** Registers the command. */
export function addStopCommand(program: Command, io: CliIo): void {
  program
    .command('stop')
    .description('stop drom run processes on this machine gracefully (SIGTERM, then wait)')
    .argument('[name]', 'the process: its name, a name prefix (name! for the exact name only), or its pid')
    .option('--all', 'stop every drom run process')
    .option('--timeout <seconds>', 'how long to wait for each process to exit', '10')
    .addHelpText(
      'after',
      '\nExit status: 0 when all stopped, 1 when none matches or one did not stop in time, 2 on usage errors.',
    )
    .action(async (name: string | undefined, opts: StopOptions) => {
      const all = opts.all === true;
      if (all === (name !== undefined)) throw new UsageError('drom stop takes a process name or pid, or --all');
      const timeoutMs = seconds(opts.timeout) * 1000;
      const home = dromHome();
      const entries = selectProcesses(
        name,
        (line) => {
          io.err(line);
        },
        home,
      );
      if (entries.length === 0) {
        io.err(all ? 'No drom processes are running.\n' : `drom: no running process matches '${name ?? ''}'\n`);
        io.exitCode(all ? 0 : 1);
        return;
      }
      io.exitCode((await stopAll(entries, timeoutMs, io, home)) ? 0 : 1);
    });
}
