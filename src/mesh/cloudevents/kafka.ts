/**
 * The Kafka protocol binding (1.0.2, with the 1.0.3 clarifications on tombstones and case-insensitive detection), as
 * pure mappers between events and kafkajs-compatible records (`{ key, value, headers }`; Buffers are `Uint8Array`s).
 *
 * Binary mode: value = data bytes (`null` when the event has no data: a tombstone on a compacted topic), header
 * `content-type` ↔ `datacontenttype`, every other attribute ↔ header `ce_<name>` holding its canonical string in
 * UTF-8 (no percent-encoding). Structured mode: value = the JSON format, `content-type:
 * application/cloudevents+json; charset=UTF-8`; never a tombstone. There is no batched mode.
 *
 * Key mapping: the record key is never read into the event. By default no key is set; `key` may give one, or a
 * mapper deriving it; `partitionKeyMapper` is the opt-in mapper using `partitionkey` (which stays on the event).
 */
import { decodeBinaryData, encodeBinaryData } from './binary-data.js';
import { asPlainBytes, byteLength, utf8Decode, utf8Encode } from './bytes.js';
import { fromCanonicalString, toCanonicalString } from './canonical.js';
import { detectContentMode } from './content-mode.js';
import { assertSize, CloudEventError, throwIfInvalid } from './errors.js';
import { EventBuilder } from './event-builder.js';
import { decodeJsonEvent, encodeJsonEvent } from './json-format.js';
import { STRUCTURED_CONTENT_TYPE } from './http-structured.js';
import { declaredType, type CloudEvent, type DecodeOptions, type EncodeOptions } from './model.js';
import { validate } from './validate.js';

/** A Kafka header value, as kafkajs gives and takes it. */
export type KafkaHeaderValue = Uint8Array | string;

/** A record key. */
export type KafkaKey = Uint8Array | string | null;

/** A record as `toKafka` writes it (assignable to kafkajs's `Message`). */
export interface KafkaMessage {
  key?: KafkaKey;
  value: Uint8Array | null;
  headers: Record<string, KafkaHeaderValue>;
}

/** A record as `fromKafka` reads it (kafkajs's `KafkaMessage` fits: repeated headers come as lists). */
export interface KafkaMessageInput {
  readonly key?: KafkaKey | undefined;
  readonly value?: Uint8Array | string | null | undefined;
  readonly headers?: Readonly<Record<string, KafkaHeaderValue | readonly KafkaHeaderValue[] | undefined>> | undefined;
}

/** Derives a record key from an event; `undefined` leaves the record without a key. Must not modify the event. */
export type KafkaKeyMapper = (event: CloudEvent) => KafkaKey | undefined;

/** Options of `toKafka`. */
export interface KafkaEncodeOptions extends EncodeOptions {
  /** `binary` (default) or `structured`. */
  readonly mode?: 'binary' | 'structured';
  /** The record key (the user-provided key, mapped as is), or a mapper computing it. */
  readonly key?: KafkaKey | KafkaKeyMapper;
}

/** The opt-in key mapper of the binding: the `partitionkey` extension's canonical string, if present. */
export const partitionKeyMapper: KafkaKeyMapper = (event) => {
  const key = event['partitionkey'];
  return key === undefined ? undefined : toCanonicalString(key);
};

function recordSize(
  key: KafkaKey | undefined,
  value: Uint8Array | string | null | undefined,
  headers: KafkaMessageInput['headers'],
): number {
  let size =
    (key === null || key === undefined ? 0 : byteLength(key)) +
    (value === null || value === undefined ? 0 : byteLength(value));
  for (const name of Object.keys(headers ?? {})) {
    const v = headers?.[name];
    if (v === undefined) continue;
    for (const item of typeof v === 'string' || v instanceof Uint8Array ? [v] : v)
      size += byteLength(name) + byteLength(item);
  }
  return size;
}

/**
 * Validates `event` and maps it to a Kafka record in binary (default) or structured mode. Header values are strings.
 * @throws CloudEventError `CE_INVALID_EVENT`, `CE_INVALID_DATA`, `CE_EVENT_TOO_LARGE`.
 */
