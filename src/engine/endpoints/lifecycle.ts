/**
 * Lifecycle of the endpoints a route uses. Producers are plain processors; the few that hold a timer (the throughput
 * logger of `log:…?groupInterval=…`) are also services, started when their route starts and stopped when it stops, as
 * Camel starts and stops a route's producers with it. A route's services are gathered in a `ServiceGroup`; its
 * consumer is wrapped so that starting and stopping the route drives the group.
 */
import type { ExchangePattern } from '../../api/exchange.js';
import type { Processor } from '../../api/processor.js';
import type { RouteConsumer, RouteHandle } from '../route.js';

/** Something with a lifecycle: `start` and `stop` are each called once per route start and stop, in that order. */
export interface EndpointService {
  start(): void;
  stop(): void;
}

/** Whether a producer is also a service. */
export function isService(value: object): value is EndpointService {
  const v = value as Partial<EndpointService>;
  return typeof v.start === 'function' && typeof v.stop === 'function';
}

/**
 * The services of one route. A service added while the group runs (a `toD` producer made at run time) starts at once.
 */
export class ServiceGroup {
  private readonly services: EndpointService[] = [];
  private running = false;

  /** Adds a service; starts it if the group is running. */
  add(service: EndpointService): void {
    this.services.push(service);
    if (this.running) service.start();
  }

  /** Whether the group has been started and not stopped since. */
  get started(): boolean {
    return this.running;
  }

  /** Starts every service (no-op when already running). */
  start(): void {
    if (this.running) return;
    this.running = true;
    for (const s of this.services) s.start();
  }

  /** Stops every service, last added first (no-op when not running). */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    for (const s of [...this.services].reverse()) s.stop();
  }
}

/** What a consumer wrapper adds to a route consumer. */
export interface ConsumerExtras {
  /** Started before the consumer starts, stopped once it has stopped. */
  readonly services?: ServiceGroup;
  /** Sets the pattern of every exchange the consumer brings (the endpoint's `exchangePattern`). */
  readonly pattern?: ExchangePattern;
}

/** A route consumer that also drives the route's services and sets the exchange pattern; `consumer` itself if neither. */
export function withExtras(consumer: RouteConsumer, extras: ConsumerExtras): RouteConsumer {
  const { services, pattern } = extras;
  if (services === undefined && pattern === undefined) return consumer;
  const handleFor = (route: RouteHandle): RouteHandle =>
    pattern === undefined
      ? route
      : {
          id: route.id,
          from: route.from,
          hasRoom: () => route.hasRoom(),
          get accepting() {
            return route.accepting;
          },
          get suspended() {
            return route.suspended;
          },
          handle: (exchange, done) => {
            exchange.pattern = pattern;
            return route.handle(exchange, done);
          },
        };
  return {
    start: (route) => {
      services?.start();
      consumer.start(handleFor(route));
    },
    resume: () => {
      consumer.resume();
    },
    stop: async () => {
      await consumer.stop();
      services?.stop();
    },
    handOver: async () => {
      await (consumer.handOver === undefined ? consumer.stop() : consumer.handOver());
      services?.stop();
    },
  };
}

/**
 * A producer that sends with `pattern` and restores the exchange's own pattern when done, as Camel's send processor
 * does for an endpoint URI with `exchangePattern`.
 */
export function withPattern(producer: Processor, pattern: ExchangePattern): Processor {
  return {
    process(exchange, done) {
      const previous = exchange.pattern;
      exchange.pattern = pattern;
      return producer.process(exchange, (sync) => {
        exchange.pattern = previous;
        done(sync);
      });
    },
  };
}
