/**
 * The running side of the local process registry: a `drom run` announces itself in `$DROM_HOME/run/<pid>.json` and
 * keeps that entry current until it exits, so `drom ps`, `drom get`, `drom stop` and `drom log` can find it.
 */
import type { RuntimeView } from '../run/runtime-view.js';
import { dromHome, entryPath, logPath } from './home.js';
import { Snapshotter } from './snapshot.js';
import { removeEntryFiles, writeEntry } from './store.js';

/** How to register. */
export interface RegisterOptions {
  /** The run to publish; asked again at each write. */
  readonly view: RuntimeView;
  /** The Dromedary home; default `dromHome()` (`$DROM_HOME` or `~/.dromedary`). */
  readonly home?: string;
  /** Epoch milliseconds now; default `Date.now`. */
  readonly clock?: () => number;
  /** Base URL of the management server, when one runs. */
  readonly managementUrl?: string;
  /** Milliseconds between writes; default 1000. */
  readonly intervalMs?: number;
  /** The process to register as; default `process.pid`. Tools find and signal the process by it. */
  readonly pid?: number;
  /** Called with the error of a failed periodic write (the next tick tries again); default: ignored. */
  readonly onError?: (error: unknown) => void;
}

/** A live registration; `close()` it when the run ends. */
export interface LocalRegistration {
  /** The entry file: `<home>/run/<pid>.json`. */
  readonly path: string;
  /** The output file recorded in the entry: `<home>/run/<pid>.log` (see `openLogFile`). */
  readonly logFile: string;
  /** Writes the entry now, outside the interval (no-op after `close()`); throws like the first write. */
  update(): void;
  /**
   * Stops the periodic writes and removes the entry. Synchronous and idempotent, so it may be called both from the
   * normal shutdown path and from a `process.on('exit')` handler. Never throws.
   */
  close(): void;
}

/**
 * Registers the running process: writes its entry at once (throws the file system's error if that first write fails,
 * e.g. when `$DROM_HOME` is not writable, and then leaves nothing behind) and then every `intervalMs` with fresh
 * counters and rates. The interval timer is unref'ed: it never keeps the process alive. Call it after the routes have
 * started, and `close()` on exit.
 */
export function registerProcess(options: RegisterOptions): LocalRegistration {
  const home = options.home ?? dromHome();
  const pid = options.pid ?? process.pid;
  const clock = options.clock ?? Date.now;
  const logFile = logPath(home, pid);
  const snapshotter = new Snapshotter({
    pid,
    logFile,
    ...(options.managementUrl === undefined ? {} : { managementUrl: options.managementUrl }),
  });
  let closed = false;
  const write = (): void => {
    if (!closed) writeEntry(home, snapshotter.snapshot(options.view, clock()));
  };
  write();
  const timer = setInterval(() => {
    try {
      write();
    } catch (err) {
      options.onError?.(err);
    }
  }, options.intervalMs ?? 1000);
  timer.unref();
  return {
    path: entryPath(home, pid),
    logFile,
    update: write,
    close: () => {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      removeEntryFiles(home, pid);
    },
  };
}
