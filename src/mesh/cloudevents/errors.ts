/**
 * Typed errors and problem records of the CloudEvents codecs. `validate` reports `CloudEventProblem`s and never
 * throws; every decoder and encoder throws a `CloudEventError` whose `code` is one of `CloudEventErrorCode`.
 */
import { DromedaryError } from '../../api/errors.js';
import { DEFAULT_MAX_EVENT_BYTES } from './model.js';

/**
 * Stable codes of the problems `validate` reports. `CE_ATTRIBUTE_NAME_LENGTH` is a warning (the spec says SHOULD);
 * every other code is an error.
 */
export type CloudEventProblemCode =
  /** The event is not a plain object. */
  | 'CE_NOT_AN_OBJECT'
  /** A REQUIRED attribute (`specversion`, `id`, `source`, `type`) is absent. */
  | 'CE_MISSING_ATTRIBUTE'
  /** An attribute that MUST be non-empty is `''`. */
  | 'CE_EMPTY_ATTRIBUTE'
  /** `specversion` is not `1.0`. */
  | 'CE_SPECVERSION'
  /** An attribute name is not made of `a`-`z` and `0`-`9` only. */
  | 'CE_ATTRIBUTE_NAME'
  /** An attribute name is longer than 20 characters (warning). */
  | 'CE_ATTRIBUTE_NAME_LENGTH'
  /** A value is not of the attribute's CloudEvents type (e.g. a fraction for an Integer, `null`, an object). */
  | 'CE_ATTRIBUTE_TYPE'
  /** A value has the right type but breaks its rules (control character, out of range, not RFC 3339, not a URI). */
  | 'CE_ATTRIBUTE_VALUE'
  /** `data` cannot be carried with the event's `datacontenttype` (e.g. an object with `text/plain`). */
  | 'CE_INVALID_DATA';

/** One problem `validate` found. */
export interface CloudEventProblem {
  readonly code: CloudEventProblemCode;
  /** `error` makes the event invalid; `warning` is a SHOULD of the spec that is not met. */
  readonly severity: 'error' | 'warning';
  /** The attribute at fault (`data` for the payload); absent when the problem concerns the whole event. */
  readonly attribute?: string;
  /** One sentence for a person; names the attribute. */
  readonly message: string;
}

/** Stable codes of the errors the codecs throw. */
export type CloudEventErrorCode =
  /** The decoded (or to-be-encoded) event breaks the spec; `problems` lists why. */
  | 'CE_INVALID_EVENT'
  /** A `ce-*` HTTP header value is not validly quoted or percent-encoded, holds non-ASCII, or is invalid UTF-8. */
  | 'CE_HEADER_ENCODING'
  /** The same attribute appears twice in one message (two headers, two JSON members, two properties). */
  | 'CE_DUPLICATE_ATTRIBUTE'
  /** A binary-mode message carries `datacontenttype` as an attribute header besides the content type. */
  | 'CE_CONTENT_TYPE_CONFLICT'
  /** The content type names an event format (or batch) this binding does not support, e.g. `+avro`. */
  | 'CE_UNSUPPORTED_FORMAT'
  /** The message is not shaped as its mode requires: body not JSON, not an object/array, missing, mixed prefixes. */
  | 'CE_MALFORMED_MESSAGE'
  /** `data` cannot be decoded or encoded as `datacontenttype` says (bad JSON, bad base64, unsupported charset). */
  | 'CE_INVALID_DATA'
  /** The message is larger than the configured `maxEventBytes`. */
  | 'CE_EVENT_TOO_LARGE';

/**
 * What every CloudEvents decoder and encoder throws on purpose. `code` is stable; `message` names the attribute or
 * header at fault, which is also in `at` when there is one; `problems` is non-empty for `CE_INVALID_EVENT`.
 */
export class CloudEventError extends DromedaryError {
  declare readonly code: CloudEventErrorCode;
  constructor(
    code: CloudEventErrorCode,
    message: string,
    /** The attribute, header or property at fault, when there is one. */
    readonly at?: string,
    /** The validation problems behind a `CE_INVALID_EVENT`; empty for other codes. */
    readonly problems: readonly CloudEventProblem[] = [],
  ) {
    super(code, message);
  }
}

/** Throws `CE_INVALID_EVENT` when `problems` holds an error; warnings alone pass. */
export function throwIfInvalid(problems: readonly CloudEventProblem[], context: string): void {
  const errors = problems.filter((p) => p.severity === 'error');
  const first = errors[0];
  if (first === undefined) return;
  const more = errors.length > 1 ? ` (and ${String(errors.length - 1)} more)` : '';
  throw new CloudEventError('CE_INVALID_EVENT', `${context}: ${first.message}${more}`, first.attribute, errors);
}

/**
 * Throws `CE_EVENT_TOO_LARGE` when a message of `size` bytes exceeds `maxEventBytes` (default
 * `DEFAULT_MAX_EVENT_BYTES`).
 */
export function assertSize(size: number, maxEventBytes: number | undefined, context: string): void {
  const max = maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
  if (size > max) {
    throw new CloudEventError(
      'CE_EVENT_TOO_LARGE',
      `${context}: message of ${String(size)} bytes exceeds maxEventBytes ${String(max)}`,
    );
  }
}
