/**
 * `seda:name`: hands a copy of the exchange to the route(s) consuming `seda:name` through a bounded in-memory queue
 * (`size`, default 1000) and goes on at once; see `seda-queue.ts` for how consumers take copies and stop.
 *
 * As Camel's `SedaProducer`: with no consumer attached, `failIfNoConsumers` fails the exchange ("No consumers available
 * on endpoint: seda://name") and `discardIfNoConsumers` drops the copy; otherwise the copy waits in the queue. A full
 * queue fails the sender (`IllegalStateException: Queue full`) unless `discardWhenFull` (drop the copy) or
 * `blockWhenFull` (wait for room; at most `offerTimeout` ms when that is positive, then "Fails to insert element into
 * queue, after timeout of N milliseconds"). With `waitForTaskToComplete` `Always`, or `IfReplyExpected` (the default)
 * for an InOut exchange, the sender waits for the consumer and takes its result (body, headers, exception) back; it
 * waits at most `timeout` ms (default 30000; 0 or less waits for ever) after the copy was queued, then fails with
 * `ExchangeTimedOutException` ("The OUT message was not received within: N millis"), the copy is taken out of the
 * queue if still there and a late result is ignored.
 */
import type { Clock, Logger } from '../../api/connector-runtime.js';
import type { Exchange } from '../../api/exchange.js';
import type { AsyncCallback, Processor } from '../../api/processor.js';
import { systemClock } from '../clock.js';
import { copyExchange } from '../copy.js';
import type { RouteConsumer } from '../route.js';
import {
  camelEndpointUri,
  ExchangeTimedOutException,
  SedaConsumerNotAvailableException,
  SedaQueueFullError,
} from './errors.js';
import { SedaQueue, type Queued, type SedaConsumerSettings } from './seda-queue.js';

/** Settings of one queue as an endpoint sees it (the consuming route's `size` wins over the producers'). */
export interface SedaSettings extends SedaConsumerSettings {
  readonly size: number;
}

/** How a seda producer behaves when the queue is full or unconsumed, and whether it waits for the consumer. */
export interface SedaProducerSettings {
  readonly blockWhenFull?: boolean;
  readonly discardWhenFull?: boolean;
  readonly waitForTaskToComplete?: 'Never' | 'IfReplyExpected' | 'Always';
  /** Longest wait for the consumer's result, in milliseconds (default 30000; 0 or less: no limit). */
  readonly timeout?: number;
  /** Longest wait for room with `blockWhenFull`, in milliseconds (0 or less, the default: no limit). */
  readonly offerTimeout?: number;
  readonly failIfNoConsumers?: boolean;
  readonly discardIfNoConsumers?: boolean;
  /** The endpoint URI for messages (default `seda://name`). */
  readonly uri?: string;
}

/** What the seda endpoints of one runtime share. */
export interface SedaRegistryOptions {
  readonly clock?: Clock;
  /** Called after every exchange a seda consumer processed is complete. */
  readonly onComplete?: (exchange: Exchange) => void;
  readonly logger?: (name: string) => Logger;
  /** Longest wait for a queue to drain when its consumer stops (default 30000 ms). */
  readonly drainTimeoutMs?: number;
}

const num = (v: unknown, dflt: number): number => (typeof v === 'number' ? v : dflt);

/** Queue settings from a seda endpoint's typed options. */
export function sedaSettings(options: Readonly<Record<string, unknown>>): SedaSettings {
  return {
    size: num(options['size'], 1000),
    concurrentConsumers: num(options['concurrentConsumers'], 1),
    multipleConsumers: options['multipleConsumers'] === true,
    purgeWhenStopping: options['purgeWhenStopping'] === true,
  };
}

/** Producer settings from a seda endpoint's typed options; `uri` names the endpoint in messages. */
export function sedaProducerSettings(options: Readonly<Record<string, unknown>>, uri: string): SedaProducerSettings {
  const wait = options['waitForTaskToComplete'];
  return {
    blockWhenFull: options['blockWhenFull'] === true,
    discardWhenFull: options['discardWhenFull'] === true,
    waitForTaskToComplete: wait === 'Never' || wait === 'Always' ? wait : 'IfReplyExpected',
    timeout: num(options['timeout'], 30000),
    offerTimeout: num(options['offerTimeout'], 0),
    failIfNoConsumers: options['failIfNoConsumers'] === true,
    discardIfNoConsumers: options['discardIfNoConsumers'] === true,
    uri,
  };
}

function copyBack(from: Exchange, to: Exchange): void {
  to.body = from.body;
  to.headers.clear();
  for (const [k, v] of from.headers) to.headers.set(k, v);
  to.exception = from.exception;
  // The consumer route's error handler dealt with the failure: the sender's leaves it (Camel copies the result).
  to.failureHandled = from.failureHandled;
}

/** The seda queues of one runtime, by name. */
export class SedaRegistry {
  private readonly queues = new Map<string, SedaQueue>();
  private readonly clock: Clock;

