/**
 * The CloudEvent model (CloudEvents 1.0.2): a plain object with the context attributes and extensions as top-level
 * keys, and the payload in `data`.
 *
 * In-memory form of `data` (what decoders produce, what encoders expect):
 *
 * | `data` is                 | when `datacontenttype` is                                             |
 * | ------------------------- | --------------------------------------------------------------------- |
 * | a `Uint8Array`            | anything (Binary); written as raw bytes, or `data_base64` in JSON      |
 * | any JSON value            | JSON (`*\/json`, `*\/*+json`) or absent (JSON is implied)              |
 * | a `string`                | textual: `text/*`, `*\/xml`, `*\/*+xml`, or any type with a `charset`  |
 *
 * A binary-mode decoder returns bytes for other types, parsed JSON for JSON types and a string for textual types with
 * a UTF-8 (or no) charset; `rawData: true` keeps the bytes always.
 */

/** The abstract types of the CloudEvents type system. */
export type AttributeType = 'Boolean' | 'Integer' | 'String' | 'Binary' | 'URI' | 'URI-reference' | 'Timestamp';

/**
 * The in-memory value of an attribute: Boolean → `boolean`, Integer → `number` (signed 32-bit), Binary →
 * `Uint8Array`, String, URI, URI-reference and Timestamp → `string` (a Timestamp is kept verbatim, never re-rendered).
 */
export type AttributeValue = string | number | boolean | Uint8Array;

/**
 * A CloudEvent: the REQUIRED attributes, the OPTIONAL ones when present, extensions as further top-level keys (each
 * an `AttributeValue`), and `data` when the event has a payload. An absent attribute is a missing key, never
 * `undefined` or `null`. Use `validate` to check one built by hand.
 */
export interface CloudEvent {
  /** Always `'1.0'` for this version of the spec. */
  specversion: string;
  /** Non-empty; `source` + `id` identify the event. */
  id: string;
  /** Non-empty URI-reference. */
  source: string;
  /** Non-empty; reverse-DNS prefixed by convention. */
  type: string;
  /** RFC 2046 media type of `data`. */
  datacontenttype?: string;
  /** Absolute URI of the schema `data` adheres to. */
  dataschema?: string;
  /** Non-empty subject within `source`. */
  subject?: string;
  /** RFC 3339 timestamp, exactly as produced (offset and precision kept). */
  time?: string;
  /** The payload; see the module documentation for its in-memory form. */
  data?: unknown;
  /** Extension attributes: `AttributeValue`s under names of `[a-z0-9]`. */
  [extension: string]: unknown;
}

/** Declared types of extension attributes, by name; without one, the type is inferred from the value. */
export type ExtensionTypes = Readonly<Record<string, AttributeType>>;

/** The types of the core context attributes. */
export const CORE_ATTRIBUTE_TYPES: Readonly<Record<string, AttributeType>> = Object.freeze({
  specversion: 'String',
  id: 'String',
  source: 'URI-reference',
  type: 'String',
  datacontenttype: 'String',
  dataschema: 'URI',
  subject: 'String',
  time: 'Timestamp',
});

/** The REQUIRED attributes, in the order they are written. */
export const REQUIRED_ATTRIBUTES = ['specversion', 'id', 'source', 'type'] as const;

/** The only `specversion` this implementation accepts. */
export const SPEC_VERSION = '1.0';

/**
 * Types of the documented extensions (`cloudevents/spec` `extensions/`: dataref, partitioning, sampledrate, sequence,
 * distributed tracing). Opt in with `{ extensionTypes: DOCUMENTED_EXTENSION_TYPES }`, so that e.g. a binary-mode
 * `ce-sampledrate: 5` decodes to the Integer 5 rather than the String "5".
 */
export const DOCUMENTED_EXTENSION_TYPES: ExtensionTypes = Object.freeze({
  dataref: 'URI-reference',
  partitionkey: 'String',
  sampledrate: 'Integer',
  sequence: 'String',
  sequencetype: 'String',
  traceparent: 'String',
  tracestate: 'String',
});

/** Default `maxEventBytes`: 1 MiB. The spec requires intermediaries to forward at least 64 KiB. */
export const DEFAULT_MAX_EVENT_BYTES = 1024 * 1024;

/** Options every decoder takes. */
export interface DecodeOptions {
  /** Types of extensions, to turn canonical strings (binary modes) or base64 (JSON) into typed values. */
  readonly extensionTypes?: ExtensionTypes;
  /** Largest message accepted, in bytes (headers/properties included); default `DEFAULT_MAX_EVENT_BYTES`. */
  readonly maxEventBytes?: number;
  /** Binary mode: keep the body as a `Uint8Array` whatever `datacontenttype` says (for intermediaries). */
  readonly rawData?: boolean;
}

/** Options every encoder takes. */
export interface EncodeOptions {
  /** Types of extensions; used for validation and, by AMQP, for native types. */
  readonly extensionTypes?: ExtensionTypes;
  /** Largest message produced, in bytes; default `DEFAULT_MAX_EVENT_BYTES`. */
  readonly maxEventBytes?: number;
}

const ATTRIBUTE_TYPES: ReadonlySet<unknown> = new Set<AttributeType>([
  'Boolean',
  'Integer',
  'String',
  'Binary',
  'URI',
  'URI-reference',
  'Timestamp',
]);

function ownType(types: Readonly<Record<string, AttributeType>> | undefined, name: string): AttributeType | undefined {
  if (types === undefined || !Object.hasOwn(types, name)) return undefined;
  const type = types[name];
  return ATTRIBUTE_TYPES.has(type) ? type : undefined;
}

/**
 * The declared type of attribute `name`: core types first, then `extensionTypes`. Only own entries naming a known
 * type count (an extension called `constructor` is not typed by `Object.prototype`).
 */
export function declaredType(name: string, extensionTypes: ExtensionTypes | undefined): AttributeType | undefined {
  return ownType(CORE_ATTRIBUTE_TYPES, name) ?? ownType(extensionTypes, name);
}

/** The names of an event's attributes (every key but `data`), in insertion order. */
export function attributeNames(event: CloudEvent): string[] {
  return Object.keys(event).filter((k) => k !== 'data');
}
