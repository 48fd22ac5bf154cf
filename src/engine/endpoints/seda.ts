/**
 * `seda:name`: hands a copy of the exchange to the route that consumes `seda:name` through a bounded in-memory queue
 * (`size`, default 1000) and goes on at once. `concurrentConsumers` (default 1) copies are processed at a time. A full
 * queue fails the sender, unless `blockWhenFull`, which makes it wait for room.
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

class SedaQueue {
  private readonly items: Exchange[] = [];
  private readonly waiting: (() => void)[] = [];
  private route: RouteHandle | undefined;
  private busy = 0;

  constructor(
    private readonly settings: SedaSettings,
    private readonly onComplete?: () => void,
  ) {}

  attach(route: RouteHandle | undefined): void {
    this.route = route;
    this.drain();
  }

  /** Queues a copy; false when the queue is full. */
  offer(exchange: Exchange): boolean {
    if (this.items.length >= this.settings.size) return false;
    this.items.push(exchange);
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
      route.handle(next, () => {
        this.busy -= 1;
        this.onComplete?.();
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
  constructor(private readonly onComplete?: () => void) {}

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

  producer(name: string, settings: SedaSettings & { readonly blockWhenFull: boolean }): Processor {
    const q = this.queue(name, settings);
    return {
      process: (exchange: Exchange, done: AsyncCallback): boolean => {
        const copy = copyExchange(exchange);
        if (q.offer(copy)) {
          done(true);
          return true;
        }
        if (!settings.blockWhenFull) {
          exchange.exception = new Error(`Queue full: seda://${name}`);
          done(true);
          return true;
        }
        const retry = (): void => {
          if (q.offer(copy)) done(false);
          else q.whenRoom(retry);
        };
        q.whenRoom(retry);
        return false;
      },
    };
  }
}
