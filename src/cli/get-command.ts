/**
 * `drom get [resource] [name|pid]`: status tables of the local `drom run` processes, like `camel get`.
 * `context` (the default) shows one row per process, `routes` one row per route. An unknown resource is a usage
 * error (exit 2) that lists the known ones; a name or pid that matches no process exits 1.
 */
import type { Command } from 'commander';

import { UsageError } from '../api/errors.js';
import { formatAge } from '../local/age.js';
import type { LocalEntry, RouteEntry } from '../local/entry.js';
import { selectProcesses } from '../local/select.js';
import { renderTable } from '../local/table.js';
import type { Column } from '../local/table.js';
import { processTotals } from '../local/totals.js';
import type { CliIo } from './io.js';

const ERROR_WIDTH = 60;
const rate = (n: number): string => n.toFixed(2);

function contextTable(entries: readonly LocalEntry[], now: number): string {
  const rows = entries.map((e) => ({ e, t: processTotals(e) }));
  const columns: Column<(typeof rows)[number]>[] = [
    { header: 'PID', align: 'right', cell: (r) => String(r.e.pid) },
    { header: 'NAME', cell: (r) => r.e.name, maxWidth: 40 },
    { header: 'AGE', align: 'right', cell: (r) => formatAge(now - r.e.startedAt) },
    { header: 'ROUTES', align: 'right', cell: (r) => `${String(r.t.started)}/${String(r.t.routes)}` },
    { header: 'TOTAL', align: 'right', cell: (r) => String(r.t.total) },
    { header: 'FAILED', align: 'right', cell: (r) => String(r.t.failed) },
    { header: 'INFLIGHT', align: 'right', cell: (r) => String(r.t.inflight) },
    { header: 'MSG/S', align: 'right', cell: (r) => rate(r.t.msgPerSec) },
    { header: 'RELOADS', align: 'right', cell: (r) => String(r.e.reloads) },
    { header: 'LAST ERROR', cell: (r) => r.e.lastError ?? '', maxWidth: ERROR_WIDTH },
  ];
  return renderTable(columns, rows);
}

function routeAge(r: RouteEntry, e: LocalEntry, now: number): string {
  return r.state === 'Started' && r.uptimeMs > 0 ? formatAge(r.uptimeMs + Math.max(0, now - e.updatedAt)) : '-';
}

function routesTable(entries: readonly LocalEntry[], now: number): string {
  const rows = entries.flatMap((e) => e.routes.map((r) => ({ e, r })));
  const columns: Column<(typeof rows)[number]>[] = [
    { header: 'PID', align: 'right', cell: (x) => String(x.e.pid) },
    { header: 'NAME', cell: (x) => x.e.name, maxWidth: 30 },
    { header: 'ROUTE', cell: (x) => x.r.id, maxWidth: 30 },
    { header: 'FROM', cell: (x) => x.r.from, maxWidth: 40 },
    { header: 'STATE', cell: (x) => x.r.state },
    { header: 'AGE', align: 'right', cell: (x) => routeAge(x.r, x.e, now) },
    { header: 'TOTAL', align: 'right', cell: (x) => String(x.r.total) },
    { header: 'FAILED', align: 'right', cell: (x) => String(x.r.failed) },
    { header: 'INFLIGHT', align: 'right', cell: (x) => String(x.r.inflight) },
    { header: 'MSG/S', align: 'right', cell: (x) => rate(x.r.msgPerSec) },
    { header: 'RELOADS', align: 'right', cell: (x) => String(x.r.reloads) },
    { header: 'LAST ERROR', cell: (x) => x.r.lastError ?? '', maxWidth: ERROR_WIDTH },
  ];
  return renderTable(columns, rows);
}

/** The resources `drom get` knows, by the names users type (aliases included), and how each renders. */
const RESOURCES: Readonly<Record<string, (entries: readonly LocalEntry[], now: number) => string>> = {
  context: contextTable,
  routes: routesTable,
  route: routesTable,
};

/** The resource names listed in help and errors (without aliases). */
const KNOWN = ['context', 'routes'];

/** Registers the command. */
export function addGetCommand(program: Command, io: CliIo): void {
  program
    .command('get')
    .description('show the status of the drom run processes on this machine')
    .argument('[resource]', `what to show: ${KNOWN.join(', ')}`, 'context')
    .argument('[name]', 'only the processes with this name (or name prefix, or pid)')
    .addHelpText(
      'after',
      '\nExit status: 0 on success, 1 when [name] matches no process, 2 on usage errors (an unknown resource).',
    )
    .action((resource: string, name: string | undefined) => {
      const render = Object.hasOwn(RESOURCES, resource) ? RESOURCES[resource] : undefined;
      if (render === undefined)
        throw new UsageError(`unknown resource '${resource}' for drom get (known: ${KNOWN.join(', ')})`);
      const entries = selectProcesses(name, (line) => {
        io.err(line);
      });
      if (entries.length === 0) {
        io.err(
          name === undefined ? 'No drom processes are running.\n' : `drom: no running process matches '${name}'\n`,
        );
        io.exitCode(name === undefined ? 0 : 1);
        return;
      }
      io.out(render(entries, Date.now()));
      io.exitCode(0);
    });
}
