/** Per-route counters, kept by the engine around each route's processor (components never write telemetry). */

/** What a route has done so far. */
export interface RouteMetricsSnapshot {
  readonly total: number;
  readonly failed: number;
  readonly inflight: number;
  /** Sum and maximum of processing times, in milliseconds. */
  readonly totalTimeMs: number;
  readonly maxTimeMs: number;
  readonly lastError: string | undefined;
}

/** Mutable counters of one route. */
export class RouteMetrics {
  total = 0;
  failed = 0;
  inflight = 0;
  totalTimeMs = 0;
  maxTimeMs = 0;
  lastError: string | undefined;

  /** Records one finished exchange. */
  record(durationMs: number, error: Error | undefined): void {
    this.total += 1;
    this.totalTimeMs += durationMs;
    if (durationMs > this.maxTimeMs) this.maxTimeMs = durationMs;
    if (error !== undefined) {
      this.failed += 1;
      this.lastError = error.message;
    }
  }

  snapshot(): RouteMetricsSnapshot {
    return {
      total: this.total,
      failed: this.failed,
      inflight: this.inflight,
      totalTimeMs: this.totalTimeMs,
      maxTimeMs: this.maxTimeMs,
      lastError: this.lastError,
    };
  }
}
