/**
 * Adapts a connector source to a route: each message becomes a new exchange (body from `data`, headers, and the
 * properties the source sets), and the message is acknowledged when its exchange is complete, with the exchange's
 * error if it failed. A message emitted while the route is suspended is held (the source was told to wait) and runs
 * when the route resumes; if the route stops instead, it is acknowledged with an error, so a broker redelivers it.
 */
import type { Source } from '../api/connector-runtime.js';
import type { Exchange } from '../api/exchange.js';
import type { Message } from '../api/message.js';
import { DefaultExchange } from './exchange.js';
import type { RouteConsumer, RouteHandle } from './route.js';

/** Fills a new exchange from a source message. */
export function exchangeFromMessage(message: Message, route: RouteHandle, created: number): Exchange {
  const exchange = new DefaultExchange({ routeId: route.id, endpoint: route.from, created });
  exchange.body = message.data;
  for (const [k, v] of message.headers) exchange.headers.set(k, v);
  if (message.properties !== undefined) {
    for (const [k, v] of Object.entries(message.properties)) exchange.properties.set(k, v);
  }
  return exchange;
}

type Ack = (error?: Error) => void;

/** A route consumer backed by a connector source. */
export class SourceConsumer implements RouteConsumer {
  private route: RouteHandle | undefined;
  private held: { message: Message; ack: Ack }[] = [];

  constructor(
    private readonly source: Source,
    private readonly now: () => number = Date.now,
    private readonly onComplete?: (exchange: Exchange) => void,
  ) {}

  start(route: RouteHandle): void {
    this.route = route;
    this.source.start((message, ack) => {
      if (!route.accepting) {
        this.held.push({ message, ack });
        // False, and marks the route as waited on, so that resuming it calls `resume` here.
        return route.hasRoom();
      }
      this.run(route, message, ack);
      return route.hasRoom();
    });
  }

  resume(): void {
    const route = this.route;
    if (route === undefined) return;
    while (this.held.length > 0 && route.accepting) {
      const next = this.held.shift();
      if (next !== undefined) this.run(route, next.message, next.ack);
    }
    if (route.hasRoom()) this.source.resume();
  }

  async stop(): Promise<void> {
    await this.source.stop();
    const held = this.held;
    this.held = [];
    for (const h of held) h.ack(new Error(`route ${this.route?.id ?? ''} stopped before the message was processed`));
  }

  private run(route: RouteHandle, message: Message, ack: Ack): void {
    const exchange = exchangeFromMessage(message, route, this.now());
    route.handle(exchange, () => {
      ack(exchange.exception);
      this.onComplete?.(exchange);
    });
  }
}