export function toKafka(event: CloudEvent, options: KafkaEncodeOptions = {}): KafkaMessage {
  let message: KafkaMessage;
  if (options.mode === 'structured') {
    message = {
      value: utf8Encode(encodeJsonEvent(event, options)),
      headers: { 'content-type': STRUCTURED_CONTENT_TYPE },
    };
  } else {
    throwIfInvalid(validate(event, options), 'Encoding');
    const { contentType, body } = encodeBinaryData(event);
    const headers: Record<string, KafkaHeaderValue> = {};
    if (contentType !== undefined) headers['content-type'] = contentType;
    for (const name of Object.keys(event)) {
      const value = event[name];
      if (name === 'data' || name === 'datacontenttype' || value === undefined) continue;
      headers[`ce_${name}`] = toCanonicalString(value);
    }
    message = { value: body === undefined ? null : typeof body === 'string' ? utf8Encode(body) : body, headers };
  }
  const key = typeof options.key === 'function' ? options.key(event) : options.key;
  if (key !== undefined) message.key = key;
  assertSize(recordSize(key, message.value, message.headers), options.maxEventBytes, 'Kafka');
  return message;
}

function headerText(name: string, value: KafkaHeaderValue | readonly KafkaHeaderValue[]): string {
  let single: KafkaHeaderValue | undefined;
  if (typeof value === 'string' || value instanceof Uint8Array) single = value;
  else if (value.length === 1) single = value[0];
  if (single === undefined)
    throw new CloudEventError('CE_DUPLICATE_ATTRIBUTE', `Kafka: header "${name}" appears more than once`, name);
  const text = typeof single === 'string' ? single : utf8Decode(single);
  if (text === undefined)
    throw new CloudEventError('CE_MALFORMED_MESSAGE', `Kafka: header "${name}" is not valid UTF-8`, name);
  return text;
}

function decodeBinary(message: KafkaMessageInput, contentType: string | undefined, options: DecodeOptions): CloudEvent {
  const builder = new EventBuilder('Kafka binary mode');
  const headers = message.headers ?? {};
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (name.slice(0, 3).toLowerCase() !== 'ce_' || value === undefined) continue;
    const attribute = name.slice(3);
    if (attribute === 'datacontenttype') {
      throw new CloudEventError(
        'CE_CONTENT_TYPE_CONFLICT',
        'Kafka binary mode: header "ce_datacontenttype" must not be present; "content-type" carries datacontenttype',
        name,
      );
    }
    builder.set(
      attribute,
      fromCanonicalString(headerText(name, value), declaredType(attribute, options.extensionTypes)),
      `header "${name}"`,
    );
  }
  if (contentType !== undefined) builder.set('datacontenttype', contentType, 'header "content-type"');
  const value = message.value;
  if (value !== null && value !== undefined) {
    builder.setData(
      decodeBinaryData(typeof value === 'string' ? value : asPlainBytes(value), contentType, options.rawData === true),
    );
  }
  return builder.finish(options.extensionTypes);
}

/**
 * Maps a Kafka record to the event it carries. The mode is chosen by the `content-type` header (name and value
 * matched case-insensitively). The record key is ignored. In binary mode a record without value is an event without
 * data; an empty value is empty data.
 * @throws CloudEventError `CE_EVENT_TOO_LARGE`, `CE_UNSUPPORTED_FORMAT` (non-JSON format or a batch),
 *   `CE_DUPLICATE_ATTRIBUTE` (a header repeated), `CE_MALFORMED_MESSAGE` (a header or structured value that is not
 *   UTF-8, a structured record without value or not a JSON object), `CE_CONTENT_TYPE_CONFLICT`, `CE_INVALID_DATA`,
 *   `CE_INVALID_EVENT`.
 */
export function fromKafka(message: KafkaMessageInput, options: DecodeOptions = {}): CloudEvent {
  assertSize(recordSize(message.key, message.value, message.headers), options.maxEventBytes, 'Kafka');
  const headers = message.headers ?? {};
  const names = Object.keys(headers).filter((n) => n.toLowerCase() === 'content-type' && headers[n] !== undefined);
  if (names.length > 1)
    throw new CloudEventError(
      'CE_DUPLICATE_ATTRIBUTE',
      'Kafka: header "content-type" appears more than once',
      'content-type',
    );
  const ctName = names[0];
  const ctValue = ctName === undefined ? undefined : headers[ctName];
  const contentType = ctName === undefined || ctValue === undefined ? undefined : headerText(ctName, ctValue).trim();
  if (detectContentMode(contentType, false, 'Kafka') === 'binary') return decodeBinary(message, contentType, options);
  if (message.value === null || message.value === undefined) {
    throw new CloudEventError('CE_MALFORMED_MESSAGE', 'Kafka structured mode: the record has no value');
  }
  return decodeJsonEvent(message.value, options, 'Kafka structured mode');
}
