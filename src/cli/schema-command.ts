/** `drom schema`: prints the route DSL's JSON Schema, for editors. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Command } from 'commander';

import { packageRoot } from '../package-root.js';
import type { CliIo } from './io.js';

/** Registers the command. */
export function addSchemaCommand(program: Command, io: CliIo): void {
  program
    .command('schema')
    .description('print the JSON Schema of Camel YAML DSL route files, for editors')
    .addHelpText(
      'after',
      [
        '',
        'With the YAML language server (VS Code YAML extension, and others), save it and point route files at it:',
        '  drom schema > camel-yaml-dsl.schema.json',
        '  # first line of a route file:',
        '  # yaml-language-server: $schema=./camel-yaml-dsl.schema.json',
      ].join('\n'),
    )
    .action(() => {
      io.out(readFileSync(join(packageRoot(), 'schemas', 'camel-yaml-dsl.schema.json'), 'utf8'));
      io.exitCode(0);
    });
}
