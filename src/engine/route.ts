/**
 * A running route: a consumer that brings exchanges, a processor that handles them, bounded in-flight work, metrics
 * and a lifecycle. Consumers are either connector sources (each message becomes an exchange, acknowledged once the
 * exchange is complete) or in-process endpoints (`direct`, `seda`) that hand over exchanges.
 */
import type { Exchange, StepNode } from '../api/exchange.js';
import type { AsyncCallback, Processor } from '../api/processor.js';
import { startHistory } from './message-history.js';
import { runSafely } from './pipeline.js';
import { RouteMetrics } from './route-metrics.js';
import type { RouteService } from './route-service.js';

/** The states of a route, as Camel names them. */
export type RouteState = 'Stopped' | 'Started' | 'Suspending' | 'Suspended' | 'Stopping';

/** What a consumer sees of its route. */
export interface RouteHandle {
  readonly id: string;
  readonly from: string;
  /** Runs an exchange through the route; the same contract as `Processor.process`. */
  handle(exchange: Exchange, done: AsyncCallback): boolean;
  /**
   * False while `maxInflight` exchanges are in progress, or while the route is suspended or stopping: the consumer
   * should wait for `resume`.
   */
  hasRoom(): boolean;
  /** Whether the route takes exchanges at all (started, not suspended or stopping). */
  readonly accepting: boolean;
  /** Whether the route is suspended (or suspending): `direct:` senders then find no consumer, as in Camel. */
  readonly suspended: boolean;
}

/** Brings exchanges into a route. */
export interface RouteConsumer {
  start(route: RouteHandle): void;
  /** The route has room again after `hasRoom` said no. */
  resume(): void;
  /** Stops bringing exchanges; resolves when none will follow. */
  stop(): Promise<void>;
  /**
   * Stops bringing exchanges because another version of the route takes over (dev mode): work shared with the next
   * consumer (a `seda` queue's pending messages) is left for it instead of being finished. Default: `stop`.
   */
  handOver?(): Promise<void>;
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
  /** The route's `from`, as message history names it. */
  readonly fromNode?: StepNode;
  /** Records message history for the exchanges this route's consumer brings (default false). */
  readonly messageHistory?: boolean;
  /** Stateful parts of the route's steps (aggregators), started and stopped with it. */
  readonly services?: readonly RouteService[];
}

/** What handing a route over did. */
export interface HandOverResult {
  /** Whether the in-flight exchanges finished within the timeout. */
  readonly drained: boolean;
  /** How many pending units (aggregation groups) were completed early. */
  readonly forceCompleted: number;
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

  /** Starts the route (a suspended one is resumed). */
  start(): void {
    if (this.currentState === 'Suspended' || this.currentState === 'Suspending') {
      this.resume();
      return;
    }
    if (this.currentState === 'Started') return;
    this.currentState = 'Started';
    this.startedAt = this.now();
    for (const s of this.options.services ?? []) s.start?.();
    this.options.consumer.start(this);
  }

  get accepting(): boolean {
    return this.currentState === 'Started';
  }

  get suspended(): boolean {
    return this.currentState === 'Suspended' || this.currentState === 'Suspending';
  }

  hasRoom(): boolean {
    if (this.currentState === 'Started' && this.metrics.inflight < this.maxInflight) return true;
    this.blocked = true;
    return false;
  }

  /**
   * Suspends the route, as Camel's `suspendRoute`: the consumer is held back (a source waits, as it does under back
   * pressure, and keeps its place; `direct:` senders find no active consumer) while the exchanges in progress
   * complete. Resolves true once they did, false if `timeoutMs` passed first (the route is suspended either way).
   * Only a started route can be suspended; for any other state this resolves true and changes nothing.
   */
  async suspend(timeoutMs = 30_000): Promise<boolean> {
    if (this.currentState !== 'Started') return true;
    this.currentState = 'Suspending';
    const drained = await this.drainedWithin(timeoutMs);
    // Unless resumed or stopped meanwhile.
    if (this.state === 'Suspending') this.currentState = 'Suspended';
    return drained;
  }

  /** Resumes a suspended route: its consumer goes on where it stopped. Does nothing in any other state. */
  resume(): void {
    if (this.currentState !== 'Suspended' && this.currentState !== 'Suspending') return;
    this.currentState = 'Started';
    if (this.metrics.inflight < this.maxInflight) {
      this.blocked = false;
      this.options.consumer.resume();
    }
  }

  handle(exchange: Exchange, done: AsyncCallback): boolean {
    const started = this.now();
    const caller = exchange.routeId;
    exchange.routeId = this.id;
    const { fromNode } = this.options;
    if (this.options.messageHistory === true && fromNode !== undefined && exchange.history === undefined) {
      if (exchange.fromRouteId === this.id) startHistory(exchange, fromNode);
    }
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
    const drained = await this.drainedWithin(timeoutMs);
    await this.stopServices();
    this.currentState = 'Stopped';
    this.consumerStopped = undefined;
    return drained;
  }

  /**
   * Stops the route so that another version of it can take over (dev mode): the consumer is held back as in a
   * suspension, in-flight exchanges drain (resolves false if `timeoutMs` passed first), then the consumer hands over
   * what it shares (a `seda` queue keeps its pending messages for the next consumer). Pending aggregation groups are
   * completed first, so that nothing the old version holds is lost. The route can be started again.
   */
  async handOver(timeoutMs = 30_000): Promise<HandOverResult> {
    if (this.currentState === 'Stopped') return { drained: true, forceCompleted: 0 };
    if (this.currentState === 'Started') this.currentState = 'Suspending';
    let forceCompleted = 0;
    for (const s of this.options.services ?? []) forceCompleted += s.forceCompletion?.() ?? 0;
    const drained = await this.drainedWithin(timeoutMs);
    await this.stopServices();
    const { consumer } = this.options;
    await (consumer.handOver === undefined ? consumer.stop() : consumer.handOver());
    this.currentState = 'Stopped';
    this.consumerStopped = undefined;
    return { drained, forceCompleted };
  }

  private async stopServices(): Promise<void> {
    for (const s of [...(this.options.services ?? [])].reverse()) await s.stop?.();
  }

  /** Resolves true when no exchange is in progress, false if `timeoutMs` passes first. */
  private async drainedWithin(timeoutMs: number): Promise<boolean> {
    if (this.metrics.inflight === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => {
        resolve(false);
      }, timeoutMs);
    });
    const drained = await Promise.race([this.drained().then(() => true as const), timedOut]);
    clearTimeout(timer);
    return drained;
  }
}
