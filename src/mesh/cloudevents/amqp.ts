/**
 * The AMQP protocol binding (1.0.2, with the 1.0.3 property prefix rule), as pure mappers between events and an
 * amqplib/rhea-like message shape:
 *
 * - `properties.contentType`: the AMQP `content-type` property (rhea: `message.content_type`; amqplib:
 *   `properties.contentType`);
 * - `applicationProperties`: the application-properties section (rhea: `message.application_properties`; amqplib /
 *   AMQP 0-9-1: `properties.headers`); numbers written are Integers, which an adapter must send as AMQP `long`;
 * - `body`: the application data as one `data` section, or `null` when the event has no data.
 *
 * Binary mode: `content-type` ↔ `datacontenttype`; every other attribute ↔ application property `cloudEvents_<name>`
 * (written; `cloudEvents:<name>` is written with `prefix: 'cloudEvents:'`; both are read, but one message must not
 * mix them). Values use the AMQP types (boolean, long, string, binary); Timestamps are written as their canonical
 * string, so `time` stays verbatim, unless `nativeTimestamps` asks for AMQP timestamps (millisecond precision, lossy).
 * On reading, native values and canonical strings are both accepted. Structured mode: `content-type:
 * application/cloudevents+json; charset=UTF-8` and the JSON format as the body. There is no batched mode.
 */
import { decodeBinaryData, encodeBinaryData } from './binary-data.js';
import { asBuffer, asPlainBytes, byteLength, utf8Encode } from './bytes.js';
import { fromCanonicalString, INTEGER_MAX, INTEGER_MIN } from './canonical.js';
import { detectContentMode } from './content-mode.js';
import { assertSize, CloudEventError, throwIfInvalid } from './errors.js';
import { EventBuilder } from './event-builder.js';
import { STRUCTURED_CONTENT_TYPE } from './http-structured.js';
import { decodeJsonEvent, encodeJsonEvent } from './json-format.js';
import { declaredType, type AttributeType, type CloudEvent, type DecodeOptions, type EncodeOptions } from './model.js';
import { rfc3339ToDate } from './timestamp.js';
import { validate } from './validate.js';

/** A value of the application-properties section. */
export type AmqpValue = string | number | boolean | Uint8Array | Date;

/** AMQP message properties; only `contentType` is used. */
export interface AmqpProperties {
  contentType?: string;
  [property: string]: unknown;
}

/** A message as `toAmqp` writes it. */
export interface AmqpMessage {
  properties: AmqpProperties;
  applicationProperties: Record<string, AmqpValue>;
  body: Uint8Array | null;
}

/** A message as `fromAmqp` reads it; a string body is taken as UTF-8 text, a missing body as no data. */
export interface AmqpMessageInput {
  readonly properties?: { readonly contentType?: string | undefined } | undefined;
  readonly applicationProperties?: Readonly<Record<string, unknown>> | undefined;
  readonly body?: Uint8Array | string | null | undefined;
}

/** The application-property prefixes of the binding. */
export type AmqpPrefix = 'cloudEvents_' | 'cloudEvents:';

/** Options of `toAmqp`. */
export interface AmqpEncodeOptions extends EncodeOptions {
  /** `binary` (default) or `structured`. */
  readonly mode?: 'binary' | 'structured';
  /** Property-name prefix in binary mode: `cloudEvents_` (default; JMS-selector safe) or `cloudEvents:` (1.0.2). */
  readonly prefix?: AmqpPrefix;
  /** Write Timestamps as AMQP timestamps (`Date`, millisecond precision) instead of verbatim strings. */
  readonly nativeTimestamps?: boolean;
}

function toAmqpValue(value: unknown, type: AttributeType | undefined, nativeTimestamps: boolean): AmqpValue {
  if (type === 'Timestamp' && nativeTimestamps && typeof value === 'string') return rfc3339ToDate(value) ?? value;
  if (value instanceof Uint8Array) return asBuffer(value);
  return value as AmqpValue;
}

function fromAmqpValue(value: unknown, type: AttributeType | undefined): unknown {
  if (typeof value === 'string') return fromCanonicalString(value, type);
  if (value instanceof Uint8Array) return asPlainBytes(value);
  if (value instanceof Date && (type === undefined || type === 'Timestamp') && !Number.isNaN(value.getTime())) {
    return value.toISOString();
  }
  if (typeof value === 'bigint' && value >= BigInt(INTEGER_MIN) && value <= BigInt(INTEGER_MAX)) return Number(value);
  return typeof value === 'number' ? value + 0 : value;
}

function valueSize(value: unknown): number {
  if (typeof value === 'string' || value instanceof Uint8Array) return byteLength(value);
  return typeof value === 'boolean' ? 1 : 8;
}

