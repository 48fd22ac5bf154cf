/**
 * Runs a created runtime until a limit or a signal: `--max-messages` (completed exchanges created by route consumers,
 * failed ones included), `--max-seconds`, `--max-idle-seconds` (no exchange completed for that long and none in
 * flight), SIGINT or SIGTERM. Then it stops the routes, draining in-flight exchanges, and resolves.
 */
import type { Logger } from '../api/connector-runtime.js';
import type { Runtime } from '../engine/runtime.js';

/** The limits of a run (undefined: none). */
export interface RunLimits {
  readonly maxMessages?: number | undefined;
  readonly maxSeconds?: number | undefined;
  readonly maxIdleSeconds?: number | undefined;
  /** How long a stop waits for in-flight exchanges (default 30 s). */
  readonly shutdownTimeoutMs?: number;
}

/** Stops a run when its limits say so. `completed` must be called after every consumer exchange completes. */
export class RunController {
  private completedCount = 0;
  private lastActivity = Date.now();
  private finish: ((reason: string) => void) | undefined;
  private halt: (() => void) | undefined;
  readonly finished: Promise<string>;

  constructor(private readonly limits: RunLimits) {
    this.finished = new Promise((resolve) => {
      this.finish = resolve;
    });
  }

  completed(): void {
    this.completedCount += 1;
    this.lastActivity = Date.now();
    if (this.limits.maxMessages !== undefined && this.completedCount >= this.limits.maxMessages) {
      this.stop('Duration max messages triggering shutdown');
    }
  }

  /** Ends the run with a reason (logged). Later calls do nothing. */
  stop(reason: string): void {
    const finish = this.finish;
    this.finish = undefined;
    // Stop the consumers at once: a source emitting a batch must not go on past the limit.
    this.halt?.();
    finish?.(reason);
  }

  /** Runs `runtime` until the limits or a signal end it; returns the reason. */
  async run(runtime: Runtime, logger: Logger): Promise<string> {
    const timers: NodeJS.Timeout[] = [];
    const { maxSeconds, maxIdleSeconds } = this.limits;
    if (maxSeconds !== undefined) {
      timers.push(
        setTimeout(() => {
          this.stop('Duration max seconds triggering shutdown');
        }, maxSeconds * 1000),
      );
    }
    if (maxIdleSeconds !== undefined) {
      timers.push(
        setInterval(() => {
          const inflight = runtime.routes().some((r) => r.metrics.inflight > 0);
          if (!inflight && Date.now() - this.lastActivity >= maxIdleSeconds * 1000) {
            this.stop('Duration max idle triggering shutdown');
          }
        }, 1000),
      );
    }
    this.halt = () => {
      for (const route of runtime.routes()) void route.stopConsumer();
    };
    // Routes whose sources are done (a timer past its repeatCount) leave nothing to keep the process alive; a run ends
    // on a limit or a signal, as Camel's does.
    const keepAlive = setInterval(() => undefined, 1 << 30);
    const onSignal = (): void => {
      this.stop('Received shutdown signal');
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const reason = await this.finished;
    clearInterval(keepAlive);
    for (const t of timers) clearTimeout(t);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    logger.log('INFO', reason);
    const { undrained } = await runtime.stop(this.limits.shutdownTimeoutMs ?? 30_000);
    if (undrained.length > 0)
      logger.log('WARN', `Routes stopped with exchanges still in flight: ${undrained.join(', ')}`);
    return reason;
  }
}
