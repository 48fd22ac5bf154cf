/**
 * `direct:name`: calls the route that consumes `direct:name` with the same exchange, synchronously as far as that
 * route is, and continues when it is done.
 *
 * With no active consumer, a producer with `block` (default true) waits up to `timeout` ms (default 30000; 0 or less
 * does not wait) for one to start, as Camel's `DirectComponent.getConsumer` does, and then sends; if none started, or
 * at once with `block=false`, the exchange fails with Camel's `DirectConsumerNotAvailableException` ("No consumers
 * available on endpoint: direct://name") — or goes on unchanged with `failIfNoConsumers=false`.
 *
 * A suspended route's consumer counts as absent (Camel's direct consumer unregisters while suspended): senders wait
 * for it to resume as they wait for a consumer to start.
 *
 * A stopping consumer stays registered: Camel defers the shutdown of direct consumers so that exchanges still in
 * flight elsewhere can pass through them; it is replaced when its route starts again.
 */
import type { Clock } from '../../api/connector-runtime.js';
import type { Exchange } from '../../api/exchange.js';
import type { AsyncCallback, Processor } from '../../api/processor.js';
import { systemClock } from '../clock.js';
import type { RouteConsumer, RouteHandle } from '../route.js';
import { camelEndpointUri, DirectConsumerNotAvailableException } from './errors.js';

/** How a direct producer behaves when no consumer is active. */
export interface DirectProducerSettings {
  /** Wait for a consumer to start (default true). */
  readonly block?: boolean;
  /** How long to wait, in milliseconds (default 30000; 0 or less: do not wait). */
  readonly timeout?: number;
  /** Fail the exchange when no consumer came (default true); false lets it go on unchanged. */
  readonly failIfNoConsumers?: boolean;
  /** The endpoint URI for the error message (default `direct://name`). */
  readonly uri?: string;
}

/** A sender blocked until a consumer starts. */
interface Waiter {
  readonly resume: (route: RouteHandle) => void;
}

/** The direct consumers of one runtime, by name. */
export class DirectRegistry {
  private readonly consumers = new Map<string, RouteHandle>();
  private readonly waiting = new Map<string, Set<Waiter>>();

  constructor(private readonly clock: Clock = systemClock) {}

  /** The consumer of `direct:name`, for a route. Registering a second consumer of a name is a compile error. */
  consumer(name: string): RouteConsumer {
    let current: RouteHandle | undefined;
    const wake = (route: RouteHandle): void => {
      const waiters = this.waiting.get(name);
      this.waiting.delete(name);
      for (const w of waiters ?? []) w.resume(route);
    };
    return {
      start: (route) => {
        current = route;
        this.consumers.set(name, route);
        wake(route);
      },
      // The route resumed after a suspension (or has room again): senders that waited for it go on.
      resume: () => {
        if (current !== undefined && !current.suspended) wake(current);
      },
      // Deferred, as in Camel: the registration stays so that in-flight exchanges can still call the route.
      stop: () => Promise.resolve(),
    };
  }

  /** The producer for `to: direct:name`. */
  producer(name: string, settings: DirectProducerSettings = {}): Processor {
    const block = settings.block !== false;
    const timeout = settings.timeout ?? 30000;
    const fail = (exchange: Exchange): void => {
      if (settings.failIfNoConsumers !== false) {
        exchange.exception = new DirectConsumerNotAvailableException(settings.uri ?? camelEndpointUri('direct', name));
      }
    };
    return {
      process: (exchange: Exchange, done: AsyncCallback): boolean => {
        const route = this.consumers.get(name);
        if (route !== undefined && !route.suspended) return route.handle(exchange, done);
        if (!block || timeout <= 0) {
          fail(exchange);
          done(true);
          return true;
        }
        this.block(name, timeout, exchange, done, fail);
        return false;
      },
    };
  }

  private block(
    name: string,
    timeout: number,
    exchange: Exchange,
    done: AsyncCallback,
    fail: (exchange: Exchange) => void,
  ): void {
    let waiters = this.waiting.get(name);
    if (waiters === undefined) {
      waiters = new Set();
      this.waiting.set(name, waiters);
    }
    const set = waiters;
    const timer = this.clock.setTimeout(() => {
      set.delete(waiter);
      fail(exchange);
      done(false);
    }, timeout);
    const waiter: Waiter = {
      resume: (route) => {
        timer.cancel();
        route.handle(exchange, () => {
          done(false);
        });
      },
    };
    set.add(waiter);
  }
}