function messageSize(contentType: string | undefined, props: Readonly<Record<string, unknown>>, body: unknown): number {
  let size = contentType === undefined ? 0 : contentType.length;
  for (const name of Object.keys(props)) size += byteLength(name) + valueSize(props[name]);
  return size + (typeof body === 'string' || body instanceof Uint8Array ? byteLength(body) : 0);
}

/**
 * Validates `event` and maps it to an AMQP message in binary (default) or structured mode.
 * @throws CloudEventError `CE_INVALID_EVENT`, `CE_INVALID_DATA`, `CE_EVENT_TOO_LARGE`.
 */
export function toAmqp(event: CloudEvent, options: AmqpEncodeOptions = {}): AmqpMessage {
  let message: AmqpMessage;
  if (options.mode === 'structured') {
    const body = utf8Encode(encodeJsonEvent(event, options));
    message = { properties: { contentType: STRUCTURED_CONTENT_TYPE }, applicationProperties: {}, body };
  } else {
    throwIfInvalid(validate(event, options), 'Encoding');
    const { contentType, body } = encodeBinaryData(event);
    const prefix = options.prefix ?? 'cloudEvents_';
    const applicationProperties: Record<string, AmqpValue> = {};
    for (const name of Object.keys(event)) {
      const value = event[name];
      if (name === 'data' || name === 'datacontenttype' || value === undefined) continue;
      const type = declaredType(name, options.extensionTypes);
      applicationProperties[prefix + name] = toAmqpValue(value, type, options.nativeTimestamps === true);
    }
    message = {
      properties: contentType === undefined ? {} : { contentType },
      applicationProperties,
      body: body === undefined ? null : typeof body === 'string' ? utf8Encode(body) : asBuffer(body),
    };
  }
  assertSize(
    messageSize(message.properties.contentType, message.applicationProperties, message.body),
    options.maxEventBytes,
    'AMQP',
  );
  return message;
}

function decodeBinary(message: AmqpMessageInput, contentType: string | undefined, options: DecodeOptions): CloudEvent {
  const builder = new EventBuilder('AMQP binary mode');
  const props = message.applicationProperties ?? {};
  let separator: string | undefined;
  for (const name of Object.keys(props)) {
    if (!name.startsWith('cloudEvents_') && !name.startsWith('cloudEvents:')) continue;
    const sep = name.charAt(11);
    if (separator !== undefined && sep !== separator) {
      throw new CloudEventError(
        'CE_MALFORMED_MESSAGE',
        `AMQP binary mode: property "${name}" mixes the "cloudEvents${separator}" and "cloudEvents${sep}" prefixes`,
        name,
      );
    }
    separator = sep;
    const attribute = name.slice(12);
    if (attribute === 'datacontenttype') {
      throw new CloudEventError(
        'CE_CONTENT_TYPE_CONFLICT',
        `AMQP binary mode: property "${name}" must not be present; content-type carries datacontenttype`,
        name,
      );
    }
    builder.set(
      attribute,
      fromAmqpValue(props[name], declaredType(attribute, options.extensionTypes)),
      `property "${name}"`,
    );
  }
  if (contentType !== undefined) builder.set('datacontenttype', contentType, 'property "content-type"');
  const body = message.body;
  if (body !== null && body !== undefined)
    builder.setData(decodeBinaryData(body, contentType, options.rawData === true));
  return builder.finish(options.extensionTypes);
}

/**
 * Maps an AMQP message to the event it carries; the mode is chosen by `properties.contentType` (case-insensitive).
 * In binary mode a missing/`null` body is an event without data.
 * @throws CloudEventError `CE_EVENT_TOO_LARGE`, `CE_UNSUPPORTED_FORMAT` (non-JSON format or a batch),
 *   `CE_MALFORMED_MESSAGE` (mixed prefixes; a structured body that is missing, not UTF-8 JSON or not an object),
 *   `CE_CONTENT_TYPE_CONFLICT`, `CE_DUPLICATE_ATTRIBUTE` (a duplicate JSON member), `CE_INVALID_DATA`,
 *   `CE_INVALID_EVENT`.
 */
export function fromAmqp(message: AmqpMessageInput, options: DecodeOptions = {}): CloudEvent {
  const contentType = message.properties?.contentType?.trim();
  assertSize(
    messageSize(contentType, message.applicationProperties ?? {}, message.body),
    options.maxEventBytes,
    'AMQP',
  );
  if (detectContentMode(contentType, false, 'AMQP') === 'binary') return decodeBinary(message, contentType, options);
  if (message.body === null || message.body === undefined) {
    throw new CloudEventError('CE_MALFORMED_MESSAGE', 'AMQP structured mode: the message has no body');
  }
  return decodeJsonEvent(message.body, options, 'AMQP structured mode');
}
