/**
 * A completed exchange as an HTTP response, after Camel's platform-http (`VertxPlatformHttpSupport` and
 * `HttpUtil.determineResponseCode`):
 *
 * - status: the header `CamelHttpResponseCode`, else 500 for a failed exchange and 200 otherwise; with no code set, a
 *   null or blank-text body gives 204 (a failed exchange keeps 500). A code that is not a whole number from 100 to 599
 *   fails the response (500), as Camel's conversion to an integer would.
 * - body: text and bytes as they are; other values (objects, arrays, maps, numbers) as JSON. A failed exchange answers
 *   with an empty body, or, with `muteException=false`, the exception and its causes, as `text/plain; charset=utf-8`.
 * - headers: `Content-Type` from the message, else `produces`, else `application/json` for a body written as JSON;
 *   every other message header except Camel's (`Camel*`, `org.apache.camel*`), the ones HTTP manages
 *   (`Content-Length`, `Host`, `Connection`, `Transfer-Encoding` …, Camel's common filter list) and, unless
 *   `returnHttpRequestHeaders`, the ones that came with the request. A value Node refuses as a header is left out.
 */
import { validateHeaderName, validateHeaderValue, type ServerResponse } from 'node:http';

import type { Exchange } from '../../api/exchange.js';
import { renderText } from '../../expr/convert.js';
import type { PlatformHttpSettings } from './platform-http-settings.js';
import { errorChain } from '../failure-log.js';

/** The response an exchange gives, before it is written. */
export interface HttpResponseParts {
  readonly status: number;
  /** Header names and values (a list value is sent as repeated headers). */
  readonly headers: readonly (readonly [string, string | string[]])[];
  readonly body: string | Uint8Array;
}

/** Headers Camel never copies from a message to an HTTP response (`HttpUtil.addCommonFilters`), lower case. */
const OUT_FILTER: ReadonlySet<string> = new Set([
  'content-length',
  'content-type',
  'host',
  'cache-control',
  'connection',
  'date',
  'pragma',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
  'warning',
  'keep-alive',
]);

const TEXT_PLAIN = 'text/plain; charset=utf-8';

function isCamelHeader(lower: string): boolean {
  return lower.startsWith('camel') || lower.startsWith('org.apache.camel');
}

/** The text of an error and its causes, one per line, as Camel's stack trace lists them (without frames). */
export function errorText(error: Error): string {
  return `${errorChain(error)}\n`;
}

/** A response code header's value as a status, or undefined when it is not set; throws when it is not a status. */
function statusOf(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  if (!Number.isInteger(n) || n < 100 || n > 599) {
    throw new Error(`CamelHttpResponseCode must be an HTTP status code, found '${renderText(value)}'`);
  }
  return n;
}

function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Map) return Object.fromEntries(value as Map<unknown, unknown>);
  if (value instanceof Set) return [...(value as Set<unknown>)];
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return value;
}

/** The body as sent, and whether it was written as JSON. Throws for a value JSON cannot hold (a cycle). */
function render(body: unknown): { body: string | Uint8Array; json: boolean } {
  if (body === null || body === undefined) return { body: '', json: false };
  if (typeof body === 'string' || body instanceof Uint8Array) return { body, json: false };
  if (typeof body === 'number' || typeof body === 'boolean' || typeof body === 'bigint') {
    return { body: String(body), json: false };
  }
  if (body instanceof Error) return { body: errorText(body), json: false };
  return { body: JSON.stringify(body, jsonReplacer), json: true };
}

function headerValue(value: unknown): string | string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.filter((v) => v !== undefined && v !== null).map((v) => renderText(v));
  return renderText(value);
}

function copyHeaders(exchange: Exchange, settings: PlatformHttpSettings, fromRequest: ReadonlySet<string>) {
  const out: [string, string | string[]][] = [];
  for (const [name, value] of exchange.headers) {
    const lower = name.toLowerCase();
    if (OUT_FILTER.has(lower) || isCamelHeader(lower)) continue;
    if (!settings.returnHttpRequestHeaders && fromRequest.has(lower)) continue;
    const text = headerValue(value);
    if (text !== undefined) out.push([name, text]);
  }
  return out;
}

function failure(error: Error, settings: PlatformHttpSettings, status = 500): HttpResponseParts {
  return {
    status,
    headers: [['Content-Type', TEXT_PLAIN]],
    body: settings.muteException ? '' : errorText(error),
  };
}

function isBlank(body: unknown): boolean {
  return body === null || body === undefined || (typeof body === 'string' && body.trim() === '');
}

/** The Content-Type of a response: the message's, else `produces`, else JSON's for a body written as JSON. */
function contentTypeOf(exchange: Exchange, settings: PlatformHttpSettings, json: boolean): string | undefined {
  const set = headerValue(exchange.headers.get('Content-Type'));
  if (set !== undefined) return Array.isArray(set) ? set.join(', ') : set;
  return settings.produces ?? (json ? 'application/json' : undefined);
}

/** The response for a completed exchange; `fromRequest` are the lower-case names of the headers the request brought. */
export function responseFor(
  exchange: Exchange,
  settings: PlatformHttpSettings,
  fromRequest: ReadonlySet<string>,
): HttpResponseParts {
  let code: number | undefined;
  let rendered: { body: string | Uint8Array; json: boolean };
  try {
    code = statusOf(exchange.headers.get('CamelHttpResponseCode'));
    const error = exchange.exception;
    if (error !== undefined) return failure(error, settings, code ?? 500);
    rendered = render(exchange.body);
  } catch (err) {
    return failure(err instanceof Error ? err : new Error(String(err)), settings);
  }
  const status = code ?? (isBlank(exchange.body) ? 204 : 200);
  const headers = copyHeaders(exchange, settings, fromRequest);
  const contentType = contentTypeOf(exchange, settings, rendered.json);
  if (contentType !== undefined) headers.unshift(['Content-Type', contentType]);
  return { status, headers, body: status === 204 || status === 304 ? '' : rendered.body };
}

/** Whether Node accepts a header name and value. */
function valid(name: string, value: string | string[]): boolean {
  try {
    validateHeaderName(name);
    for (const v of Array.isArray(value) ? value : [value]) validateHeaderValue(name, v);
    return true;
  } catch {
    return false;
  }
}

/** Writes a response (headers Node refuses are left out); does nothing when the client is gone. */
export function writeResponse(res: ServerResponse, parts: HttpResponseParts): void {
  if (res.headersSent || res.destroyed) return;
  const body = typeof parts.body === 'string' ? Buffer.from(parts.body, 'utf8') : parts.body;
  for (const [name, value] of parts.headers) if (valid(name, value)) res.setHeader(name, value);
  if (parts.status !== 204 && parts.status !== 304) res.setHeader('Content-Length', String(body.length));
  res.writeHead(parts.status);
  res.end(body.length === 0 ? undefined : body);
}

/** A short plain-text answer the server gives itself (404, 405, 503 …). */
export function plainResponse(
  status: number,
  text: string,
  headers: readonly [string, string][] = [],
): HttpResponseParts {
  return { status, headers: [['Content-Type', TEXT_PLAIN], ...headers], body: `${text}\n` };
}
