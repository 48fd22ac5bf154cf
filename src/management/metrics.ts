/**
 * `/q/metrics`: Prometheus text from a registry dedicated to one management server, with values read from the
 * runtime at scrape time (collect callbacks), plus prom-client's default process metrics. Every metric is listed,
 * with type and labels, in `src/management/README.md`.
 *
 * Counters (`*_total`) come from {@link RuntimeSampler}'s monotonic totals, not straight from the view: a route
 * replaced in dev mode restarts its counts from 0, and a Prometheus counter must never decrease. The exported value
 * is the sum over every version of the route id; series of removed routes disappear and, if the id comes back,
 * continue from where they were.
 */
import type * as PromClientModule from 'prom-client';
import type { Registry } from 'prom-client';

import type { RuntimeView } from '../run/runtime-view.js';
import { processMetricsRegistry } from './process-metrics.js';
import type { RouteSnapshot, RuntimeSampler, RuntimeSnapshot } from './runtime-sampler.js';

/** One scrape: the body and its Content-Type (prom-client's `registry.contentType`). */
export interface Scrape {
  readonly contentType: string;
  readonly body: string;
}

type PromClient = typeof PromClientModule;

/** How a per-route metric reads its value from a sampled route. */
type RouteValue = (route: RouteSnapshot) => number;

/**
 * The metrics of one management server.
 *
 * Contract: {@link scrape} samples the runtime once and renders every metric from that sample; the registry (and
 * prom-client) is created on the first scrape. Nothing is registered in prom-client's global registry, and nothing
 * keeps running between scrapes.
 */
export class ManagementMetrics {
  private registry: Promise<Registry> | undefined;
  private current: RuntimeSnapshot | undefined;

  constructor(
    private readonly view: RuntimeView,
    private readonly sampler: RuntimeSampler,
  ) {}

  /** Samples the runtime and renders the Prometheus text. */
  async scrape(): Promise<Scrape> {
    this.registry ??= this.build().catch((error: unknown) => {
      this.registry = undefined;
      throw error;
    });
    const registry = await this.registry;
    this.current = this.sampler.sample();
    return { contentType: registry.contentType, body: await registry.metrics() };
  }

  private snapshot(): RuntimeSnapshot {
    this.current ??= this.sampler.sample();
    return this.current;
  }

  private async build(): Promise<Registry> {
    const client = await import('prom-client');
    const own = new client.Registry();
    this.runtimeMetrics(client, own);
    this.routeMetrics(client, own);
    return client.Registry.merge([await processMetricsRegistry(), own]);
  }

  private runtimeMetrics(client: PromClient, registry: Registry): void {
    const { view } = this;
    const snapshot = (): RuntimeSnapshot => this.snapshot();
    new client.Gauge({
      name: 'dromedary_info',
      help: 'Always 1; the run name (--name, or the first file name) is the label.',
      labelNames: ['name'],
      registers: [registry],
      collect() {
        this.reset();
        this.set({ name: view.name }, 1);
      },
    });
    new client.Gauge({
      name: 'dromedary_start_time_seconds',
      help: 'When the run started, in seconds since the Unix epoch.',
      registers: [registry],
      collect() {
        this.set(view.startedAt / 1000);
      },
    });
    new client.Gauge({
      name: 'dromedary_ready',
      help: '1 when every route that should run is started (readiness), else 0.',
      registers: [registry],
      collect() {
        this.set(view.ready() ? 1 : 0);
      },
    });
    new client.Counter({
      name: 'dromedary_reloads_total',
      help: 'Reloads applied by dev mode since the run started.',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(snapshot().reloads);
      },
    });
  }

  private routeMetrics(client: PromClient, registry: Registry): void {
    const routes = (): readonly RouteSnapshot[] => this.snapshot().routes;
    const counter = (name: string, help: string, value: RouteValue): void => {
      new client.Counter({
        name,
        help,
        labelNames: ['route'],
        registers: [registry],
        collect() {
          this.reset();
          for (const r of routes()) this.inc({ route: r.route.id }, value(r));
        },
      });
    };
    const gauge = (name: string, help: string, value: RouteValue): void => {
      new client.Gauge({
        name,
        help,
        labelNames: ['route'],
        registers: [registry],
        collect() {
          this.reset();
          for (const r of routes()) this.set({ route: r.route.id }, value(r));
        },
      });
    };
    counter(
      'dromedary_route_exchanges_total',
      'Exchanges the route completed, over every version of the route.',
      (r) => r.counters.exchanges,
    );
    counter(
      'dromedary_route_exchanges_failed_total',
      'Exchanges that failed in the route, over every version of the route.',
      (r) => r.counters.failed,
    );
    gauge('dromedary_route_exchanges_inflight', 'Exchanges in progress in the route.', (r) => r.route.inflight);
    gauge(
      'dromedary_route_uptime_seconds',
      'Seconds since this version of the route started; 0 when not started.',
      (r) => r.route.uptimeMs / 1000,
    );
    gauge('dromedary_route_started', '1 when the route is in state Started, else 0.', (r) =>
      r.route.state === 'Started' ? 1 : 0,
    );
    counter('dromedary_route_reloads_total', 'Times dev mode replaced the route.', (r) => r.counters.reloads);
  }
}
