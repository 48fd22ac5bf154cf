/**
 * The bounded output file of a running `drom run`, which `drom log` prints: `$DROM_HOME/run/<pid>.log`.
 *
 * Bounding: the file is written in two segments of `maxBytes / 2` each. When the current segment would grow past its
 * half, it is renamed to `<pid>.log.1` (replacing the older one) and a new, empty `<pid>.log` is started. So the disk
 * holds at most about `maxBytes` (default 4 MiB) and always at least the last `maxBytes / 2` bytes of output; readers
 * print `.log.1` and then `.log`. A segment may exceed its half by at most one batch when a single write is larger.
 *
 * Writes are batched in memory (flushed when `batchBytes` accumulate, after `flushMs`, and on `flush()`/`close()`) and
 * written with `fs.writeSync` to a descriptor opened once. `close()` is synchronous, so nothing written before it is
 * lost even from a process 'exit' handler. Like JBang's, the log lives only as long as the run: `close()` removes it.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

import { dromHome, logPath, previousSegment } from './home.js';

/** How to open the log file. */
export interface LogFileOptions {
  /** The Dromedary home; default `dromHome()`. */
  readonly home?: string;
  /** The process whose output this is; default `process.pid` (the registry entry names the same file). */
  readonly pid?: number;
  /** Bound of both segments together; default 4 MiB. */
  readonly maxBytes?: number;
  /** Pending characters that trigger a write; default 64 KiB. */
  readonly batchBytes?: number;
  /** Longest time output waits in memory; default 100 ms (the timer is unref'ed). */
  readonly flushMs?: number;
  /** Keep the files on `close()` instead of removing them; default false. */
  readonly keep?: boolean;
}

/** An open log file. Output never fails the run: after a write error the file is abandoned and further output dropped. */
export interface LogFile {
  /** `<home>/run/<pid>.log`. */
  readonly path: string;
  /** Appends `text` (typically one line with its newline). Ignored after `close()`. */
  write(text: string): void;
  /** Writes pending output now. */
  flush(): void;
  /** Flushes, closes the descriptor and removes both segments (unless `keep`). Synchronous, idempotent, never throws. */
  close(): void;
}

const MiB = 1024 * 1024;

/**
 * Creates (truncating) `<home>/run/<pid>.log` and returns its writer; removes a stale `.log.1` of the same pid.
 * Throws the file system's error when the file cannot be created.
 */
export function openLogFile(options: LogFileOptions = {}): LogFile {
  const path = logPath(options.home ?? dromHome(), options.pid ?? process.pid);
  const older = previousSegment(path);
  const segmentBytes = Math.max(1, Math.floor((options.maxBytes ?? 4 * MiB) / 2));
  const batchBytes = options.batchBytes ?? 64 * 1024;
  const flushMs = options.flushMs ?? 100;
  mkdirSync(dirname(path), { recursive: true });
  rmSync(older, { force: true });
  let fd: number | undefined = openSync(path, 'w');
  let size = 0;
  let pending: string[] = [];
  let pendingChars = 0;
  let timer: NodeJS.Timeout | undefined;

  const abandon = (): void => {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Already unusable.
      }
    }
    fd = undefined;
  };
  const rotate = (): void => {
    if (fd === undefined) return;
    closeSync(fd);
    fd = undefined;
    renameSync(path, older);
    fd = openSync(path, 'w');
    size = 0;
  };
  const flush = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return;
    const data = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingChars = 0;
    try {
      if (size > 0 && size + data.length > segmentBytes) rotate();
      if (fd === undefined) return;
      writeSync(fd, data);
      size += data.length;
    } catch {
      abandon();
    }
  };

  return {
    path,
    write: (text) => {
      if (fd === undefined || text === '') return;
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars >= batchBytes) flush();
      else timer ??= setTimeout(flush, flushMs).unref();
    },
    flush,
    close: () => {
      flush();
      abandon();
      if (options.keep === true) return;
      for (const file of [path, older]) {
        try {
          rmSync(file, { force: true });
        } catch {
          // Best effort; `drom ps` removes the files of dead processes.
        }
      }
    },
  };
}
