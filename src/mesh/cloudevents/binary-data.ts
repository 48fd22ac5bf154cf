/**
 * `data` ↔ message body for the binary content modes of every binding (HTTP, Kafka, AMQP): the body is the data's
 * byte sequence and the protocol's content type is `datacontenttype`. See `model.ts` for the in-memory forms.
 */
import { asPlainBytes, utf8Decode, utf8Encode } from './bytes.js';
import { CloudEventError } from './errors.js';
import { charsetOf, isJsonMediaType, isTextualMediaType, isUtf8Charset } from './media-type.js';
import type { CloudEvent } from './model.js';

/** The content type to announce and the body to send for an event in binary mode. */
export interface BinaryBody {
  /** `datacontenttype`, or `application/json` when it is absent and `data` is a JSON value (spec: SHOULD be explicit). */
  readonly contentType: string | undefined;
  /** Text (to be sent as UTF-8) or bytes; `undefined` when the event has no data. */
  readonly body: string | Uint8Array | undefined;
}

/**
 * Serialises `data` to JSON text.
 * @throws CloudEventError `CE_INVALID_DATA` when `data` has no JSON form (a bigint, a cycle, a function).
 */
export function stringifyJson(data: unknown, where: string): string {
  let text: unknown;
  try {
    // JSON.stringify returns undefined (despite its declared type) for a function, a symbol or undefined.
    text = JSON.stringify(data);
  } catch (e) {
    throw new CloudEventError(
      'CE_INVALID_DATA',
      `${where}: "data" cannot be written as JSON (${(e as Error).message})`,
      'data',
    );
  }
  if (typeof text !== 'string')
    throw new CloudEventError('CE_INVALID_DATA', `${where}: "data" has no JSON form`, 'data');
  return text;
}

/**
 * The binary-mode body of `event`: bytes as they are, JSON values as JSON text, strings as UTF-8 text.
 * @throws CloudEventError `CE_INVALID_DATA` when `data` cannot be written with its `datacontenttype` (a string with a
 *   charset other than UTF-8, a non-string with a non-JSON type, a value without JSON form).
 */
export function encodeBinaryData(event: CloudEvent): BinaryBody {
  const { data, datacontenttype: contentType } = event;
  if (data === undefined || data instanceof Uint8Array) return { contentType, body: data };
  if (contentType === undefined || isJsonMediaType(contentType)) {
    return { contentType: contentType ?? 'application/json', body: stringifyJson(data, 'Binary mode') };
  }
  if (typeof data !== 'string') {
    throw new CloudEventError(
      'CE_INVALID_DATA',
      `Binary mode: "data" must be a string or bytes for "${contentType}"`,
      'data',
    );
  }
  if (!isUtf8Charset(charsetOf(contentType))) {
    throw new CloudEventError(
      'CE_INVALID_DATA',
      `Binary mode: string "data" is written as UTF-8 but "datacontenttype" declares "${contentType}"; pass bytes`,
      'data',
    );
  }
  return { contentType, body: data };
}

/**
 * The in-memory `data` of a binary-mode body: bytes for `rawData` or non-textual types, parsed JSON for JSON types,
 * a string for textual types with a UTF-8 (or no) charset.
 * @throws CloudEventError `CE_INVALID_DATA` when a JSON body does not parse or a textual body is not valid UTF-8.
 */
export function decodeBinaryData(
  body: string | Uint8Array,
  contentType: string | undefined,
  rawData: boolean,
): unknown {
  if (rawData || contentType === undefined)
    return typeof body === 'string' ? asPlainBytes(utf8Encode(body)) : asPlainBytes(body);
  const json = isJsonMediaType(contentType);
  if (!json && !(isTextualMediaType(contentType) && isUtf8Charset(charsetOf(contentType)))) {
    return typeof body === 'string' ? asPlainBytes(utf8Encode(body)) : asPlainBytes(body);
  }
  const text = typeof body === 'string' ? body : utf8Decode(body);
  if (text === undefined) {
    throw new CloudEventError('CE_INVALID_DATA', `Binary mode: body is not valid UTF-8 for "${contentType}"`, 'data');
  }
  if (!json) return text;
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch {
    throw new CloudEventError('CE_INVALID_DATA', `Binary mode: body is not valid JSON for "${contentType}"`, 'data');
  }
}
