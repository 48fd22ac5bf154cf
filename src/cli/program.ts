/** The `drom` command line: builds the program and runs it against an injectable process view. */
import { Command, CommanderError } from 'commander';

import { DromedaryError } from '../api/errors.js';
import { addGetCommand } from './get-command.js';
import { addInitCommand } from './init-command.js';
import type { CliIo } from './io.js';
import { addLogCommand } from './log-command.js';
import { addPsCommand } from './ps-command.js';
import { addRunCommand } from './run-command.js';
import { addSchemaCommand } from './schema-command.js';
import { addStopCommand } from './stop-command.js';
import { addValidateCommand } from './validate-command.js';

/** Version printed by `drom --version`. */
export const VERSION = '0.1.0';

function buildProgram(io: CliIo): Command {
  const program = new Command('drom')
    .description('Dromedary: validate and run Camel YAML DSL routes and Camel K manifests')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => {
        io.out(s);
      },
      writeErr: (s) => {
        io.err(s);
      },
    })
    .showHelpAfterError('(run drom --help for usage)');
  addRunCommand(program, io);
  addValidateCommand(program, io);
  addSchemaCommand(program, io);
  addInitCommand(program, io);
  addPsCommand(program, io);
  addGetCommand(program, io);
  addStopCommand(program, io);
  addLogCommand(program, io);
  for (const cmd of program.commands)
    cmd.exitOverride().configureOutput({
      writeOut: (s) => {
        io.out(s);
      },
      writeErr: (s) => {
        io.err(s);
      },
    });
  return program;
}

/**
 * Runs `drom` with `argv` (without node and script). Resolves to the exit status: 0 success, 1 invalid input or a
 * failure, 2 usage errors. Never rejects.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let status = 0;
  const tracked: CliIo = {
    cwd: io.cwd,
    out: (s) => {
      io.out(s);
    },
    err: (s) => {
      io.err(s);
    },
    exitCode: (c) => {
      status = c;
    },
  };
  try {
    await buildProgram(tracked).parseAsync([...argv], { from: 'user' });
    return status;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help'
        ? 0
        : 2;
    }
    if (err instanceof DromedaryError && err.name === 'UsageError') {
      io.err(`drom: ${err.message}\n`);
      return 2;
    }
    io.err(`drom: unexpected failure: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}
