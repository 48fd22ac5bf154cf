/**
 * Dromedary's public library entry: the SPI types and the functions tools build on. Nothing else is exported.
 */
export * from './api/index.js';
export { createRuntime, type CreateRuntimeOptions, type CreatedRuntime } from './run/create-runtime.js';
export {
  validate,
  validateText,
  type FileReport,
  type ValidateOptions,
  type ValidationReport,
} from './validate/validate.js';
/** CloudEvents 1.0.2: the event model, validation, and the HTTP, Kafka and AMQP bindings. */
export * as cloudevents from './mesh/cloudevents/index.js';
/** CloudEvents SQL (CESQL v1.0): `evaluateCesql`, `compileCesql` and user-defined functions. */
export * from './mesh/cesql/index.js';