  constructor(private readonly options: SedaRegistryOptions = {}) {
    this.clock = options.clock ?? systemClock;
  }

  private queue(name: string, size: number): SedaQueue {
    let q = this.queues.get(name);
    if (q === undefined) {
      q = new SedaQueue(camelEndpointUri('seda', name), size, {
        clock: this.clock,
        drainTimeoutMs: this.options.drainTimeoutMs ?? 30000,
        ...(this.options.onComplete === undefined ? {} : { onComplete: this.options.onComplete }),
        ...(this.options.logger === undefined ? {} : { logger: this.options.logger }),
      });
      this.queues.set(name, q);
    }
    return q;
  }

  /** The number of copies waiting in the queue `name`. */
  pending(name: string): number {
    return this.queues.get(name)?.pending ?? 0;
  }

  /** The consumer of `seda:name`, for a route. */
  consumer(name: string, settings: SedaSettings): RouteConsumer {
    const q = this.queue(name, settings.size);
    q.size = settings.size;
    let current: ReturnType<SedaQueue['attach']> | undefined;
    return {
      start: (route) => {
        current ??= q.attach(route, settings);
      },
      resume: () => {
        q.resume();
      },
      stop: () => {
        const c = current;
        current = undefined;
        return c === undefined ? Promise.resolve() : q.detach(c);
      },
      // Another version of the route takes over: the queued copies wait for it.
      handOver: () => {
        const c = current;
        current = undefined;
        if (c !== undefined) q.handOver(c);
        return Promise.resolve();
      },
    };
  }

  /**
   * The producer for `to: seda:name`.
   * @throws Error when both `blockWhenFull` and `discardWhenFull` are set (Camel refuses the endpoint the same way).
   */
  producer(name: string, settings: SedaSettings & SedaProducerSettings): Processor {
    if (settings.blockWhenFull === true && settings.discardWhenFull === true) {
      throw new Error(
        'Cannot enable both discardWhenFull=true and blockWhenFull=true. You can only either discard or block when full.',
      );
    }
    const q = this.queue(name, settings.size);
    const uri = settings.uri ?? camelEndpointUri('seda', name);
    const timeout = settings.timeout ?? 30000;
    const offerTimeout = settings.offerTimeout ?? 0;
    const debug = this.options.logger?.('org.apache.camel.component.seda.SedaProducer');
    return {
      process: (exchange: Exchange, done: AsyncCallback): boolean => {
        if (!q.hasConsumers()) {
          if (settings.failIfNoConsumers === true) {
            exchange.exception = new SedaConsumerNotAvailableException(uri);
            done(true);
            return true;
          }
          if (settings.discardIfNoConsumers === true) {
            debug?.log('DEBUG', `Discard message as no active consumers on endpoint: ${uri}`);
            done(true);
            return true;
          }
        }
        const copy = copyExchange(exchange, this.clock.now());
        const wait =
          settings.waitForTaskToComplete === 'Always' ||
          (settings.waitForTaskToComplete !== 'Never' && exchange.pattern === 'InOut');
        let finished = false;
        let timer: { cancel(): void } | undefined;
        const item: Queued = wait
          ? {
              exchange: copy,
              whenDone: () => {
                if (finished) return;
                finished = true;
                timer?.cancel();
                copyBack(copy, exchange);
                done(false);
              },
            }
          : { exchange: copy };
        /** The copy is in the queue (or dropped): a waiting sender starts its timeout now. */
        const queued = (sync: boolean): boolean => {
          if (!wait) {
            done(sync);
            return sync;
          }
          if (!finished && timeout > 0) {
            timer = this.clock.setTimeout(() => {
              if (finished) return;
              finished = true;
              q.remove(item);
              exchange.exception = new ExchangeTimedOutException(timeout);
              done(false);
            }, timeout);
          }
          return false;
        };
        if (q.offer(item)) return queued(true);
        // A dropped copy: the sender goes on (or, waiting, times out as in Camel).
        if (settings.discardWhenFull === true) return queued(true);
        if (settings.blockWhenFull !== true) {
          exchange.exception = new SedaQueueFullError();
          done(true);
          return true;
        }
        this.block(q, item, offerTimeout, queued, (error) => {
          exchange.exception = error;
          done(false);
        });
        return false;
      },
    };
  }

  /** Waits for room in a full queue, at most `offerTimeout` ms when positive. */
  private block(
    q: SedaQueue,
    item: Queued,
    offerTimeout: number,
    queued: (sync: boolean) => boolean,
    failed: (error: Error) => void,
  ): void {
    let giveUp: { cancel(): void } | undefined;
    let cancelWait: () => void;
    const retry = (): void => {
      if (q.offer(item)) {
        giveUp?.cancel();
        queued(false);
      } else {
        cancelWait = q.whenRoom(retry);
      }
    };
    cancelWait = q.whenRoom(retry);
    if (offerTimeout > 0) {
      giveUp = this.clock.setTimeout(() => {
        cancelWait();
        failed(new SedaQueueFullError(offerTimeout));
      }, offerTimeout);
    }
  }
}
