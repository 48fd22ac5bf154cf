/**
 * The JSON event format 1.0.2 (`application/cloudevents+json`) and JSON batch format
 * (`application/cloudevents-batch+json`), shared by the structured and batched modes of every binding.
 *
 * Writing: attributes as JSON members (Binary extensions as base64 strings), bytes as `data_base64`, JSON values as
 * `data` when `datacontenttype` is JSON or absent, strings as `data` otherwise.
 * Reading: `null` members are unset; numbers must be written as integers (`5.0`, `1e2` are rejected); duplicate
 * members are rejected; `data_base64` must be strict base64 and decodes to a `Uint8Array`; `data` and `data_base64`
 * together are rejected; with a non-JSON `datacontenttype`, `data` must be a string; a string `data` is never parsed.
 */
import { stringifyJson } from './binary-data.js';
import { fromBase64, toBase64, utf8Decode } from './bytes.js';
import { isIntegerLexeme } from './canonical.js';
import { CloudEventError, throwIfInvalid } from './errors.js';
import { EventBuilder } from './event-builder.js';
import { scanArrayMembers, scanObjectMembers, type MemberScan } from './json-scan.js';
import { isJsonMediaType } from './media-type.js';
import { declaredType, type CloudEvent, type DecodeOptions, type EncodeOptions } from './model.js';
import { validate } from './validate.js';

/** Media type of the JSON event format. */
export const JSON_FORMAT_MEDIA_TYPE = 'application/cloudevents+json';
/** Media type of the JSON batch format. */
export const JSON_BATCH_MEDIA_TYPE = 'application/cloudevents-batch+json';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The JSON object that represents `event` (not validated; see `encodeJsonEvent`).
 * @throws CloudEventError `CE_INVALID_DATA` when `data` is neither bytes, nor JSON-typed, nor a string.
 */
export function toJsonObject(event: CloudEvent): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(event)) {
    const value = event[name];
    if (name === 'data' || value === undefined) continue;
    out[name] = value instanceof Uint8Array ? toBase64(value) : value;
  }
  const { data, datacontenttype: contentType } = event;
  if (data === undefined) return out;
  if (data instanceof Uint8Array) {
    out['data_base64'] = toBase64(data);
  } else if (contentType === undefined || isJsonMediaType(contentType) || typeof data === 'string') {
    out['data'] = data;
  } else {
    throw new CloudEventError(
      'CE_INVALID_DATA',
      `JSON format: "data" must be a string or bytes for "${contentType}"`,
      'data',
    );
  }
  return out;
}

/**
 * Validates `event` and writes it in the JSON event format.
 * @throws CloudEventError `CE_INVALID_EVENT` when the event is invalid, `CE_INVALID_DATA` when `data` has no JSON form.
 */
export function encodeJsonEvent(event: CloudEvent, options: EncodeOptions = {}): string {
  throwIfInvalid(validate(event, options), 'Encoding');
  return stringifyJson(toJsonObject(event), 'JSON format');
}

/**
 * Validates `events` and writes them in the JSON batch format (an array, possibly empty).
 * @throws CloudEventError as `encodeJsonEvent`, for the first event at fault.
 */
export function encodeJsonBatch(events: readonly CloudEvent[], options: EncodeOptions = {}): string {
  const objects = events.map((event, i) => {
    throwIfInvalid(validate(event, options), `Encoding batch event ${String(i)}`);
    return toJsonObject(event);
  });
  return stringifyJson(objects, 'JSON batch format');
}

function bodyText(body: string | Uint8Array, context: string): string {
  const text = typeof body === 'string' ? body : utf8Decode(body);
  if (text === undefined) throw new CloudEventError('CE_MALFORMED_MESSAGE', `${context}: body is not valid UTF-8`);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseJson(text: string, context: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CloudEventError('CE_MALFORMED_MESSAGE', `${context}: body is not JSON (${(e as Error).message})`);
  }
}

