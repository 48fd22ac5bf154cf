/**
 * One reading of a {@link RuntimeView}: the routes as the view reports them, plus what needs history to know — the
 * message rate over the last seconds, and monotonic totals that survive route replacement. Every endpoint reads the
 * view through one sampler, so `/q/routes` and `/q/metrics` agree.
 */
import type { RouteView, RuntimeView } from '../run/runtime-view.js';
import { MonotonicCounter } from './monotonic-counter.js';
import { RateTracker } from './rate-tracker.js';

/** Totals of a route id that never decrease, across every version of the route (see {@link MonotonicCounter}). */
export interface RouteCounters {
  readonly exchanges: number;
  readonly failed: number;
  readonly reloads: number;
}

/** One route in a {@link RuntimeSnapshot}. */
export interface RouteSnapshot {
  /** The route as the view reported it (counts of this version of the route). */
  readonly route: RouteView;
  /** Exchanges per second over the sampler's window, from the monotonic total; never negative. Not rounded. */
  readonly msgPerSec: number;
  readonly counters: RouteCounters;
}

/** What a sample returns. */
export interface RuntimeSnapshot {
  /** The routes now, in the view's order. */
  readonly routes: readonly RouteSnapshot[];
  /** The run's reloads, made monotonic. */
  readonly reloads: number;
}

/** Options of a {@link RuntimeSampler}. */
export interface RuntimeSamplerOptions {
  /** The clock in milliseconds; default `Date.now`. */
  readonly now?: () => number;
  /** The window of `msgPerSec`; default 5,000 ms. */
  readonly windowMs?: number;
}

/**
 * Reads a live {@link RuntimeView}.
 *
 * Contract: each {@link sample} calls `view.routes()` and `view.reloads()` once, records the totals in the rate
 * tracker and the monotonic counters, forgets the rate history of routes that are gone, and returns the snapshot.
 * Rates come from the samples taken so far: sample regularly (the server does, every second) for `msgPerSec` to
 * cover the whole window.
 */
export class RuntimeSampler {
  private readonly rates: RateTracker;
  private readonly exchanges = new MonotonicCounter();
  private readonly failed = new MonotonicCounter();
  private readonly routeReloads = new MonotonicCounter();
  private readonly reloads = new MonotonicCounter();

  constructor(
    private readonly view: RuntimeView,
    options: RuntimeSamplerOptions = {},
  ) {
    this.rates = new RateTracker(options);
  }

  /** Reads the view now (see the class contract). */
  sample(): RuntimeSnapshot {
    const routes = this.view.routes().map((route): RouteSnapshot => {
      const exchanges = this.exchanges.observe(route.id, route.total, route.reloads);
      return {
        route,
        msgPerSec: this.rates.observe(route.id, exchanges),
        counters: {
          exchanges,
          failed: this.failed.observe(route.id, route.failed, route.reloads),
          reloads: this.routeReloads.observe(route.id, route.reloads),
        },
      };
    });
    this.rates.retain(new Set(routes.map((r) => r.route.id)));
    return { routes, reloads: this.reloads.observe('', this.view.reloads()) };
  }
}
