/**
 * A running route: a consumer that brings exchanges, a processor that handles them, bounded in-flight work, metrics
 * and a lifecycle. Consumers are either connector sources (each message becomes an exchange, acknowledged once the
 * exchange is complete) or in-process endpoints (`direct`, `seda`) that hand over exchanges.
 */
import type { Exchange } from '../api/exchange.js';
import type { AsyncCallback, Processor } from '../api/processor.js';
import { runSafely } from './pipeline.js';
import { RouteMetrics } from './route-metrics.js';

/** The states of a route, as Camel names them. */
export type RouteState = 'Stopped' | 'Started' | 'Stopping';

/** What a consumer sees of its route. */
export interface RouteHandle {
  readonly id: string;
  readonly from: string;
  /** Runs an exchange through the route; the same contract as `Processor.process`. */
  handle(exchange: Exchange, done: AsyncCallback): boolean;
  /** False while `maxInflight` exchanges are in progress: the consumer should wait for `resume`. */
  hasRoom(): boolean;
}

/** Brings exchanges into a route. */
export interface RouteConsumer {
  start(route: RouteHandle): void;
  /** The route has room again after `hasRoom` said no. */
  resume(): void;
  /** Stops bringing exchanges; resolves when none will follow. */
  stop(): Promise<void>;
}

/** How a route is built. */
export interface RouteOptions {
  readonly id: string;
  /** The `from` URI, for summaries. */
  readonly from: string;
  readonly consumer: RouteConsumer;
  readonly processor: Processor;
  /** Most exchanges in progress at once (default 1,000). */
  readonly maxInflight?: number;
  /** Clock for processing times (default `Date.now`). */
  readonly now?: () => number;
}

/** One route. */
export class Route implements RouteHandle {
  readonly id: string;
  readonly from: string;
  readonly metrics = new RouteMetrics();
  private currentState: RouteState = 'Stopped';
  private startedAt = 0;
  private readonly maxInflight: number;
  private readonly now: () => number;
  private blocked = false;
  private idleWaiters: (() => void)[] = [];
  private consumerStopped: Promise<void> | undefined;

  constructor(private readonly options: RouteOptions) {
    this.id = options.id;
    this.from = options.from;
    this.maxInflight = options.maxInflight ?? 1000;
    this.now = options.now ?? Date.now;
  }

  get state(): RouteState {
    return this.currentState;
  }

  /** Milliseconds since the route started (0 when stopped). */
  uptimeMs(): number {
    return this.currentState === 'Started' ? this.now() - this.startedAt : 0;
  }

  start(): void {
    if (this.currentState === 'Started') return;
    this.currentState = 'Started';
    this.startedAt = this.now();
    this.options.consumer.start(this);
  }

  hasRoom(): boolean {
    if (this.currentState !== 'Started') return false;
    if (this.metrics.inflight < this.maxInflight) return true;
    this.blocked = true;
    return false;
  }

  handle(exchange: Exchange, done: AsyncCallback): boolean {
    const started = this.now();
    const caller = exchange.routeId;
    exchange.routeId = this.id;
    this.metrics.inflight += 1;
    return runSafely(this.options.processor, exchange, (sync) => {
      this.finish(exchange, started);
      exchange.routeId = caller ?? this.id;
      done(sync);
    });
  }

  private finish(exchange: Exchange, started: number): void {
    this.metrics.inflight -= 1;
    this.metrics.record(this.now() - started, exchange.exception);
    if (this.blocked && this.metrics.inflight < this.maxInflight && this.currentState === 'Started') {
      this.blocked = false;
      this.options.consumer.resume();
    }
    if (this.metrics.inflight === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  /** Resolves when no exchange is in progress. */
  drained(): Promise<void> {
    if (this.metrics.inflight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops the consumer at once (no new exchanges); `stop` then drains. Safe to call more than once. */
  stopConsumer(): Promise<void> {
    if (this.currentState === 'Stopped') return Promise.resolve();
    if (this.consumerStopped === undefined) {
      this.currentState = 'Stopping';
      this.consumerStopped = this.options.consumer.stop();
    }
    return this.consumerStopped;
  }

  /** Stops taking new exchanges and waits for the ones in progress; resolves false if `timeoutMs` passed first. */
  async stop(timeoutMs = 30_000): Promise<boolean> {
    if (this.currentState === 'Stopped') return true;
    await this.stopConsumer();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => {
        resolve(false);
      }, timeoutMs);
    });
    const drained = await Promise.race([this.drained().then(() => true as const), timedOut]);
    clearTimeout(timer);
    this.currentState = 'Stopped';
    this.consumerStopped = undefined;
    return drained;
  }
}
