/**
 * The SPI: the types connectors and tools build on. No logic lives here, apart from identity helpers that check a
 * declaration's type.
 */
export type { Diagnostic, Severity } from './diagnostic.js';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostic-codes.js';
export { DromedaryError, UsageError } from './errors.js';
export { defineConnector, type ConnectorDescriptor, type ConnectorSpec, type OptionSchema } from './connector.js';
