/**
 * One seda queue and the routes consuming it. Queued copies go to the consumer as fast as it takes them, at most
 * `concurrentConsumers` at a time; with `multipleConsumers` (publish-subscribe) every consumer gets its own copy of
 * every message, and the queued copy is done when all of them are (its result is that of the consumer that finished
 * last, as Camel's multicast keeps the latest reply).
 *
 * Stopping a consumer follows Camel's `SedaConsumer`, which defers its shutdown (`deferShutdown` true) until its
 * pending exchanges (the queue's size) are done: the consumer goes on taking queued copies, and its stop resolves once
 * the queue is empty and nothing is in progress. With `purgeWhenStopping` the queue is emptied first (logged at DEBUG,
 * as Camel does: `Purging queue with N exchanges`). If the queue has not drained within the drain timeout, the stop
 * resolves anyway and a WARN line says how many copies stay queued (they wait for a consumer to start again). Copies
 * sent while no consumer runs wait in the queue, as in Camel.
 */
import type { Clock, Logger } from '../../api/connector-runtime.js';
import type { Exchange } from '../../api/exchange.js';
import { copyExchange } from '../copy.js';
import type { RouteHandle } from '../route.js';

/** A queued copy, and whom to tell when the consumers are done with it (a waiting sender). */
export interface Queued {
  readonly exchange: Exchange;
  readonly whenDone?: () => void;
}

/** How one route consumes a queue. */
export interface SedaConsumerSettings {
  readonly concurrentConsumers: number;
  readonly multipleConsumers?: boolean;
  readonly purgeWhenStopping?: boolean;
}

/** What a queue needs from its registry. */
export interface SedaQueueServices {
  readonly clock: Clock;
  /** Called after every exchange a consumer route processed is complete. */
  readonly onComplete?: (exchange: Exchange) => void;
  readonly logger?: (name: string) => Logger;
  /** Longest wait for the queue to drain when a consumer stops, in milliseconds. */
  readonly drainTimeoutMs: number;
}

interface Consumer {
  readonly route: RouteHandle;
  readonly settings: SedaConsumerSettings;
  stopping: boolean;
  drained?: (() => void) | undefined;
}

/** A bounded queue of exchange copies and its consumers. */
export class SedaQueue {
  private readonly items: Queued[] = [];
  private consumers: Consumer[] = [];
  private readonly roomWaiters: (() => void)[] = [];
  private busy = 0;

  constructor(
    readonly uri: string,
    /** Capacity (the consuming route's `size` wins over the producers'). */
    public size: number,
    private readonly services: SedaQueueServices,
  ) {}

  /** Copies queued and not yet taken. */
  get pending(): number {
    return this.items.length;
  }

  /** Whether any consumer (running, or stopping and still draining) is attached. */
  hasConsumers(): boolean {
    return this.consumers.length > 0;
  }

  /** Queues a copy; false when the queue is full. */
  offer(item: Queued): boolean {
    if (this.items.length >= this.size) return false;
    this.items.push(item);
    this.drain();
    return true;
  }

  /** Takes a copy out of the queue if it is still there (a sender gave up waiting). */
  remove(item: Queued): boolean {
    const i = this.items.indexOf(item);
    if (i < 0) return false;
    this.items.splice(i, 1);
    this.roomWaiters.shift()?.();
    return true;
  }

  /** Calls `fn` once when the queue may have room; returns a function that cancels the call. */
  whenRoom(fn: () => void): () => void {
    this.roomWaiters.push(fn);
    return () => {
      const i = this.roomWaiters.indexOf(fn);
      if (i >= 0) this.roomWaiters.splice(i, 1);
    };
  }

  /** Attaches a consuming route. */
  attach(route: RouteHandle, settings: SedaConsumerSettings): Consumer {
    const consumer: Consumer = { route, settings, stopping: false };
    this.consumers.push(consumer);
    this.drain();
    return consumer;
  }

