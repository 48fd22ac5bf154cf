/**
 * The aggregator's clocks, on the runtime's `Clock` (so fake timers drive them in tests):
 *
 * - `CompletionTimeouts`, Camel's timeout map and its checker: each group with a completion timeout has a deadline
 *   (last message + timeout, renewed by every message); a checker that runs every `completionTimeoutCheckerInterval`
 *   ms from the start completes the groups whose deadline has passed (strictly before the check), earliest first. A
 *   group therefore completes up to one checker interval after its deadline, as in Camel. The checker timer is armed
 *   only while some deadline is pending, on the same ticks as Camel's fixed schedule.
 * - `IntervalTicker`, the `completionInterval` task: a tick every `interval` ms from the start, at a fixed rate.
 */
import type { Clock } from '../api/connector-runtime.js';

type Timer = { cancel(): void } | undefined;

/** The completion deadlines of groups, checked every `checkEvery` ms while started. */
export class CompletionTimeouts {
  private readonly deadlines = new Map<string, { at: number; timeoutMs: number }>();
  private timer: Timer;
  private origin = 0;
  private running = false;

  /** `onTimeout` is called with each expired key, after every expired key was removed from the map. */
  constructor(
    private readonly clock: Clock,
    private readonly checkEvery: number,
    private readonly onTimeout: (key: string) => void,
  ) {}

  /**
   * Starts checking; the checker's ticks count from now. Groups kept over a stop get their timeout again from now
   * (Camel restores the timeouts of the groups in its repository when the aggregator starts).
   */
  start(): void {
    this.running = true;
    this.origin = this.clock.now();
    for (const entry of this.deadlines.values()) entry.at = this.origin + entry.timeoutMs;
    this.arm();
  }

  /** Stops checking (the deadlines are kept for a restart). */
  stop(): void {
    this.running = false;
    this.timer?.cancel();
    this.timer = undefined;
  }

  /** Sets (or renews) the deadline of `key` to `timeoutMs` from now. */
  put(key: string, timeoutMs: number): void {
    this.deadlines.set(key, { at: this.clock.now() + timeoutMs, timeoutMs });
    this.arm();
  }

  /** Forgets the deadline of `key` (its group completed otherwise). */
  remove(key: string): void {
    this.deadlines.delete(key);
  }

  /** Whether `key` has a pending deadline. */
  has(key: string): boolean {
    return this.deadlines.has(key);
  }

  private arm(): void {
    if (!this.running || this.timer !== undefined || this.deadlines.size === 0) return;
    const now = this.clock.now();
    const every = Math.max(1, this.checkEvery);
    const next = this.origin + (Math.floor((now - this.origin) / every) + 1) * every;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.check();
    }, next - now);
  }

  private check(): void {
    const now = this.clock.now();
    const expired = [...this.deadlines]
      .filter(([, deadline]) => deadline.at < now)
      .sort(([, a], [, b]) => a.at - b.at)
      .map(([key]) => key);
    for (const key of expired) this.deadlines.delete(key);
    for (const key of expired) this.onTimeout(key);
    this.arm();
  }
}

/** Calls `onTick` every `interval` ms from each start until stopped, at a fixed rate. */
export class IntervalTicker {
  private timer: Timer;
  private origin = 0;
  private ticks = 0;

  constructor(
    private readonly clock: Clock,
    private readonly interval: number,
    private readonly onTick: () => void,
  ) {}

  start(): void {
    this.stop();
    this.origin = this.clock.now();
    this.ticks = 0;
    this.schedule();
  }

  stop(): void {
    this.timer?.cancel();
    this.timer = undefined;
  }

  private schedule(): void {
    const due = this.origin + (this.ticks + 1) * this.interval;
    this.timer = this.clock.setTimeout(
      () => {
        this.ticks += 1;
        this.schedule();
        this.onTick();
      },
      Math.max(0, due - this.clock.now()),
    );
  }
}
