/**
 * Camel's `ThroughputLogger`, as `log:name?groupSize=…|groupInterval=…` and `mock:name?reportGroup=…` use it: it counts
 * messages and logs throughput lines instead of the messages.
 *
 * - `groupSize` N: every N-th message logs `Received: <count> messages so far. Last group took: <ms> millis which is:
 *   <rate> messages per second. average: <avg>`.
 * - `groupInterval` ms: a timer, first after `groupDelay` (default 1000) ms and then at a fixed rate, logs `Received:
 *   <n> new messages, with total <count> so far. Last group took: <ms> millis which is: <rate> messages per second.
 *   average: <avg>`; with `groupActiveOnly` (default true) nothing is logged, and the group's clock keeps running,
 *   while no message arrived since the last line.
 *
 * Both clocks (group and total) start when the route starts (Camel starts them when it creates the logger, at route
 * start-up). Rates are `count × 1000 / ms`, formatted like Java's `NumberFormat` (grouping, at most three decimals,
 * half-even; `∞` or `NaN` for a zero duration). The interval timer runs only while the route runs.
 */
import type { Clock, Logger, LogLevel } from '../../api/connector-runtime.js';
import type { AsyncCallback, Processor } from '../../api/processor.js';
import type { EndpointService } from './lifecycle.js';

/** Where and how a throughput logger logs. */
export interface ThroughputSettings {
  readonly logger: Logger;
  readonly level: LogLevel;
  readonly clock: Clock;
  /** Size mode: one line per this many messages (must be positive). */
  readonly groupSize?: number;
  /** Interval mode: one line per this many milliseconds (must be positive); ignored when `groupSize` is set. */
  readonly groupInterval?: number;
  /** Interval mode: wait before the first line, in milliseconds (default 1000). */
  readonly groupDelay?: number;
  /** Interval mode: skip lines while no message arrived (default true, as the log component's option). */
  readonly groupActiveOnly?: boolean;
  /** Where `Scheduling throughput logger to run every N millis.` goes when the interval timer starts. */
  readonly schedulingLogger?: Logger;
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3, roundingMode: 'halfEven' });

/** A rate as Java's default `NumberFormat` prints it (`1,480.052`, `10`, `∞`). */
export function formatRate(value: number): string {
  return NUMBER.format(value);
}

/** Messages per second, as Camel computes it (a zero duration gives `∞`, or `NaN` with no messages). */
function perSecond(count: number, ms: number): number {
  return (count * 1000) / ms;
}

/**
 * The throughput logger: a processor that counts messages (and never changes the exchange), and a service: its first
 * start starts the clocks, and in interval mode each start runs the timer until the next stop.
 * @throws Error when `groupSize` or `groupInterval` is not positive (Camel's "groupSize must be positive, was: 0").
 */
export class ThroughputLogger implements Processor, EndpointService {
  private received = 0;
  private groupReceived = 0;
  private groupStart = 0;
  private testStart = 0;
  private everStarted = false;
  private timer: { cancel(): void } | undefined;
  /** Interval mode: when the next line is due, in clock milliseconds. */
  private due = 0;

  constructor(private readonly settings: ThroughputSettings) {
    const { groupSize, groupInterval } = settings;
    if (groupSize !== undefined && !(groupSize > 0))
      throw new Error(`groupSize must be positive, was: ${String(groupSize)}`);
    if (groupSize === undefined && (groupInterval === undefined || !(groupInterval > 0)))
      throw new Error(`groupInterval must be positive, was: ${String(groupInterval)}`);
  }

  /** Messages counted so far. */
  get receivedCounter(): number {
    return this.received;
  }

  process(_exchange: unknown, done: AsyncCallback): boolean {
    this.received += 1;
    const { groupSize } = this.settings;
    if (groupSize !== undefined && this.received % groupSize === 0) this.logGroup(groupSize);
    done(true);
    return true;
  }

  start(): void {
    const now = this.settings.clock.now();
    if (!this.everStarted) {
      this.everStarted = true;
      this.groupStart = now;
      this.testStart = now;
    }
    const interval = this.intervalMs();
    if (interval === undefined || this.timer !== undefined) return;
    this.settings.schedulingLogger?.log(
      'INFO',
      `Scheduling throughput logger to run every ${String(interval)} millis.`,
    );
    const delay = Math.max(0, this.settings.groupDelay ?? 1000);
    this.due = now + delay;
    this.schedule(delay);
  }

  stop(): void {
    this.timer?.cancel();
    this.timer = undefined;
  }

  private intervalMs(): number | undefined {
    return this.settings.groupSize === undefined ? this.settings.groupInterval : undefined;
  }

  private schedule(ms: number): void {
    this.timer = this.settings.clock.setTimeout(() => {
      this.timer = undefined;
      this.logInterval();
      const interval = this.intervalMs() ?? 1000;
      // Fixed rate: the next line is due one interval after this one was due, not after it ran.
      this.due += interval;
      this.schedule(Math.max(0, this.due - this.settings.clock.now()));
    }, ms);
  }

  private logGroup(groupSize: number): void {
    const now = this.settings.clock.now();
    const groupMs = now - this.groupStart;
    this.groupStart = now;
    const { logger, level } = this.settings;
    logger.log(
      level,
      `Received: ${String(this.received)} messages so far. Last group took: ${String(groupMs)} millis which is: ` +
        `${formatRate(perSecond(groupSize, groupMs))} messages per second. average: ` +
        formatRate(perSecond(this.received, now - this.testStart)),
    );
  }

  private logInterval(): void {
    const received = this.received;
    if (this.settings.groupActiveOnly !== false && received === this.groupReceived) return;
    const now = this.settings.clock.now();
    const groupMs = now - this.groupStart;
    this.groupStart = now;
    const current = received - this.groupReceived;
    this.groupReceived = received;
    const { logger, level } = this.settings;
    logger.log(
      level,
      `Received: ${String(current)} new messages, with total ${String(received)} so far. Last group took: ` +
        `${String(groupMs)} millis which is: ${formatRate(perSecond(current, groupMs))} messages per second. ` +
        `average: ${formatRate(perSecond(received, now - this.testStart))}`,
    );
  }
}
