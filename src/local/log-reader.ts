/**
 * Reading a process's bounded log file (see `log-file.ts`) as `drom log` does: both segments in order, and then,
 * when following, whatever is appended, across rotations.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { setTimeout as sleep } from 'node:timers/promises';

import { previousSegment } from './home.js';

function openOrUndefined(path: string): number | undefined {
  try {
    return openSync(path, 'r');
  } catch {
    return undefined;
  }
}

/** Bytes of the open file from `offset` to its current end. */
function readRest(fd: number, offset: number): Buffer {
  const chunks: Buffer[] = [];
  let at = offset;
  for (;;) {
    const chunk = Buffer.alloc(64 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, at);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    at += n;
  }
  return Buffer.concat(chunks);
}

/** Bytes of `path` from `offset` to its end, when it exists and (if given) is still the file `ino`. */
function readPath(path: string, offset: number, ino?: number): Buffer {
  const fd = openOrUndefined(path);
  if (fd === undefined) return Buffer.alloc(0);
  try {
    return ino === undefined || fstatSync(fd).ino === ino ? readRest(fd, offset) : Buffer.alloc(0);
  } finally {
    closeSync(fd);
  }
}

/**
 * The output kept in `log` (`<pid>.log`): the previous segment `.log.1`, if any, then the current one. Empty when
 * neither exists. Never throws for missing files.
 */
export function readLog(log: string): string {
  return Buffer.concat([readPath(previousSegment(log), 0), readPath(log, 0)]).toString('utf8');
}

/** Options of `followLog`. */
export interface FollowOptions {
  /** Ends the follow; the promise then resolves. */
  readonly signal?: AbortSignal;
  /** Milliseconds between looks at the file; default 250. */
  readonly pollMs?: number;
  /** Whether the writing process still runs; following ends when it does not and its log file is gone. */
  readonly alive: () => boolean;
}

/**
 * Emits what the open current segment `fd` has beyond `at`. When `fd` is a new file (the writer rotated), first emits
 * the rest of the file `at` was reading, now `older`, and restarts `at` at the new file's beginning.
 */
function readAppended(fd: number, at: { ino: number; offset: number }, older: string, emit: (b: Buffer) => void): void {
  const ino = fstatSync(fd).ino;
  if (ino !== at.ino) {
    if (at.ino !== -1 && statSync(older, { throwIfNoEntry: false })?.ino === at.ino)
      emit(readPath(older, at.offset, at.ino));
    at.ino = ino;
    at.offset = 0;
  }
  const data = readRest(fd, at.offset);
  at.offset += data.length;
  emit(data);
}

/**
 * Passes the content of `log` (both segments) to `write`, then keeps passing what is appended, following the file
 * across rotations (when the segment being read was renamed to `.log.1`, its rest is read there first). Resolves when
 * `signal` aborts, or when the log file is gone and `alive()` says the process ended. Rejects only when reading a file
 * that is open fails (an I/O error).
 */
export async function followLog(log: string, write: (text: string) => void, options: FollowOptions): Promise<void> {
  const older = previousSegment(log);
  const decoder = new StringDecoder('utf8');
  const emit = (b: Buffer): void => {
    const text = decoder.write(b);
    if (text !== '') write(text);
  };
  emit(readPath(older, 0));
  const at = { ino: -1, offset: 0 };
  for (;;) {
    const fd = openOrUndefined(log);
    if (fd === undefined) {
      if (!options.alive()) return;
    } else {
      try {
        readAppended(fd, at, older, emit);
      } finally {
        closeSync(fd);
      }
    }
    if (options.signal?.aborted === true) return;
    try {
      await sleep(options.pollMs ?? 250, undefined, options.signal === undefined ? {} : { signal: options.signal });
    } catch {
      return;
    }
  }
}
