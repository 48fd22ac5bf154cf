/** The HTTP message shapes the CloudEvents HTTP codecs read and write, and the header handling they share. */
import { byteLength } from './bytes.js';
import { CloudEventError } from './errors.js';

/** An HTTP message as `toHttp` writes it: lower-case header names; text bodies are sent as UTF-8. */
export interface HttpMessage {
  readonly headers: Record<string, string>;
  readonly body: Uint8Array | string;
}

/** Request or response headers as Node's `IncomingMessage.headers` has them (any name case; lists allowed). */
export type HttpHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/** An HTTP message as `fromHttp` reads it. A missing body counts as empty. */
export interface HttpMessageInput {
  readonly headers: HttpHeaders;
  readonly body?: Uint8Array | string | null;
}

/** Wire size of headers and body: each header counts `name: value\r\n`. */
export function httpMessageSize(headers: HttpHeaders, body: Uint8Array | string): number {
  let size = byteLength(body);
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value === undefined) continue;
    const values = typeof value === 'string' ? [value] : value;
    for (const v of values) size += name.length + v.length + 4;
  }
  return size;
}

/**
 * The `content-type` and `ce-*` headers under lower-case names. Other headers are left out.
 * @throws CloudEventError `CE_DUPLICATE_ATTRIBUTE` when one of them appears twice (two names differing in case, or a
 *   list of several values).
 */
export function cloudEventHeaders(headers: HttpHeaders): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of Object.keys(headers)) {
    const lower = name.toLowerCase();
    if (lower !== 'content-type' && !lower.startsWith('ce-')) continue;
    const value = headers[name];
    if (value === undefined) continue;
    let single: string | undefined;
    if (typeof value === 'string') single = value;
    else if (value.length === 1) single = value[0];
    else if (value.length > 1) single = undefined;
    else continue;
    if (single === undefined || out.has(lower)) {
      throw new CloudEventError('CE_DUPLICATE_ATTRIBUTE', `HTTP: header "${lower}" appears more than once`, lower);
    }
    out.set(lower, single);
  }
  return out;
}
