/** The engine's exchange. */
import { randomUUID } from 'node:crypto';

import type { Exchange, ExchangePattern, HistoryEntry, MessageSnapshot, StepNode } from '../api/exchange.js';
import { HeaderMap } from './headers.js';

let counter = 0;
const prefix = randomUUID().slice(0, 13).replace('-', '').toUpperCase();

/** A new exchange or message id, in Camel 4's shape (upper-case hex prefix, dash, 16 hex digits): unique within the process, cheap to make. */
export function newId(): string {
  counter += 1;
  return `${prefix}-${counter.toString(16).toUpperCase().padStart(16, '0')}`;
}

/** Where a new exchange comes from. */
export interface ExchangeOrigin {
  readonly routeId?: string;
  readonly endpoint?: string;
  readonly pattern?: ExchangePattern;
  readonly created?: number;
}

/** The engine's `Exchange`. */
export class DefaultExchange implements Exchange {
  readonly exchangeId = newId();
  readonly created: number;
  readonly fromRouteId: string | undefined;
  readonly fromEndpoint: string | undefined;
  routeId: string | undefined;
  pattern: ExchangePattern;
  private message: string | undefined;
  body: unknown = null;
  readonly headers = new HeaderMap();
  readonly properties = new Map<string, unknown>();
  readonly variables = new Map<string, unknown>();
  exception: Error | undefined = undefined;
  stopped = false;
  failureHandled = false;
  originalMessage: MessageSnapshot | undefined = undefined;
  node: StepNode | undefined = undefined;
  history: HistoryEntry[] | undefined = undefined;

  /** The current message's id, made when first asked for. */
  get messageId(): string {
    this.message ??= newId();
    return this.message;
  }

  set messageId(id: string) {
    this.message = id;
  }

  constructor(origin: ExchangeOrigin = {}) {
    this.created = origin.created ?? Date.now();
    this.fromRouteId = origin.routeId;
    this.routeId = origin.routeId;
    this.fromEndpoint = origin.endpoint;
    this.pattern = origin.pattern ?? 'InOnly';
  }

  /** `Exchange[<id>]`, as Camel prints an exchange (an aggregated list of exchanges shows its items this way). */
  toString(): string {
    return `Exchange[${this.exchangeId}]`;
  }
}
