/**
 * The SPI: the types connectors and tools build on. No logic lives here, apart from identity helpers that check a
 * declaration's type.
 */
export type { Diagnostic, Severity } from './diagnostic.js';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostic-codes.js';
export { DromedaryError, ExpressionEvaluationError, TypeConversionError, UsageError } from './errors.js';
export type { EvaluationContext, Exchange, ExchangePattern, Headers, MessageSnapshot } from './exchange.js';
export type {
  Compiled,
  Expression,
  ExpressionLanguage,
  ExpressionOptions,
  ExpressionProblem,
  Predicate,
} from './expression.js';
export type { Clock, ConnectorContext, ConnectorRuntime, Logger, LogLevel, Sink, Source } from './connector-runtime.js';
export type { Delivery, ExchangeFacts, Message } from './message.js';
export type { AsyncCallback, Processor } from './processor.js';
export {
  defineConnector,
  type ConnectorDescriptor,
  type ConnectorInfo,
  type ConnectorSpec,
  type OptionSchema,
} from './connector.js';
