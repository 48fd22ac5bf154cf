/**
 * The timer source, with Camel 4's semantics: the body is null; `delay` (default 1000 ms) before the first fire, then
 * one fire per `period` (default 1000 ms; 0 fires once); `repeatCount` limits the fires (0: no limit); a negative
 * delay fires as fast as the route takes them. With `fixedRate` a late timer catches up by firing the missed ticks in
 * one batch. Only with `includeMetadata` does it set the exchange properties `CamelTimerCounter` (from 1),
 * `CamelTimerName`, `CamelTimerPeriod`, `CamelTimerFiredTime` and the headers `CamelTimerFiredTime` and
 * `CamelMessageTimestamp`, and `CamelTimerTime` when `time` is set.
 *
 * `time` (read with `pattern`, see `date-parse.ts`) sets the first fire to that date-time instead of `delay` (at once
 * when it is past; with `fixedRate` the periods missed since then are caught up), as Camel schedules its
 * `java.util.Timer`; a negative `delay` still fires as fast as taken and ignores `time`, as Camel does.
 */
import type { ConnectorContext, Message, Source } from '../../src/api/index.js';
import { timerTime } from './date-parse.js';

type Emit = Parameters<Source['start']>[0];

/** How many fires a tight loop emits before yielding to the event loop. */
const BATCH = 1000;

/** The timer's settings, read from the endpoint options. */
export interface TimerSettings {
  readonly name: string;
  readonly delay: number;
  readonly period: number;
  readonly repeatCount: number;
  readonly fixedRate: boolean;
  readonly includeMetadata: boolean;
  /** The first fire, in epoch milliseconds (the `time` option). */
  readonly time?: number;
}

/**
 * Settings from a connector context (options already converted to their declared types).
 * @throws Error `Unparseable date: "…"` when `time` does not match its pattern.
 */
export function timerSettings(context: ConnectorContext): TimerSettings {
  const num = (key: string, dflt: number): number => {
    const v = context.options[key];
    return typeof v === 'number' ? v : dflt;
  };
  const time = context.options['time'];
  const pattern = context.options['pattern'];
  return {
    name: context.path,
    delay: num('delay', 1000),
    period: num('period', 1000),
    repeatCount: num('repeatCount', 0),
    fixedRate: context.options['fixedRate'] === true,
    includeMetadata: context.options['includeMetadata'] === true,
    ...(typeof time === 'string' ? { time: timerTime(time, typeof pattern === 'string' ? pattern : undefined) } : {}),
  };
}

/** A timer endpoint's source. */
export class TimerSource implements Source {
  private emit: Emit | undefined;
  private fired = 0;
  private timer: { cancel(): void } | undefined;
  private paused = false;
  private stopped = false;
  /** When the next fire is due (fixed rate), in clock milliseconds. */
  private due = 0;

  constructor(
    private readonly settings: TimerSettings,
    private readonly context: ConnectorContext,
  ) {}

  start(emit: Emit): void {
    this.emit = emit;
    this.stopped = false;
    const { delay, time } = this.settings;
    const now = this.context.clock.now();
    const first = time === undefined || delay < 0 ? Math.max(0, delay) : Math.max(0, time - now);
    // With a past `time` and fixedRate, `due` lies in the past: the first tick catches the missed periods up.
    this.due = time === undefined || delay < 0 ? now + first : time;
    this.schedule(delay < 0 ? 0 : first);
  }

  resume(): void {
    if (!this.paused || this.stopped) return;
    this.paused = false;
    // Keep to the schedule: the next fire is due a period after the last one, not at once.
    this.schedule(this.settings.delay < 0 ? 0 : Math.max(0, this.due - this.context.clock.now()));
  }

  stop(): Promise<void> {
    this.stopped = true;
    this.timer?.cancel();
    this.timer = undefined;
    return Promise.resolve();
  }

  private schedule(ms: number): void {
    const run = (): void => {
      this.timer = undefined;
      this.tick();
    };
    // A loop that is behind (or runs as fast as taken) continues on the next event-loop turn, not after a 1 ms timer.
    this.timer = ms <= 0 ? this.context.clock.defer(run) : this.context.clock.setTimeout(run, ms);
  }

  private done(): boolean {
    const { repeatCount, period, delay } = this.settings;
    if (this.stopped || (repeatCount > 0 && this.fired >= repeatCount)) return true;
    // A period of 0 fires once (unless the timer loops as fast as taken).
    return period <= 0 && delay >= 0 && this.fired >= 1;
  }

  /** Fires once, or as many times as are due; then schedules the next tick. */
  private tick(): void {
    const { delay, period, fixedRate } = this.settings;
    const now = this.context.clock.now();
    let budget =
      delay < 0 ? BATCH : fixedRate && period > 0 ? Math.min(BATCH, Math.floor((now - this.due) / period) + 1) : 1;
    while (budget > 0 && !this.done() && !this.paused) {
      budget -= 1;
      if (!this.fire(now)) this.paused = true;
      this.due += period;
    }
    if (this.done() || this.paused) return;
    if (delay < 0) this.schedule(0);
    else if (period > 0) this.schedule(fixedRate ? Math.max(0, this.due - this.context.clock.now()) : period);
  }

  /** Emits one fire; false when the route asked to wait. */
  private fire(now: number): boolean {
    this.fired += 1;
    const headers = this.context.newHeaders();
    let properties: Record<string, unknown> | undefined;
    if (this.settings.includeMetadata) {
      const firedTime = new Date(now);
      properties = {
        CamelTimerCounter: this.fired,
        CamelTimerName: this.settings.name,
        ...(this.settings.time === undefined ? {} : { CamelTimerTime: new Date(this.settings.time) }),
        CamelTimerPeriod: this.settings.period,
        CamelTimerFiredTime: firedTime,
      };
      headers.set('CamelTimerFiredTime', firedTime);
      headers.set('CamelMessageTimestamp', now);
    }
    const message: Message = {
      id: `${this.settings.name}-${String(this.fired)}`,
      source: `timer:${this.settings.name}`,
      type: 'dev.dromedary.timer.fired',
      data: null,
      headers,
      ...(properties === undefined ? {} : { properties }),
    };
    return this.emit?.(message, () => undefined) ?? false;
  }
}