  /** Stops a consumer: purges if asked, lets it finish the queue, then detaches it. */
  detach(consumer: Consumer): Promise<void> {
    consumer.stopping = true;
    if (consumer.settings.purgeWhenStopping === true) {
      this.services
        .logger?.('org.apache.camel.component.seda.SedaEndpoint')
        .log('DEBUG', `Purging queue with ${String(this.items.length)} exchanges`);
      this.items.length = 0;
      // Senders blocked on the full queue may go on (their copies are then completed like any queued one).
      for (const wake of this.roomWaiters.splice(0)) wake();
    }
    return new Promise((resolve) => {
      const timer = this.services.clock.setTimeout(() => {
        this.services
          .logger?.('org.apache.camel.component.seda.SedaConsumer')
          .log(
            'WARN',
            `${String(this.items.length)} exchanges remain in ${this.uri} after waiting ${String(this.services.drainTimeoutMs)} millis for its consumer to complete them during shutdown`,
          );
        finish();
      }, this.services.drainTimeoutMs);
      const finish = (): void => {
        consumer.drained = undefined;
        timer.cancel();
        this.consumers = this.consumers.filter((c) => c !== consumer);
        resolve();
      };
      consumer.drained = finish;
      this.drain();
    });
  }

  /** Detaches a consumer at once, leaving the queue as it is (its pending copies go to the other or next consumer). */
  handOver(consumer: Consumer): void {
    this.consumers = this.consumers.filter((c) => c !== consumer);
    this.drain();
  }

  /** The route has room again. */
  resume(): void {
    this.drain();
  }

  /** The consumers that take copies now: the running ones, else the stopping ones finishing the queue. */
  private targets(): readonly Consumer[] {
    if (this.consumers.length <= 1) return this.consumers;
    const running = this.consumers.filter((c) => !c.stopping);
    return running.length > 0 ? running : this.consumers;
  }

  private drain(): void {
    while (this.items.length > 0) {
      const targets = this.targets();
      const first = targets[0];
      if (first === undefined) return;
      let limit = 0;
      let multiple = false;
      let room = true;
      for (const c of targets) {
        limit = Math.max(limit, c.settings.concurrentConsumers);
        multiple ||= c.settings.multipleConsumers === true;
        // A stopping route says it has no room; it is given its remaining copies all the same.
        room &&= c.stopping || c.route.hasRoom();
      }
      if (this.busy >= limit || !room) return;
      const item = this.items.shift();
      if (item === undefined) return;
      this.busy += 1;
      if (multiple) this.multicast(item, targets);
      else
        first.route.handle(item.exchange, () => {
          this.complete(item, item.exchange);
        });
      // A blocked sender may now put its copy in, behind the one just handed over.
      this.roomWaiters.shift()?.();
    }
    this.checkDrained();
  }

  private multicast(item: Queued, targets: readonly Consumer[]): void {
    let left = targets.length;
    for (const target of targets) {
      const copy = copyExchange(item.exchange, this.services.clock.now());
      target.route.handle(copy, () => {
        this.services.onComplete?.(copy);
        left -= 1;
        if (left > 0) return;
        item.exchange.body = copy.body;
        item.exchange.headers.clear();
        for (const [k, v] of copy.headers) item.exchange.headers.set(k, v);
        item.exchange.exception = copy.exception;
        item.exchange.failureHandled = copy.failureHandled;
        this.release(item);
      });
    }
  }

  private complete(item: Queued, exchange: Exchange): void {
    this.services.onComplete?.(exchange);
    this.release(item);
  }

  private release(item: Queued): void {
    this.busy -= 1;
    item.whenDone?.();
    // Continue on a fresh stack: a synchronous route must not recurse once per queued exchange.
    queueMicrotask(() => {
      this.drain();
    });
  }

  private checkDrained(): void {
    if (this.items.length > 0 || this.busy > 0) return;
    for (const c of this.consumers) if (c.stopping) c.drained?.();
  }
}
