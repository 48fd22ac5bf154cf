/**
 * What connectors exchange with the engine: messages shaped as CloudEvents (attributes + `data`) plus Camel headers.
 * Connectors never see the engine's exchange; the engine maps messages to and from exchanges.
 */
import type { Headers } from './exchange.js';

/** Read-only facts about the exchange a message belongs to, for sinks that log or trace (the `log` connector). */
export interface ExchangeFacts {
  readonly exchangeId: string;
  readonly pattern: string;
  readonly routeId: string | undefined;
  readonly properties: ReadonlyMap<string, unknown>;
  readonly variables: ReadonlyMap<string, unknown>;
  readonly exception: Error | undefined;
}

/** A message: CloudEvents context attributes, the data, and case-insensitive Camel headers. */
export interface Message {
  /** CloudEvents `id`. */
  readonly id: string;
  /** CloudEvents `source`, `type` and optional attributes; empty strings when not known. */
  readonly source: string;
  readonly type: string;
  readonly time?: string;
  readonly subject?: string;
  readonly datacontenttype?: string;
  /** The payload: Camel's message body. */
  readonly data: unknown;
  readonly headers: Headers;
  /**
   * Exchange properties a source sets on the exchange it starts (the timer's `CamelTimerCounter`); ignored on
   * messages given to sinks.
   */
  readonly properties?: Readonly<Record<string, unknown>>;
  /** Set when the engine hands a message to a sink: the exchange it belongs to. */
  readonly exchange?: ExchangeFacts;
}

/** A message a source produced, and how to acknowledge it once the route is done with it. */
export interface Delivery {
  readonly message: Message;
  /**
   * Called exactly once by the engine: without an error when every step of the route succeeded, with the error when
   * it failed (after the error handler). Sources commit offsets / ack in here.
   */
  ack(error?: Error): void;
}
