/**
 * `drom log <name|pid> [--follow]`: prints the output a local `drom run` keeps in its bounded log file, like
 * `camel log`; with `--follow` keeps printing what is appended until interrupted or until the process ends. Exit 0 on
 * success; 1 when the name or pid matches no process, several, or one that keeps no log; 2 on usage errors.
 */
import { existsSync } from 'node:fs';

import type { Command } from 'commander';

import { previousSegment } from '../local/home.js';
import { followLog, readLog } from '../local/log-reader.js';
import { isAlive } from '../local/pid.js';
import { describeProcess, selectProcesses } from '../local/select.js';
import type { CliIo } from './io.js';

/** What tests replace: how following ends and how often it looks. */
export interface LogCommandDeps {
  /** Ends `--follow` (the command then exits 0); without it, following ends with the process or on Ctrl-C. */
  readonly signal?: AbortSignal;
  /** Milliseconds between looks at the file when following; default 250. */
  readonly pollMs?: number;
}

interface LogOptions {
  readonly follow?: boolean;
}

/** Registers the command. */
export function addLogCommand(program: Command, io: CliIo, deps: LogCommandDeps = {}): void {
  program
    .command('log')
    .description('print the output of a drom run process on this machine')
    .argument('<name>', 'the process: its name, a name prefix (name! for the exact name only), or its pid')
    .option('-f, --follow', 'keep printing new output until interrupted or the process ends')
    .addHelpText(
      'after',
      '\nExit status: 0 on success, 1 when no single process with a log matches, 2 on usage errors.',
    )
    .action(async (name: string, opts: LogOptions) => {
      const entries = selectProcesses(name, (line) => {
        io.err(line);
      });
      const [entry, ...others] = entries;
      if (entry === undefined || others.length > 0) {
        io.err(
          entry === undefined
            ? `drom: no running process matches '${name}'\n`
            : `drom: '${name}' matches several processes: ${entries.map(describeProcess).join(', ')}; give a pid\n`,
        );
        io.exitCode(1);
        return;
      }
      if (!existsSync(entry.logFile) && !existsSync(previousSegment(entry.logFile))) {
        io.err(`drom: ${describeProcess(entry)} keeps no log file\n`);
        io.exitCode(1);
        return;
      }
      if (opts.follow === true) {
        await followLog(
          entry.logFile,
          (text) => {
            io.out(text);
          },
          {
            alive: () => isAlive(entry.pid),
            ...(deps.signal === undefined ? {} : { signal: deps.signal }),
            ...(deps.pollMs === undefined ? {} : { pollMs: deps.pollMs }),
          },
        );
      } else io.out(readLog(entry.logFile));
      io.exitCode(0);
    });
}
