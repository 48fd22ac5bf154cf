/**
 * What a `platform-http` consumer applies, read from its endpoint's typed options: the methods it serves, the media
 * types it consumes and produces, how it answers a failed exchange, and which request headers its responses keep.
 */
import type { ExchangePattern } from '../../api/exchange.js';
import { mediaRanges, parseMediaType, type MediaType } from './platform-http-media.js';
import { PathPattern } from './platform-http-path.js';

/** The HTTP methods `httpMethodRestrict` may name (Camel's `Method` enum). */
export const HTTP_METHODS: readonly string[] = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
  'TRACE',
  'CONNECT',
];

/** The settings of one `platform-http` consumer. */
export interface PlatformHttpSettings {
  /** The methods served, upper case; undefined: every method. */
  readonly methods: ReadonlySet<string> | undefined;
  /** Serve the paths below the endpoint's path too. */
  readonly matchOnUriPrefix: boolean;
  /** Content types accepted (`consumes`); empty: any. */
  readonly consumes: readonly MediaType[];
  /** The content type produced (`produces`), as written; its parsed form for `Accept` checks. */
  readonly produces: string | undefined;
  readonly producesType: MediaType | undefined;
  /** Answer a failed exchange with an empty body (Camel's default, true) instead of the exception text. */
  readonly muteException: boolean;
  /** Keep the request's headers (and query, form and path parameters) in the response. */
  readonly returnHttpRequestHeaders: boolean;
  /** The pattern of the exchanges created (default InOut). */
  readonly pattern: ExchangePattern;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/**
 * The methods of `httpMethodRestrict` (comma-separated, any case); undefined when none are named.
 * @throws Error naming a method that is not an HTTP method, as Camel refuses the endpoint.
 */
export function parseMethods(value: string | undefined): ReadonlySet<string> | undefined {
  if (value === undefined) return undefined;
  const methods = new Set<string>();
  for (const part of value.split(',')) {
    const method = part.trim().toUpperCase();
    if (method === '') continue;
    if (!HTTP_METHODS.includes(method)) {
      throw new Error(`httpMethodRestrict names '${part.trim()}', which is not one of ${HTTP_METHODS.join(', ')}`);
    }
    methods.add(method);
  }
  return methods.size === 0 ? undefined : methods;
}

/**
 * Settings from a `platform-http` endpoint's typed options.
 * @throws Error with a user message for an unknown method in `httpMethodRestrict` or an unparsable `produces`.
 */
export function platformHttpSettings(options: Readonly<Record<string, unknown>>): PlatformHttpSettings {
  const produces = text(options['produces']);
  const producesType = parseMediaType(produces);
  if (produces !== undefined && producesType === undefined) {
    throw new Error(`produces must be a content type such as application/json, found '${produces}'`);
  }
  const consumes = text(options['consumes']);
  const ranges = mediaRanges(consumes);
  if (consumes !== undefined && ranges.length === 0) {
    throw new Error(`consumes must be a content type such as application/json, found '${consumes}'`);
  }
  return {
    methods: parseMethods(text(options['httpMethodRestrict'])),
    matchOnUriPrefix: options['matchOnUriPrefix'] === true,
    // */* means no restriction, as in Camel.
    consumes: ranges.some((r) => r.type === '*') ? [] : ranges,
    produces,
    producesType,
    muteException: options['muteException'] !== false,
    returnHttpRequestHeaders: options['returnHttpRequestHeaders'] === true,
    pattern: options['exchangePattern'] === 'InOnly' ? 'InOnly' : 'InOut',
  };
}

/**
 * Keys naming the requests a consumer of `path` with these typed endpoint options serves, one per method: two
 * consumers whose keys meet serve the same requests, which the compiler reports as a duplicate consumer
 * (`/orders/{id}` and `/orders/{orderId}` meet; `GET` and `POST` consumers of one path do not).
 * @throws Error like {@link platformHttpSettings}.
 */
export function platformHttpKeys(path: string, options: Readonly<Record<string, unknown>>): string[] {
  const settings = platformHttpSettings(options);
  const key = new PathPattern(path, settings.matchOnUriPrefix).key;
  return [...(settings.methods ?? HTTP_METHODS)].map((method) => `platform-http:${method} ${key}`);
}
