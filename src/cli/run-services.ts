/**
 * What runs beside the routes of a `drom run`: the management server (`/q/health`, `/q/metrics`, `/q/routes`), on
 * with `--dev`, `--health` or `--metrics`, on `--management-port` (default 9876, 0 = any free port; printed at start);
 * and the local registration (`$DROM_HOME/run/<pid>.json`, read by `drom ps`/`get`/`stop`/`log`) with the run's
 * bounded log file. Started after the routes, stopped after them (and removed if the process exits otherwise).
 */
import type { Logger } from '../api/connector-runtime.js';
import { DromedaryError, UsageError } from '../api/errors.js';
import { openLogFile, type LogFile } from '../local/log-file.js';
import { registerProcess } from '../local/registry.js';
import { DEFAULT_MANAGEMENT_PORT, startManagementServer } from '../management/server.js';
import type { RuntimeView } from '../run/runtime-view.js';

/** The run's settings for its side services. */
export interface RunServiceOptions {
  readonly view: RuntimeView;
  readonly logger: Logger;
  /** Whether the management server runs. */
  readonly management: boolean;
  /** `--management-port` as given. */
  readonly managementPort?: string | undefined;
  /** The run's log file (`openRunLog`), closed with the services. */
  readonly log?: LogFile | undefined;
}

/** The running side services. */
export interface RunServices {
  /** The management server's base URL, when it runs. */
  readonly managementUrl: string | undefined;
  close(): Promise<void>;
}

/** `--management-port`: a whole number from 0 to 65535. */
export function managementPort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MANAGEMENT_PORT;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new UsageError(`--management-port takes a port from 0 to 65535, got '${value}'`);
  }
  return n;
}

/**
 * Starts the side services. Rejects with a `DromedaryError` (e.g. `MANAGEMENT_PORT_IN_USE`) when one cannot start;
 * the caller reports it and ends the run as a failed start.
 */
export async function startRunServices(options: RunServiceOptions): Promise<RunServices> {
  const server = options.management
    ? await startManagementServer({ view: options.view, port: managementPort(options.managementPort) })
    : undefined;
  if (server !== undefined) {
    options.logger.log('INFO', `Management server listening on ${server.url} (/q/health, /q/metrics, /q/routes)`);
  }
  let registration: { close(): void } | undefined;
  try {
    registration = registerProcess({
      view: options.view,
      ...(server === undefined ? {} : { managementUrl: server.url }),
      onError: () => undefined,
    });
  } catch (err) {
    // The routes run without it: only `drom ps` and friends will not see this run.
    options.logger.log('WARN', `Not registered for drom ps: ${err instanceof Error ? err.message : String(err)}`);
  }
  const local = (): void => {
    registration?.close();
    options.log?.close();
  };
  process.once('exit', local);
  return {
    managementUrl: server?.url,
    close: async () => {
      process.removeListener('exit', local);
      local();
      await server?.close();
    },
  };
}

/** Opens the run's bounded log file for `drom log`; undefined (the run goes on without it) when it cannot. */
export function openRunLog(): LogFile | undefined {
  try {
    return openLogFile();
  } catch {
    return undefined;
  }
}

/** Whether an error is one a side service reports to the user as a failed start (not a bug, not a usage error). */
export function isServiceError(err: unknown): err is DromedaryError {
  return err instanceof DromedaryError && !(err instanceof UsageError);
}
