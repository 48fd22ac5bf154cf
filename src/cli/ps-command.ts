/**
 * `drom ps [name|pid]`: lists the `drom run` processes running on this machine (from `$DROM_HOME/run`), like
 * `camel ps`. Exit 0, also when none runs; 1 when a name or pid was given and matches none.
 */
import type { Command } from 'commander';

import { formatAge } from '../local/age.js';
import type { LocalEntry } from '../local/entry.js';
import { selectProcesses } from '../local/select.js';
import { renderTable } from '../local/table.js';
import type { Column } from '../local/table.js';
import { processTotals } from '../local/totals.js';
import type { CliIo } from './io.js';

function columns(now: number): Column<LocalEntry>[] {
  return [
    { header: 'PID', align: 'right', cell: (e) => String(e.pid) },
    { header: 'NAME', cell: (e) => e.name, maxWidth: 40 },
    { header: 'AGE', align: 'right', cell: (e) => formatAge(now - e.startedAt) },
    {
      header: 'ROUTES',
      align: 'right',
      cell: (e) => {
        const t = processTotals(e);
        return `${String(t.started)}/${String(t.routes)}`;
      },
    },
    { header: 'TOTAL', align: 'right', cell: (e) => String(processTotals(e).total) },
    { header: 'FAILED', align: 'right', cell: (e) => String(processTotals(e).failed) },
    { header: 'INFLIGHT', align: 'right', cell: (e) => String(processTotals(e).inflight) },
  ];
}

/** Registers the command. */
export function addPsCommand(program: Command, io: CliIo): void {
  program
    .command('ps')
    .description('list the drom run processes on this machine')
    .argument('[name]', 'only the processes with this name (or name prefix, or pid)')
    .addHelpText('after', '\nExit status: 0 on success, 1 when [name] matches no process, 2 on usage errors.')
    .action((name: string | undefined) => {
      const entries = selectProcesses(name, (line) => {
        io.err(line);
      });
      if (entries.length === 0) {
        if (name === undefined) {
          io.err('No drom processes are running.\n');
          io.exitCode(0);
        } else {
          io.err(`drom: no running process matches '${name}'\n`);
          io.exitCode(1);
        }
        return;
      }
      io.out(renderTable(columns(Date.now()), entries));
      io.exitCode(0);
    });
}
