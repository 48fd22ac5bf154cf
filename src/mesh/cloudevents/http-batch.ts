/**
 * HTTP binding 1.0.2, batched content mode (§3.3) with the JSON batch format: `Content-Type:
 * application/cloudevents-batch+json; charset=UTF-8` and a JSON array of JSON-format events, possibly empty. All
 * events share `specversion` (validation admits only `1.0`). The binding says a batch MUST NOT be sent unsolicited:
 * callers decide when the receiver asked for one.
 */
import type { HttpMessage } from './http-message.js';
import { decodeJsonBatch, encodeJsonBatch, JSON_BATCH_MEDIA_TYPE } from './json-format.js';
import type { CloudEvent, DecodeOptions, EncodeOptions } from './model.js';

/** `Content-Type` of a batched-mode message. */
export const BATCH_CONTENT_TYPE = `${JSON_BATCH_MEDIA_TYPE}; charset=UTF-8`;

/**
 * Validates every event and writes them as one batched-mode HTTP message.
 * @throws CloudEventError `CE_INVALID_EVENT`, `CE_INVALID_DATA` for the first event at fault (named by index).
 */
export function encodeHttpBatch(events: readonly CloudEvent[], options: EncodeOptions): HttpMessage {
  return { headers: { 'content-type': BATCH_CONTENT_TYPE }, body: encodeJsonBatch(events, options) };
}

/**
 * Reads the body of a batched-mode HTTP message.
 * @throws CloudEventError as `decodeJsonBatch`: `CE_MALFORMED_MESSAGE` when the body is not a JSON array, else the
 *   error of the first event at fault.
 */
export function decodeHttpBatch(body: string | Uint8Array, options: DecodeOptions): CloudEvent[] {
  return decodeJsonBatch(body, options, 'HTTP batched mode');
}
