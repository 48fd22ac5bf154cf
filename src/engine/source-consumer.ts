/**
 * Adapts a connector source to a route: each message becomes a new exchange (body from `data`, headers, and the
 * properties the source sets), and the message is acknowledged when its exchange is complete, with the exchange's
 * error if it failed.
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

/** A route consumer backed by a connector source. */
export class SourceConsumer implements RouteConsumer {
  constructor(
    private readonly source: Source,
    private readonly now: () => number = Date.now,
    private readonly onComplete?: (exchange: Exchange) => void,
  ) {}

  start(route: RouteHandle): void {
    this.source.start((message, ack) => {
      const exchange = exchangeFromMessage(message, route, this.now());
      route.handle(exchange, () => {
        ack(exchange.exception);
        this.onComplete?.(exchange);
      });
      return route.hasRoom();
    });
  }

  resume(): void {
    this.source.resume();
  }

  stop(): Promise<void> {
    return this.source.stop();
  }
}
