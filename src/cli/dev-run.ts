/**
 * `drom run --dev` / `drom dev`: runs the routes like `drom run`, watches what they depend on, and on every change
 * reloads them (`src/dev/dev-runtime.ts`): one line per reload, or the diagnostics with the routes kept as they run.
 * Files that do not compile at start are reported and watched too: the first good save starts the routes.
 */
import type { Diagnostic } from '../api/diagnostic.js';
import { DevRuntime } from '../dev/dev-runtime.js';
import { watchRouteFiles } from '../dev/watcher.js';
import { LogOutput } from '../engine/log-output.js';
import { systemClock } from '../engine/clock.js';
import { runName, type CreateRuntimeOptions } from '../run/create-runtime.js';
import type { RunController } from '../run/run-until.js';
import { viewOf } from '../run/runtime-view-of.js';
import { startupSummary } from '../run/startup-summary.js';
import { formatDiagnostic } from './format.js';
import type { CliIo } from './io.js';
import { isServiceError, openRunLog, startRunServices, type RunServices } from './run-services.js';

/** What a dev run needs beyond the options of `drom run`. */
export interface DevRunOptions extends Omit<CreateRuntimeOptions, 'onComplete' | 'write'> {
  readonly cwd: string;
  readonly drainTimeoutMs?: number;
  /** `--management-port` as given (the management server always runs in dev mode). */
  readonly managementPort?: string | undefined;
}

/** Runs in dev mode until the controller's limits or a signal; resolves with the exit status. */
export async function runDev(options: DevRunOptions, controller: RunController, io: CliIo): Promise<number> {
  const started = Date.now();
  const report = (diagnostics: readonly Diagnostic[]): void => {
    for (const d of diagnostics) io.err(`${formatDiagnostic(d)}\n`);
  };
  const log = openRunLog();
  const dev = new DevRuntime({
    ...options,
    write: (line) => {
      io.out(line);
      log?.write(line);
    },
    onComplete: () => {
      controller.completed();
    },
    onDiagnostics: report,
  });
  const first = await dev.reload();
  // Until the first good load there is no shared log output: this one writes the dev lines meanwhile.
  const fallback = new LogOutput({
    write: (line) => {
      io.out(line);
    },
    clock: systemClock,
  }).logger('dromedary.dev');
  const logger = (): ReturnType<LogOutput['logger']> => dev.output?.logger('dromedary.runtime') ?? fallback;
  if (first.ok) {
    startupSummary(logger(), {
      name: dev.name ?? 'dromedary',
      routes: first.started,
      started,
      built: started + first.ms,
      now: Date.now(),
    });
  } else {
    fallback.log('WARN', `No routes run yet: fix the errors above and save; watching ${options.paths.join(', ')}`);
  }
  let services: RunServices;
  try {
    // A platform-http server that could not listen at the first load (port in use) fails the start.
    const failure = dev.endpointFactory?.platformHttp.failure;
    if (failure !== undefined) throw failure;
    services = await startRunServices({
      view: viewOf(dev.name ?? options.name ?? runName(options.paths), started, dev.runtime, dev),
      logger: logger(),
      management: true,
      managementPort: options.managementPort,
      log,
    });
  } catch (err) {
    if (!isServiceError(err)) throw err;
    io.err(`${err.message}\n`);
    log?.close();
    await dev.runtime.stop(1000);
    await dev.endpointFactory?.close();
    return 1;
  }
  const watch = watchRouteFiles({
    cwd: options.cwd,
    paths: options.paths,
    ...(options.propertiesFiles === undefined ? {} : { propertiesFiles: options.propertiesFiles }),
    onChange: () => {
      void dev.reload().then(() => {
        watch.add(dev.beanModules);
      });
    },
  });
  watch.add(dev.beanModules);
  try {
    await controller.run(dev.runtime, logger());
  } finally {
    watch.close();
    await services.close();
    await dev.endpointFactory?.close();
  }
  return 0;
}
