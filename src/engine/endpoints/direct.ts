/**
 * `direct:name`: calls the route that consumes `direct:name` with the same exchange, synchronously as far as that
 * route is, and continues when it is done. With no consumer, the exchange fails (Camel's "No consumers available").
 */
import type { Exchange } from '../../api/exchange.js';
import type { AsyncCallback, Processor } from '../../api/processor.js';
import type { RouteConsumer, RouteHandle } from '../route.js';

/** The direct consumers of one runtime, by name. */
export class DirectRegistry {
  private readonly consumers = new Map<string, RouteHandle>();

  /** The consumer of `direct:name`, for a route. Registering a second consumer of a name is a compile error. */
  consumer(name: string): RouteConsumer {
    return {
      start: (route) => {
        this.consumers.set(name, route);
      },
      resume: () => undefined,
      stop: () => {
        this.consumers.delete(name);
        return Promise.resolve();
      },
    };
  }

  /** The producer for `to: direct:name`. */
  producer(name: string, failIfNoConsumers = true): Processor {
    return {
      process: (exchange: Exchange, done: AsyncCallback): boolean => {
        const route = this.consumers.get(name);
        if (route === undefined) {
          if (failIfNoConsumers) exchange.exception = new Error(`No consumers available on endpoint: direct://${name}`);
          done(true);
          return true;
        }
        return route.handle(exchange, done);
      },
    };
  }
}
