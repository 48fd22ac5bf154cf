/** Stopping a local `drom run` the way Ctrl-C would: SIGTERM, then waiting until the process is gone. */
import { setTimeout as sleep } from 'node:timers/promises';

import { isAlive } from './pid.js';

/** How a stop ended: the process is gone, it still ran at the deadline, or we may not signal it. */
export type StopOutcome = 'stopped' | 'timeout' | 'denied';

/** Options of `stopProcess`. */
export interface StopOptions {
  /** How long to wait for the process to exit; default 10 000 ms. */
  readonly timeoutMs?: number;
  /** Milliseconds between checks; default 100. */
  readonly pollMs?: number;
  /** Whether a pid names a live process; default `isAlive`. */
  readonly alive?: (pid: number) => boolean;
}

/**
 * Sends SIGTERM to `pid` (a `drom run` then drains in-flight exchanges and exits) and polls until the process is gone
 * or `timeoutMs` passed. Resolves to `stopped` also when the process was already gone, `denied` when signalling is not
 * permitted, `timeout` when it still runs at the deadline (it is not killed). Never rejects for signalling errors.
 */
export async function stopProcess(pid: number, options: StopOptions = {}): Promise<StopOutcome> {
  const alive = options.alive ?? isAlive;
  try {
    process.kill(pid, 'SIGTERM');
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? 'denied' : 'stopped';
  }
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  const pollMs = options.pollMs ?? 100;
  for (;;) {
    if (!alive(pid)) return 'stopped';
    if (Date.now() >= deadline) return 'timeout';
    await sleep(Math.min(pollMs, Math.max(1, deadline - Date.now())));
  }
}
