/**
 * A running route: a source that creates exchanges, a processor that handles them, bounded in-flight work, and a
 * lifecycle. The source is told to wait when `maxInflight` exchanges are in progress (back pressure, no queue), and
 * each message is acknowledged only after its exchange is complete.
 */
import type { Message, Source } from '../api/index.js';
import type { Exchange } from '../api/exchange.js';
import type { Processor } from '../api/processor.js';
import { DefaultExchange } from './exchange.js';
import { runSafely } from './pipeline.js';
import { RouteMetrics } from './route-metrics.js';

/** The states of a route, as Camel names them. */
export type RouteState = 'Stopped' | 'Started' | 'Suspended' | 'Stopping';

/** How a route is built. */
export interface RouteOptions {
  readonly id: string;
  /** The `from` URI, for summaries. */
  readonly from: string;
  readonly source: Source;
  readonly processor: Processor;
  /** Most exchanges in progress at once (default 1,000). */
  readonly maxInflight?: number;
  /** Clock for processing times (default `Date.now`). */
  readonly now?: () => number;
  /** Called after every exchange this route's source created is complete. */
  readonly onComplete?: (exchange: Exchange) => void;
}

/** Fills a new exchange from a source message. */
export function exchangeFromMessage(message: Message, routeId: string, endpoint: string, created: number): Exchange {
  const exchange = new DefaultExchange({ routeId, endpoint, created });
  exchange.body = message.data;
  for (const [k, v] of message.headers) exchange.headers.set(k, v);
  if (message.properties !== undefined) {
    for (const [k, v] of Object.entries(message.properties)) exchange.properties.set(k, v);
  }
  return exchange;
}

/** One route. */
export class Route {
  readonly id: string;
  readonly from: string;
  readonly metrics = new RouteMetrics();
  private currentState: RouteState = 'Stopped';
  private startedAt = 0;
  private readonly maxInflight: number;
  private readonly now: () => number;
  private blocked = false;
  private idleWaiters: (() => void)[] = [];

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

  /** Starts the source. */
  start(): void {
    if (this.currentState === 'Started') return;
    this.currentState = 'Started';
    this.startedAt = this.now();
    this.options.source.start((message, ack) => this.accept(message, ack));
  }

  /** Handles one message from the source; returns false when the route is full (the source waits for `resume`). */
  private accept(message: Message, ack: (error?: Error) => void): boolean {
    const started = this.now();
    const exchange = exchangeFromMessage(message, this.id, this.from, started);
    this.metrics.inflight += 1;
    runSafely(this.options.processor, exchange, () => {
      this.finish(exchange, started, ack);
    });
    if (this.metrics.inflight >= this.maxInflight) {
      this.blocked = true;
      return false;
    }
    return this.currentState === 'Started';
  }

  private finish(exchange: Exchange, started: number, ack: (error?: Error) => void): void {
    this.metrics.inflight -= 1;
    this.metrics.record(this.now() - started, exchange.exception);
    ack(exchange.exception);
    this.options.onComplete?.(exchange);
    if (this.blocked && this.metrics.inflight < this.maxInflight && this.currentState === 'Started') {
      this.blocked = false;
      this.options.source.resume();
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

  /** Stops taking new messages and waits for the ones in progress; resolves false if `timeoutMs` passed first. */
  async stop(timeoutMs = 30_000): Promise<boolean> {
    if (this.currentState === 'Stopped') return true;
    this.currentState = 'Stopping';
    await this.options.source.stop();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => {
        resolve(false);
      }, timeoutMs);
    });
    const drained = await Promise.race([this.drained().then(() => true as const), timedOut]);
    clearTimeout(timer);
    this.currentState = 'Stopped';
    return drained;
  }
}
