/** `drom init <name>.camel.yaml`: writes a starter route that validates and runs as it is. */
import { existsSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

import type { Command } from 'commander';

import { UsageError } from '../api/errors.js';
import type { CliIo } from './io.js';

/** The text of a starter route whose id is `id`. */
export function starterRoute(id: string): string {
  return [
    '# yaml-language-server: $schema=https://dromedary.dev/schemas/camel-yaml-dsl.schema.json',
    `# A starter route: a timer fires every second and each message is logged. Run it with: drom run ${id}.camel.yaml`,
    '- route:',
    `    id: ${id}`,
    '    from:',
    `      uri: timer:${id}`,
    '      parameters:',
    '        period: 1000',
    '        includeMetadata: true',
    '      steps:',
    '        - setBody:',
    '            simple: Hello from ${routeId} (${exchangeProperty.CamelTimerCounter})',
    '        - log: ${body}',
    '',
  ].join('\n');
}

/** Registers the command. */
export function addInitCommand(program: Command, io: CliIo): void {
  program
    .command('init')
    .description('create a starter route file')
    .argument('<file>', 'the file to create, e.g. orders.camel.yaml')
    .option('--force', 'overwrite the file when it exists', false)
    .action((file: string, opts: { force: boolean }) => {
      if (!/\.ya?ml$/.test(file)) throw new UsageError(`'${file}' must end in .yaml or .yml (e.g. ${file}.camel.yaml)`);
      const path = resolve(io.cwd, file);
      if (existsSync(path) && !opts.force)
        throw new UsageError(`${file} already exists (use --force to overwrite)`, 'FILE_EXISTS');
      const id = basename(file)
        .replace(/(\.camel)?\.ya?ml$/, '')
        .replace(/[^A-Za-z0-9-]/g, '-');
      writeFileSync(path, starterRoute(id));
      io.out(`created ${file}\n`);
      io.exitCode(0);
    });
}