function readData(json: Record<string, unknown>, builder: EventBuilder, context: string): void {
  const base64 = json['data_base64'];
  const hasData = Object.hasOwn(json, 'data');
  if (base64 !== undefined && base64 !== null) {
    if (hasData) {
      throw new CloudEventError(
        'CE_INVALID_DATA',
        `${context}: "data" and "data_base64" are mutually exclusive`,
        'data_base64',
      );
    }
    const bytes = typeof base64 === 'string' ? fromBase64(base64) : undefined;
    if (bytes === undefined) {
      throw new CloudEventError('CE_INVALID_DATA', `${context}: "data_base64" is not base64 (RFC 4648)`, 'data_base64');
    }
    builder.setData(bytes);
    return;
  }
  if (!hasData) return;
  const data = json['data'];
  const contentType = builder.get('datacontenttype');
  if (typeof contentType === 'string' && !isJsonMediaType(contentType) && typeof data !== 'string') {
    throw new CloudEventError('CE_INVALID_DATA', `${context}: "data" must be a string for "${contentType}"`, 'data');
  }
  builder.setData(data);
}

function readAttribute(
  name: string,
  value: unknown,
  lexeme: string | undefined,
  options: DecodeOptions,
  builder: EventBuilder,
): void {
  const origin = `member "${name}"`;
  if (typeof value === 'number') {
    if (Number.isInteger(value) && lexeme !== undefined && !isIntegerLexeme(lexeme)) {
      builder.report('CE_ATTRIBUTE_TYPE', name, `Attribute "${name}" must be written as an integer, got ${lexeme}`);
    }
    builder.set(name, value + 0, origin);
  } else if (typeof value === 'string' && declaredType(name, options.extensionTypes) === 'Binary') {
    builder.set(name, fromBase64(value) ?? value, origin);
  } else {
    builder.set(name, value, origin);
  }
}

/**
 * Reads one event from a parsed JSON value and the scan of its source text.
 * @throws CloudEventError `CE_MALFORMED_MESSAGE` (not an object), `CE_DUPLICATE_ATTRIBUTE`, `CE_INVALID_DATA`,
 *   `CE_INVALID_EVENT`.
 */
export function eventFromJson(
  json: unknown,
  scan: MemberScan | undefined,
  options: DecodeOptions,
  context: string,
): CloudEvent {
  if (!isObject(json)) {
    throw new CloudEventError('CE_MALFORMED_MESSAGE', `${context}: a JSON-format event must be a JSON object`);
  }
  const duplicate = scan?.duplicates[0];
  if (duplicate !== undefined) {
    throw new CloudEventError('CE_DUPLICATE_ATTRIBUTE', `${context}: member "${duplicate}" appears twice`, duplicate);
  }
  const builder = new EventBuilder(context);
  for (const name of Object.keys(json)) {
    if (name !== 'data' && name !== 'data_base64' && json[name] !== null) {
      readAttribute(name, json[name], scan?.numbers.get(name), options, builder);
    }
  }
  readData(json, builder, context);
  return builder.finish(options.extensionTypes);
}

/**
 * Reads one event in the JSON event format from a body (UTF-8 bytes or text; a leading BOM is ignored).
 * @throws CloudEventError `CE_MALFORMED_MESSAGE` for a body that is not UTF-8 JSON or not an object, and the errors of
 *   `eventFromJson`.
 */
export function decodeJsonEvent(body: string | Uint8Array, options: DecodeOptions, context: string): CloudEvent {
  const text = bodyText(body, context);
  const json = parseJson(text, context);
  return eventFromJson(json, isObject(json) ? scanObjectMembers(text) : undefined, options, context);
}

/**
 * Reads a JSON batch (an array of JSON-format events, possibly empty) from a body.
 * @throws CloudEventError `CE_MALFORMED_MESSAGE` when the body is not a JSON array, and the errors of `eventFromJson`
 *   for the first event at fault (the message names its index).
 */
export function decodeJsonBatch(body: string | Uint8Array, options: DecodeOptions, context: string): CloudEvent[] {
  const text = bodyText(body, context);
  const json = parseJson(text, context);
  if (!Array.isArray(json))
    throw new CloudEventError('CE_MALFORMED_MESSAGE', `${context}: a batch must be a JSON array`);
  const scans = scanArrayMembers(text);
  return json.map((item, i) => eventFromJson(item, scans[i], options, `${context}, event ${String(i)}`));
}
