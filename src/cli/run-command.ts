/**
 * `drom run <paths...>`: checks the routes as strictly as running requires, compiles them and runs them in this
 * process until a limit, Ctrl-C or SIGTERM; then drains in-flight exchanges and exits 0. Invalid routes or a failed
 * start exit 1, usage errors 2.
 */
import type { Command } from 'commander';

import { UsageError } from '../api/errors.js';
import { createRuntime } from '../run/create-runtime.js';
import { parsePort } from '../run/platform-http-options.js';
import { RunController } from '../run/run-until.js';
import { startupSummary } from '../run/startup-summary.js';
import { viewOf } from '../run/runtime-view-of.js';
import { runDev } from './dev-run.js';
import { isServiceError, managementPort, openRunLog, startRunServices, type RunServices } from './run-services.js';
import { formatDiagnostic } from './format.js';
import type { CliIo } from './io.js';

interface RunOptions {
  readonly property: string[];
  readonly properties: string[];
  readonly profile: string;
  readonly name?: string;
  readonly maxMessages?: string;
  readonly maxSeconds?: string;
  readonly maxIdleSeconds?: string;
  readonly dev?: boolean;
  readonly drainTimeout?: string;
  readonly health?: boolean;
  readonly metrics?: boolean;
  readonly managementPort?: string;
  readonly port?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function positive(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} takes a positive whole number, got '${value}'`);
  return n;
}

function parseProperties(pairs: readonly string[]): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`-p takes key=value, got '${pair}'`);
    properties[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return properties;
}

/** Registers `drom run` and its dev-mode alias `drom dev`. */
export function addRunCommand(program: Command, io: CliIo): void {
  defineRun(program.command('run').description('run routes in this process'), io, false);
  defineRun(
    program.command('dev').description('run routes in this process and reload them on every change (run --dev)'),
    io,
    true,
  );
}

function defineRun(command: Command, io: CliIo, dev: boolean): void {
  command
    .argument('<paths...>', 'route files, manifests or directories')
    .option('--dev', 'watch the files and reload changed routes live', dev)
    .option('--drain-timeout <ms>', 'dev mode: how long a replaced route may take to finish its messages', '10000')
    .option('--health', 'serve /q/health (the management server; on with --dev)')
    .option('--metrics', 'serve /q/metrics (the management server; on with --dev)')
    .option('--management-port <port>', 'port of the management server, on 127.0.0.1 (0: any free port)', '9876')
    .option(
      '--port <port>',
      'port of the platform-http server (0: any free port; default camel.server.port, else 8080)',
    )
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
      const controller = new RunController({
        ...(opts.maxMessages === undefined ? {} : { maxMessages: positive(opts.maxMessages, '--max-messages') }),
        ...(opts.maxSeconds === undefined ? {} : { maxSeconds: positive(opts.maxSeconds, '--max-seconds') }),
        ...(opts.maxIdleSeconds === undefined
          ? {}
          : { maxIdleSeconds: positive(opts.maxIdleSeconds, '--max-idle-seconds') }),
      });
      // Usage errors before anything starts (exit 2).
      managementPort(opts.managementPort);
      const runtimeOptions = {
        paths,
        cwd: io.cwd,
        properties: parseProperties(opts.property),
        propertiesFiles: opts.properties,
        profile: opts.profile,
        ...(opts.name === undefined ? {} : { name: opts.name }),
        ...(opts.port === undefined ? {} : { port: parsePort(opts.port, '--port') }),
      };
      if (opts.dev === true) {
        const drainTimeoutMs = positive(opts.drainTimeout, '--drain-timeout') ?? 10_000;
        const options = { ...runtimeOptions, drainTimeoutMs, managementPort: opts.managementPort };
        io.exitCode(await runDev(options, controller, io));
        return;
      }
      const started = Date.now();
      const log = openRunLog();
      const created = await createRuntime({
        ...runtimeOptions,
        write: (line) => {
          io.out(line);
          log?.write(line);
        },
        onComplete: () => {
          controller.completed();
        },
      });
      for (const d of created.diagnostics) io.err(`${formatDiagnostic(d)}\n`);
      if (!('plan' in created)) {
        log?.close();
        io.exitCode(1);
        return;
      }
      const logger = created.log.logger('dromedary.runtime');
      const built = Date.now();
      const routes = created.plan.runtime.start();
      startupSummary(logger, { name: created.name, routes, started, built, now: Date.now() });
      let services: RunServices;
      try {
        // A platform-http server that cannot listen (port in use) fails the start.
        await created.plan.endpoints.platformHttp.ready();
        services = await startRunServices({
          view: viewOf(created.name, started, created.plan.runtime),
          logger,
          management: opts.health === true || opts.metrics === true,
          managementPort: opts.managementPort,
          log,
        });
      } catch (err) {
        if (!isServiceError(err)) throw err;
        io.err(`${err.message}\n`);
        log?.close();
        await created.plan.runtime.stop(1000);
        await created.plan.endpoints.close();
        io.exitCode(1);
        return;
      }
      await controller.run(created.plan.runtime, logger);
      await services.close();
      await created.plan.endpoints.close();
      io.exitCode(0);
    });
}
