/**
 * HTTP binding 1.0.2, binary content mode (§3.1): `Content-Type` ↔ `datacontenttype`, body = data bytes, every other
 * attribute ↔ a `ce-<name>` header holding its canonical string, percent-encoded (see `percent-encoding.ts`).
 */
import { decodeBinaryData, encodeBinaryData } from './binary-data.js';
import { byteLength } from './bytes.js';
import { fromCanonicalString, toCanonicalString } from './canonical.js';
import { CloudEventError, throwIfInvalid } from './errors.js';
import { EventBuilder } from './event-builder.js';
import type { HttpMessage } from './http-message.js';
import { declaredType, type CloudEvent, type DecodeOptions, type EncodeOptions } from './model.js';
import { percentDecode, percentEncode } from './percent-encoding.js';
import { validate } from './validate.js';

const CONTEXT = 'HTTP binary mode';

/**
 * Validates `event` and writes it as a binary-mode HTTP message: lower-case header names, `content-type` from
 * `datacontenttype` (`application/json` when absent and `data` is a JSON value), body as text or bytes (`''` when
 * the event has no data).
 * @throws CloudEventError `CE_INVALID_EVENT`, `CE_INVALID_DATA`.
 */
export function encodeHttpBinary(event: CloudEvent, options: EncodeOptions): HttpMessage {
  throwIfInvalid(validate(event, options), 'Encoding');
  const { contentType, body } = encodeBinaryData(event);
  const headers: Record<string, string> = {};
  if (contentType !== undefined) headers['content-type'] = contentType;
  for (const name of Object.keys(event)) {
    const value = event[name];
    if (name === 'data' || name === 'datacontenttype' || value === undefined) continue;
    const header = `ce-${name}`;
    headers[header] = percentEncode(toCanonicalString(value), header);
  }
  return { headers, body: body ?? '' };
}

/**
 * Reads a binary-mode HTTP message. `headers` has lower-case names (only `ce-*` and `content-type` are read). Each
 * `ce-*` value is unquoted and percent-decoded, then typed by the attribute's declared type (core attributes, then
 * `options.extensionTypes`; otherwise it stays a String). An empty body means no data.
 * @throws CloudEventError `CE_CONTENT_TYPE_CONFLICT` when a `ce-datacontenttype` header is present,
 *   `CE_HEADER_ENCODING` for a badly encoded value, `CE_INVALID_DATA` for a body that does not decode as its content
 *   type, `CE_INVALID_EVENT` when the event is invalid (e.g. a required header is missing).
 */
export function decodeHttpBinary(
  headers: ReadonlyMap<string, string>,
  body: string | Uint8Array,
  options: DecodeOptions,
): CloudEvent {
  const builder = new EventBuilder(CONTEXT);
  for (const [name, raw] of headers) {
    if (!name.startsWith('ce-')) continue;
    const attribute = name.slice(3);
    if (attribute === 'datacontenttype') {
      throw new CloudEventError(
        'CE_CONTENT_TYPE_CONFLICT',
        `${CONTEXT}: header "ce-datacontenttype" must not be present; "content-type" carries datacontenttype`,
        name,
      );
    }
    const text = percentDecode(raw, name);
    builder.set(
      attribute,
      fromCanonicalString(text, declaredType(attribute, options.extensionTypes)),
      `header "${name}"`,
    );
  }
  const contentType = headers.get('content-type')?.trim();
  if (contentType !== undefined) builder.set('datacontenttype', contentType, 'header "content-type"');
  if (byteLength(body) > 0) builder.setData(decodeBinaryData(body, contentType, options.rawData === true));
  return builder.finish(options.extensionTypes);
}
