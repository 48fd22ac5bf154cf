/**
 * An HTTP request as an exchange, the way Camel's Vert.x platform-http consumer builds one: the body (text for text,
 * JSON, XML and form content types, decoded with the request's charset; bytes otherwise; null when empty), the
 * request headers, query parameters, form fields and path parameters as headers (a repeated name becomes a list), then
 * `CamelHttpMethod`, `CamelHttpPath`, `CamelHttpUri`, `CamelHttpQuery`, `CamelHttpRawQuery` and `CamelHttpUrl`.
 */
import type { IncomingMessage } from 'node:http';

import type { Exchange, ExchangePattern } from '../../api/exchange.js';
import { DefaultExchange } from '../exchange.js';
import { isTextMedia, parseMediaType } from './platform-http-media.js';

/** What a request brought, read in full. */
export interface HttpRequestParts {
  /** Upper-case method. */
  readonly method: string;
  /** The path as sent (percent-encoded). */
  readonly path: string;
  /** The query as sent, without `?`; undefined when the target has none. */
  readonly rawQuery: string | undefined;
  /** `host` of the request (for `CamelHttpUrl`). */
  readonly host: string;
  /** Header names and values as sent, alternating (Node's `rawHeaders`). */
  readonly rawHeaders: readonly string[];
  readonly contentType: string | undefined;
  readonly body: Uint8Array;
}

/** Where the exchange starts. */
export interface RequestOrigin {
  readonly routeId: string;
  readonly endpoint: string;
  readonly pattern: ExchangePattern;
  readonly created: number;
  /** Values of the path's `{name}` segments. */
  readonly params: Readonly<Record<string, string>>;
}

/** A new exchange for a request, and the names (lower case) of the headers that came from the request. */
export interface RequestExchange {
  readonly exchange: Exchange;
  readonly requestHeaderNames: ReadonlySet<string>;
}

/** Splits a request target (`/a/b?x=1`, or an absolute URL) into its path and raw query. */
export function splitTarget(target: string): { path: string; rawQuery: string | undefined } {
  let rest = target;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/?]*/i.exec(rest);
  if (scheme !== null) rest = rest.slice(scheme[0].length);
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  const path = q < 0 ? rest : rest.slice(0, q);
  return { path: path === '' ? '/' : path, rawQuery: q < 0 ? undefined : rest.slice(q + 1) };
}

/** Reads a request's body in full; rejects when the client goes away first. */
export function readBody(req: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      resolve(chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks));
    });
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('the client closed the request before sending it whole'));
    });
  });
}

function decode(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown charset label: read it as UTF-8 rather than refuse the request.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** The exchange body of a request: null when empty, text for text types, bytes (a copy) otherwise. */
export function requestBody(bytes: Uint8Array, contentType: string | undefined): unknown {
  if (bytes.length === 0) return null;
  const media = parseMediaType(contentType);
  if (isTextMedia(media)) return decode(bytes, media?.params['charset']);
  return new Uint8Array(bytes);
}

/** Adds a header value; a name already there becomes a list of values, as Camel's `appendEntry` does. */
function appendHeader(exchange: Exchange, names: Set<string>, name: string, value: string): void {
  names.add(name.toLowerCase());
  const existing = exchange.headers.get(name);
  if (existing === undefined) exchange.headers.set(name, value);
  else exchange.headers.set(name, Array.isArray(existing) ? [...(existing as unknown[]), value] : [existing, value]);
}

function appendParams(exchange: Exchange, names: Set<string>, text: string): void {
  for (const [name, value] of new URLSearchParams(text)) appendHeader(exchange, names, name, value);
}

/** Builds the exchange of a request (pattern InOut unless the endpoint says otherwise). */
export function exchangeFromRequest(parts: HttpRequestParts, origin: RequestOrigin): RequestExchange {
  const exchange = new DefaultExchange({
    routeId: origin.routeId,
    endpoint: origin.endpoint,
    pattern: origin.pattern,
    created: origin.created,
  });
  const names = new Set<string>();
  exchange.body = requestBody(parts.body, parts.contentType);
  for (let i = 0; i + 1 < parts.rawHeaders.length; i += 2) {
    appendHeader(exchange, names, parts.rawHeaders[i] ?? '', parts.rawHeaders[i + 1] ?? '');
  }
  if (parts.rawQuery !== undefined) appendParams(exchange, names, parts.rawQuery);
  const media = parseMediaType(parts.contentType);
  if (media?.type === 'application' && media.subtype === 'x-www-form-urlencoded' && typeof exchange.body === 'string') {
    appendParams(exchange, names, exchange.body);
  }
  for (const [name, value] of Object.entries(origin.params)) appendHeader(exchange, names, name, value);
  const charset = media?.params['charset'];
  if (charset !== undefined) {
    exchange.headers.set('CamelHttpCharacterEncoding', charset);
    exchange.properties.set('CamelCharsetName', charset);
  }
  const target = parts.rawQuery === undefined ? parts.path : `${parts.path}?${parts.rawQuery}`;
  exchange.headers.set('CamelHttpMethod', parts.method);
  exchange.headers.set('CamelHttpPath', parts.path);
  exchange.headers.set('CamelHttpUri', target);
  exchange.headers.set('CamelHttpUrl', `http://${parts.host}${target}`);
  exchange.headers.set('CamelHttpQuery', parts.rawQuery);
  exchange.headers.set('CamelHttpRawQuery', parts.rawQuery);
  return { exchange, requestHeaderNames: names };
}
