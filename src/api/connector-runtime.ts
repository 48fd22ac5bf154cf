/**
 * The runtime side of connectors: sources start routes with messages, sinks take messages from routes. One connector
 * declaration (`ConnectorSpec`) may offer both; the engine creates one source or sink per endpoint URI.
 */
import type { Headers } from './exchange.js';
import type { Message } from './message.js';

/** Log levels, as Camel names them. */
export type LogLevel = 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'OFF';

/** A named logger; lines go to the run's log output in its line pattern. */
export interface Logger {
  readonly name: string;
  log(level: LogLevel, message: string): void;
  enabled(level: LogLevel): boolean;
}

/** Timers that fake clocks can replace in tests. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): { cancel(): void };
  /** Runs `fn` on the next turn of the event loop, after pending I/O (Node's `setImmediate`). */
  defer(fn: () => void): { cancel(): void };
}

/** What the engine gives a connector when it creates a source or sink for one endpoint. */
export interface ConnectorContext {
  /** The endpoint URI as written (placeholders resolved). */
  readonly uri: string;
  /** The URI path (`timer:tick` → `tick`). */
  readonly path: string;
  /** The endpoint options, from the URI query and `parameters`, converted to the declared types. */
  readonly options: Readonly<Record<string, unknown>>;
  readonly clock: Clock;
  /** An empty header map (case-insensitive), for messages the connector creates. */
  newHeaders(): Headers;
  /** A logger for the connector itself, or a named one (the `log` connector logs under its path). */
  logger(name: string): Logger;
}

/**
 * Produces the messages that start a route. The engine calls `start` once with a callback it calls per message; the
 * callback returns false when the route has no room (back pressure): the source then waits for `resume`.
 */
export interface Source {
  start(emit: (message: Message, ack: (error?: Error) => void) => boolean): void;
  /** Called when the route has room again after `emit` returned false. */
  resume(): void;
  /** Stops producing; resolves when no emit will follow. */
  stop(): Promise<void>;
}

/**
 * Takes messages from a route. `write` resolves (or returns synchronously, for fast sinks) when the message is handled:
 * a returned message is the reply (InOut), `undefined` leaves the exchange as it was. A rejection fails the exchange.
 */
export interface Sink {
  write(message: Message): Message | undefined | Promise<Message | undefined>;
  close(): Promise<void>;
}

/** A connector implementation: creates sources and sinks for endpoints of its scheme. */
export interface ConnectorRuntime {
  readonly name: string;
  source?(context: ConnectorContext): Source;
  sink?(context: ConnectorContext): Sink;
}
