/**
 * The exchange: one message travelling through a route, with everything Camel attaches to it. Processors and
 * expression languages work on this view; connectors never see it (they see `Message`).
 */

/** Camel's exchange patterns. */
export type ExchangePattern = 'InOnly' | 'InOut';

/**
 * Message headers. Names are case-insensitive, as in Camel (`CamelFileName` and `camelfilename` are one header); the
 * first spelling set is the one iteration shows. Values are any JS value.
 */
export interface Headers extends Iterable<[string, unknown]> {
  get(name: string): unknown;
  has(name: string): boolean;
  /** Sets a header; `undefined` removes it. */
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
  clear(): void;
  readonly size: number;
  keys(): IterableIterator<string>;
}

/**
 * One exchange. Created by a route's consumer (or by an EIP that copies one); owned by the engine, which completes it
 * once the route is done with it. Processors mutate it in place.
 */
export interface Exchange {
  readonly exchangeId: string;
  /** Epoch milliseconds of creation. */
  readonly created: number;
  /** The id of the route whose consumer created it. */
  readonly fromRouteId: string | undefined;
  /** The URI of the endpoint that created it. */
  readonly fromEndpoint: string | undefined;
  /** The id of the route processing it now. */
  routeId: string | undefined;
  pattern: ExchangePattern;
  /** The id of the current message (changes when a processor replaces the message). */
  messageId: string;
  body: unknown;
  readonly headers: Headers;
  /** Exchange properties (`exchangeProperty.x`), for the whole exchange. */
  readonly properties: Map<string, unknown>;
  /** Variables (`variable.x`), Camel 4's scratch space. */
  readonly variables: Map<string, unknown>;
  /** The failure being handled, if any; processing stops while it is set and not handled. */
  exception: Error | undefined;
  /** Set by the `stop` EIP: the exchange ends its route here, successfully. */
  stopped: boolean;
}

/**
 * What an expression can ask of the runtime around the exchange. Supplied by the engine at evaluation time; pure
 * functions of their inputs, apart from time and randomness.
 */
export interface EvaluationContext {
  /** The name of the running context (`camelId`, `camelContext.name`). */
  readonly contextName: string;
  /** A property value (`${properties:key}`), or undefined when it has none. */
  property(key: string): string | undefined;
  /** The current time in epoch milliseconds (fake timers replace it in tests). */
  now(): number;
}
