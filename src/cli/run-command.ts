/**
 * `drom run <paths...>`. Until the engine lands, it checks the routes as strictly as running them requires and
 * reports whether they could start; the run options are accepted so scripts keep working unchanged.
 */
import type { Command } from 'commander';

import { UsageError } from '../api/errors.js';
import { validate } from '../validate/validate.js';
import { formatDiagnostic, summaryLine } from './format.js';
import type { CliIo } from './io.js';

interface RunOptions {
  readonly property: string[];
  readonly properties: string[];
  readonly profile: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Registers the command. */
export function addRunCommand(program: Command, io: CliIo): void {
  program
    .command('run')
    .description('run routes in this process (checks them strictly; the engine arrives in a later release)')
    .argument('<paths...>', 'route files, manifests or directories')
    .option('--max-messages <n>', 'stop after this many messages')
    .option('--max-seconds <s>', 'stop after this many seconds')
    .option('--max-idle-seconds <s>', 'stop after this many idle seconds')
    .option('-p, --property <key=value>', 'set a property (repeatable)', collect, [])
    .option('--properties <file>', 'read properties from a file (repeatable)', collect, [])
    .option('--profile <name>', 'properties profile', 'dev')
    .option('--name <name>', 'name of this run')
    .addHelpText(
      'after',
      '\nExit status: 0 on a normal stop, 1 on invalid routes or a failed start, 2 on usage errors.',
    )
    .action(async (paths: string[], opts: RunOptions) => {
      const properties: Record<string, string> = {};
      for (const pair of opts.property) {
        const eq = pair.indexOf('=');
        if (eq <= 0) throw new UsageError(`-p takes key=value, got '${pair}'`);
        properties[pair.slice(0, eq)] = pair.slice(eq + 1);
      }
      const report = await validate(paths, {
        cwd: io.cwd,
        mode: 'run',
        properties,
        propertiesFiles: opts.properties,
        profile: opts.profile,
      });
      for (const f of report.files) for (const d of f.diagnostics) io.err(`${formatDiagnostic(d)}\n`);
      if (!report.files.every((f) => f.valid)) {
        io.err(`${summaryLine(report)}\n`);
        io.exitCode(1);
        return;
      }
      io.err(
        `drom run: ${summaryLine(report)}; the routes are valid for running. The engine is not part of this release yet.\n`,
      );
      io.exitCode(0);
    });
}
