/**
 * prom-client's default process metrics (`process_*`, `nodejs_*`), collected once per process into a registry of
 * their own — never prom-client's global default registry — that each management server merges into its own.
 *
 * Why once: `collectDefaultMetrics` starts a GC `PerformanceObserver` and an event-loop-delay histogram that
 * prom-client offers no way to stop. Collected per server, every start (dev restarts, tests) would leave one more of
 * each behind after `close()`. Once per process, they are bounded; neither keeps the process alive (no timer or
 * handle), and their values are process-wide anyway. prom-client itself (~60 ms to load) is imported on first use,
 * so starting a server does not pay for it.
 */
import type { Registry } from 'prom-client';

let shared: Promise<Registry> | undefined;

/** The process-wide registry of default metrics, created on the first call; a failed load is retried next call. */
export function processMetricsRegistry(): Promise<Registry> {
  shared ??= load().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

async function load(): Promise<Registry> {
  const { Registry, collectDefaultMetrics } = await import('prom-client');
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}
