/**
 * CloudEvents 1.0.2 for Dromedary's mesh: the event model, validation, and the HTTP, Kafka and AMQP bindings with the
 * JSON event format. Meant to be exported from the package root as a namespace:
 * `export * as cloudevents from './mesh/cloudevents/index.js'`.
 *
 * Decoders (`fromHttp`, `fromKafka`, `fromAmqp`) return only valid events and throw `CloudEventError` otherwise;
 * encoders (`toHttp`, `toHttpBatch`, `toKafka`, `toAmqp`) validate first and throw `CloudEventError` for an invalid
 * event; `validate` returns the problems and never throws.
 */
export { fromAmqp, toAmqp } from './amqp.js';
export type {
  AmqpEncodeOptions,
  AmqpMessage,
  AmqpMessageInput,
  AmqpPrefix,
  AmqpProperties,
  AmqpValue,
} from './amqp.js';
export { CloudEventError } from './errors.js';
export type { CloudEventErrorCode, CloudEventProblem, CloudEventProblemCode } from './errors.js';
export { fromHttp, toHttp, toHttpBatch } from './http.js';
export type { HttpEncodeOptions } from './http.js';
export type { HttpHeaders, HttpMessage, HttpMessageInput } from './http-message.js';
export { BATCH_CONTENT_TYPE } from './http-batch.js';
export { STRUCTURED_CONTENT_TYPE } from './http-structured.js';
export { JSON_BATCH_MEDIA_TYPE, JSON_FORMAT_MEDIA_TYPE } from './json-format.js';
export { fromKafka, partitionKeyMapper, toKafka } from './kafka.js';
export type {
  KafkaEncodeOptions,
  KafkaHeaderValue,
  KafkaKey,
  KafkaKeyMapper,
  KafkaMessage,
  KafkaMessageInput,
} from './kafka.js';
export {
  CORE_ATTRIBUTE_TYPES,
  DEFAULT_MAX_EVENT_BYTES,
  DOCUMENTED_EXTENSION_TYPES,
  REQUIRED_ATTRIBUTES,
  SPEC_VERSION,
} from './model.js';
export type {
  AttributeType,
  AttributeValue,
  CloudEvent,
  DecodeOptions,
  EncodeOptions,
  ExtensionTypes,
} from './model.js';
export { percentDecode, percentEncode } from './percent-encoding.js';
export { isRfc3339 } from './timestamp.js';
export { isValid, validate } from './validate.js';
export type { ValidateOptions } from './validate.js';
