/**
 * Per-key rates over a sliding time window, from samples of a cumulative count (how `msgPerSec` in `/q/routes` is
 * computed from a route's `total`). The tracker never reads a clock of its own: it is driven by the injected
 * `now`, so tests advance time by hand.
 */

/** One observation of a cumulative count. */
interface Sample {
  readonly at: number;
  readonly value: number;
}

/** Options of a {@link RateTracker}. */
export interface RateTrackerOptions {
  /** The window the rate is averaged over, in milliseconds; default 5,000. Must be positive. */
  readonly windowMs?: number;
  /** The clock, in milliseconds (any origin, never going back); default `Date.now`. */
  readonly now?: () => number;
}

/** The default window: rates are averaged over the last five seconds. */
export const DEFAULT_RATE_WINDOW_MS = 5_000;

/**
 * Rates per second of cumulative counts, one series per key.
 *
 * Contract:
 * - {@link observe} records `value` at the current time and returns the rate: the increase from the oldest sample
 *   still inside the window (`now - windowMs` or later) to this one, divided by the seconds between them. With
 *   fewer than two samples in the window, or none of them apart in time, the rate is 0.
 * - A rate is never negative: a value lower than the previous one means the count restarted (a replaced route), so
 *   the key's history is dropped and the new value becomes its first sample (rate 0 until the next one).
 * - Memory is bounded: samples older than the window are pruned on each observation, and {@link retain} forgets
 *   keys that are gone.
 */
export class RateTracker {
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly series = new Map<string, Sample[]>();

  constructor(options: RateTrackerOptions = {}) {
    const windowMs = options.windowMs ?? DEFAULT_RATE_WINDOW_MS;
    if (!(windowMs > 0) || !Number.isFinite(windowMs))
      throw new RangeError(`windowMs must be positive: ${String(windowMs)}`);
    this.windowMs = windowMs;
    this.now = options.now ?? Date.now;
  }

  /** Records `value` for `key` now and returns the key's rate per second over the window (see the class contract). */
  observe(key: string, value: number): number {
    const at = this.now();
    const previous = this.series.get(key) ?? [];
    const last = previous.at(-1);
    const restarted = last !== undefined && (value < last.value || at < last.at);
    const samples = restarted ? [] : previous;
    if (!restarted && last?.at === at) samples.pop();
    samples.push({ at, value });
    const from = at - this.windowMs;
    while (samples.length > 1 && (samples[0]?.at ?? at) < from) samples.shift();
    this.series.set(key, samples);
    return rateOf(samples);
  }

  /** Forgets every key not in `keys` (routes that were removed). */
  retain(keys: ReadonlySet<string>): void {
    for (const key of this.series.keys()) if (!keys.has(key)) this.series.delete(key);
  }
}

/** The rate per second between the first and last sample; 0 when they are not apart in time. */
function rateOf(samples: readonly Sample[]): number {
  const first = samples[0];
  const last = samples.at(-1);
  if (first === undefined || last === undefined || last.at <= first.at) return 0;
  return Math.max(0, ((last.value - first.value) * 1000) / (last.at - first.at));
}
