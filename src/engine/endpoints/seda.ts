/**
 * `seda:name`: hands a copy of the exchange to the route that consumes `seda:name` through a bounded in-memory queue
 * (`size`, default 1000) and goes on at once. `concurrentConsumers` (default 1) copies are processed at a time. A full
 * queue fails the sender, unless `blockWhenFull` (wait for room) or `discardWhenFull` (drop the copy). With
 * `waitForTaskToComplete` `Always`, or `IfReplyExpected` (the default) for an InOut exchange, the sender waits for the
 * consumer and takes its result (body, headers, exception) back.
 */
import type { Exchange } from '../../api/exchange.js';
import type { AsyncCallback, Processor } from '../../api/processor.js';
import { copyExchange } from '../copy.js';
import type { RouteConsumer, RouteHandle } from '../route.js';

/** Settings of one queue (the first endpoint that names it sets them). */
export interface SedaSettings {
  readonly size: number;
  readonly concurrentConsumers: number;
}

/** A queued copy, and whom to tell when the consumer is done with it (a waiting sender). */
interface Queued {
  readonly exchange: Exchange;
  readonly whenDone?: () => void;
}

class SedaQueue {
  private readonly items: Queued[] = [];
  /** The consuming route's settings win over those of the producers. */
  settings: SedaSettings;
  private readonly waiting: (() => void)[] = [];
  private route: RouteHandle | undefined;
  private busy = 0;

  constructor(
    settings: SedaSettings,
    private readonly onComplete?: (exchange: Exchange) => void,
  ) {
    this.settings = settings;
  }

  attach(route: RouteHandle | undefined): void {
    this.route = route;
    this.drain();
  }

  /** Queues a copy; false when the queue is full. */
  offer(item: Queued): boolean {
    if (this.items.length >= this.settings.size) return false;
    this.items.push(item);
    this.drain();
    return true;
  }

  /** Calls `fn` once the queue has room. */
  whenRoom(fn: () => void): void {
    this.waiting.push(fn);
  }

  private drain(): void {
    const route = this.route;
    if (route === undefined) return;
    while (this.busy < this.settings.concurrentConsumers && this.items.length > 0 && route.hasRoom()) {
      const next = this.items.shift();
      if (next === undefined) break;
      this.busy += 1;
      this.waiting.shift()?.();
      route.handle(next.exchange, () => {
        this.busy -= 1;
        this.onComplete?.(next.exchange);
        next.whenDone?.();
        // Continue on a fresh stack: a synchronous route must not recurse once per queued exchange.
        queueMicrotask(() => {
          this.drain();
        });
      });
    }
  }

  resume(): void {
    this.drain();
  }
}

/** The seda queues of one runtime, by name. */
export class SedaRegistry {
  private readonly queues = new Map<string, SedaQueue>();

  /** @param onComplete called after every exchange a seda consumer processed is complete */
  constructor(private readonly onComplete?: (exchange: Exchange) => void) {}

  private queue(name: string, settings: SedaSettings): SedaQueue {
    let q = this.queues.get(name);
    if (q === undefined) {
      q = new SedaQueue(settings, this.onComplete);
      this.queues.set(name, q);
    }
    return q;
  }

  consumer(name: string, settings: SedaSettings): RouteConsumer {
    const q = this.queue(name, settings);
    q.settings = settings;
    return {
      start: (route) => {
        q.attach(route);
      },
      resume: () => {
        q.resume();
      },
      stop: () => {
        q.attach(undefined);
        return Promise.resolve();
      },
    };
  }

  producer(name: string, settings: SedaSettings & SedaProducerSettings): Processor {
    const q = this.queue(name, settings);
    return {
      process: (exchange: Exchange, done: AsyncCallback): boolean => {
        const copy = copyExchange(exchange);
        const wait =
          settings.waitForTaskToComplete === 'Always' ||
          (settings.waitForTaskToComplete !== 'Never' && exchange.pattern === 'InOut');
        let queuedSync = true;
        const item: Queued = wait
          ? {
              exchange: copy,
              whenDone: () => {
                exchange.body = copy.body;
                exchange.headers.clear();
                for (const [k, v] of copy.headers) exchange.headers.set(k, v);
                exchange.exception = copy.exception;
                done(false);
              },
            }
          : { exchange: copy };
        const finish = (): boolean => {
          if (wait) return false;
          if (queuedSync) done(true);
          else done(false);
          return queuedSync;
        };
        if (q.offer(item)) return finish();
        if (settings.discardWhenFull === true) {
          done(true);
          return true;
        }
        if (settings.blockWhenFull !== true) {
          exchange.exception = new Error(`Queue full: seda://${name}`);
          done(true);
          return true;
        }
        queuedSync = false;
        const retry = (): void => {
          if (q.offer(item)) finish();
          else q.whenRoom(retry);
        };
        q.whenRoom(retry);
        return false;
      },
    };
  }
}

/** How a seda producer behaves when the queue is full, and whether it waits for the consumer. */
export interface SedaProducerSettings {
  readonly blockWhenFull?: boolean;
  readonly discardWhenFull?: boolean;
  readonly waitForTaskToComplete?: 'Never' | 'IfReplyExpected' | 'Always';
}
