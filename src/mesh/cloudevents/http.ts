/**
 * The HTTP protocol binding 1.0.2: `fromHttp` reads any of the three content modes, `toHttp` writes binary or
 * structured mode, `toHttpBatch` writes batched mode. The mapping is the same for requests and responses.
 */
import { detectContentMode } from './content-mode.js';
import { assertSize } from './errors.js';
import { decodeHttpBatch, encodeHttpBatch } from './http-batch.js';
import { decodeHttpBinary, encodeHttpBinary } from './http-binary.js';
import { cloudEventHeaders, httpMessageSize, type HttpMessage, type HttpMessageInput } from './http-message.js';
import { decodeHttpStructured, encodeHttpStructured } from './http-structured.js';
import type { CloudEvent, DecodeOptions, EncodeOptions } from './model.js';

/** Options of `toHttp`. */
export interface HttpEncodeOptions extends EncodeOptions {
  /** `binary` (default): attributes in `ce-*` headers, data as the body; `structured`: the JSON format as the body. */
  readonly mode?: 'binary' | 'structured';
}

/**
 * Reads the CloudEvents in an HTTP request or response. The mode is chosen by `Content-Type` (case-insensitive):
 * batched → every event of the batch (possibly none); structured or binary → exactly one event. Header names may
 * have any case; Node's `req.headers` can be passed as is.
 * @throws CloudEventError
 *   - `CE_EVENT_TOO_LARGE` when headers + body exceed `options.maxEventBytes` (default 1 MiB; for a batch, the batch);
 *   - `CE_UNSUPPORTED_FORMAT` for a CloudEvents media type other than the JSON (batch) format in UTF-8;
 *   - `CE_DUPLICATE_ATTRIBUTE` for a `ce-*` or `content-type` header given twice, or a duplicate JSON member;
 *   - `CE_HEADER_ENCODING` for a `ce-*` value that is not validly quoted/percent-encoded or not UTF-8;
 *   - `CE_CONTENT_TYPE_CONFLICT` for a `ce-datacontenttype` header in binary mode;
 *   - `CE_MALFORMED_MESSAGE` for a structured/batch body that is not UTF-8 JSON of the right shape;
 *   - `CE_INVALID_DATA` for data that does not decode as its content type (bad JSON, bad `data_base64`);
 *   - `CE_INVALID_EVENT` when an event breaks the spec (its `problems` say how).
 */
export function fromHttp(message: HttpMessageInput, options: DecodeOptions = {}): CloudEvent[] {
  const body = message.body ?? '';
  assertSize(httpMessageSize(message.headers, body), options.maxEventBytes, 'HTTP');
  const headers = cloudEventHeaders(message.headers);
  switch (detectContentMode(headers.get('content-type'), true, 'HTTP')) {
    case 'batch':
      return decodeHttpBatch(body, options);
    case 'structured':
      return [decodeHttpStructured(body, options)];
    case 'binary':
      return [decodeHttpBinary(headers, body, options)];
  }
}

/**
 * Validates `event` and writes it as an HTTP message in binary (default) or structured mode. Header names are lower
 * case; `time` and every other attribute are written exactly as held (never re-rendered).
 * @throws CloudEventError `CE_INVALID_EVENT` (the event is invalid), `CE_INVALID_DATA` (`data` cannot be written with
 *   its `datacontenttype`), `CE_EVENT_TOO_LARGE` (the message exceeds `options.maxEventBytes`).
 */
export function toHttp(event: CloudEvent, options: HttpEncodeOptions = {}): HttpMessage {
  const message =
    options.mode === 'structured' ? encodeHttpStructured(event, options) : encodeHttpBinary(event, options);
  assertSize(httpMessageSize(message.headers, message.body), options.maxEventBytes, 'HTTP');
  return message;
}

/**
 * Validates every event and writes them as one batched-mode HTTP message (JSON batch format; an empty list gives
 * `[]`). Send a batch only to a receiver that asked for one.
 * @throws CloudEventError as `toHttp`, for the first event at fault (named by index) or the whole batch's size.
 */
export function toHttpBatch(events: readonly CloudEvent[], options: EncodeOptions = {}): HttpMessage {
  const message = encodeHttpBatch(events, options);
  assertSize(httpMessageSize(message.headers, message.body), options.maxEventBytes, 'HTTP');
  return message;
}
