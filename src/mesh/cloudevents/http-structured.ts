/**
 * HTTP binding 1.0.2, structured content mode (§3.2) with the JSON event format: `Content-Type:
 * application/cloudevents+json; charset=UTF-8` and the whole event in the body. On reading, `ce-*` headers (which a
 * sender MAY add) are ignored: the body is authoritative.
 */
import type { HttpMessage } from './http-message.js';
import { decodeJsonEvent, encodeJsonEvent, JSON_FORMAT_MEDIA_TYPE } from './json-format.js';
import type { CloudEvent, DecodeOptions, EncodeOptions } from './model.js';

/** `Content-Type` of a structured-mode message. */
export const STRUCTURED_CONTENT_TYPE = `${JSON_FORMAT_MEDIA_TYPE}; charset=UTF-8`;

/**
 * Validates `event` and writes it as a structured-mode HTTP message (body: JSON text).
 * @throws CloudEventError `CE_INVALID_EVENT`, `CE_INVALID_DATA`.
 */
export function encodeHttpStructured(event: CloudEvent, options: EncodeOptions): HttpMessage {
  return { headers: { 'content-type': STRUCTURED_CONTENT_TYPE }, body: encodeJsonEvent(event, options) };
}

/**
 * Reads the body of a structured-mode HTTP message (the content type was checked by the caller).
 * @throws CloudEventError as `decodeJsonEvent`: `CE_MALFORMED_MESSAGE`, `CE_DUPLICATE_ATTRIBUTE`, `CE_INVALID_DATA`,
 *   `CE_INVALID_EVENT`.
 */
export function decodeHttpStructured(body: string | Uint8Array, options: DecodeOptions): CloudEvent {
  return decodeJsonEvent(body, options, 'HTTP structured mode');
}
