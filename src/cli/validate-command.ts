/** `drom validate [--format text|json] <paths...>`. */
import type { Command } from 'commander';

import { UsageError } from '../api/errors.js';
import { validate } from '../validate/validate.js';
import { formatDiagnostic, summaryLine, toJson } from './format.js';
import type { CliIo } from './io.js';

/** Registers the command; its action resolves to the process exit code. */
export function addValidateCommand(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('check route files and Camel K manifests; directories are searched for *.yaml and *.yml')
    .argument('<paths...>', 'files or directories to check')
    .option('--format <format>', 'output format: text or json', 'text')
    .addHelpText(
      'after',
      '\nExit status: 0 when every file is valid (warnings allowed), 1 when any file is invalid, 2 on usage errors.',
    )
    .action(async (paths: string[], opts: { format: string }) => {
      if (opts.format !== 'text' && opts.format !== 'json')
        throw new UsageError(`unknown format '${opts.format}' (text or json)`);
      const report = await validate(paths, { cwd: io.cwd });
      if (opts.format === 'json') {
        io.out(toJson(report));
      } else {
        for (const f of report.files) for (const d of f.diagnostics) io.out(`${formatDiagnostic(d)}\n`);
        io.err(`${summaryLine(report)}\n`);
      }
      io.exitCode(report.files.every((f) => f.valid) ? 0 : 1);
    });
}
