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

/** A step of a route as message history and failure logs name it, in Camel's terms. */
export interface StepNode {
  /** `file.yaml:line` of the step's definition. */
  readonly source: string;
  /** `routeId/nodeId`: the step's `id`, or one made like Camel's (`setBody1`, `log2` …; the `from` is the route id). */
  readonly id: string;
  /** What the step does, as Camel labels it: `setBody[constant{abc}]`, `to[log:out]`, `from[timer://tick]`. */
  readonly label: string;
}

/** A message as it was at some moment: body, headers (name and value, in order) and message id. */
export interface MessageSnapshot {
  readonly body: unknown;
  readonly headers: readonly (readonly [string, unknown])[];
  readonly messageId: string;
}

/** One step an exchange went through, when message history is on. */
export interface HistoryEntry {
  readonly node: StepNode;
  /** Epoch milliseconds when the step began. */
  readonly start: number;
  /** Milliseconds the step took; -1 while it runs. */
  elapsed: number;
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
  /**
   * Set by the `stop` EIP, or by an error handler that handled a failure (`handled`, a dead letter channel): the
   * exchange ends its route here, successfully, and so does every route that called this one.
   */
  stopped: boolean;
  /**
   * Set by the error handler that dealt with the current failure (it logged it, or ran a dead letter channel or an
   * `onException` for it): the error handlers of enclosing steps and of calling routes leave that failure as it is,
   * as Camel's do. Cleared when the failure is `continued`.
   */
  failureHandled: boolean;
  /**
   * The message as the exchange's unit of work began (the consumer's message), kept by the error handler only when a
   * route may send it on (`useOriginalMessage`, `useOriginalBody`); undefined otherwise.
   */
  originalMessage: MessageSnapshot | undefined;
  /** The step processing the exchange now, or the last one that did: where a failure happened. Set by the engine. */
  node: StepNode | undefined;
  /**
   * The steps the exchange went through, in order, when message history is on (off by default, as in Camel 4; the
   * `dev` profile, `camel.main.messageHistory=true` or a route's `messageHistory: true` turn it on). Set by the engine.
   */
  history: HistoryEntry[] | undefined;
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
  /**
   * The message history of `exchange` as Camel's `${messageHistory}` renders it: the history table, and with
   * `detailed` the exchange after it. Absent outside a runtime (the function then renders nothing).
   */
  messageHistory?(exchange: Exchange, detailed: boolean): string;
}
