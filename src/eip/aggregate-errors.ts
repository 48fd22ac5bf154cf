/**
 * The errors the `aggregate` EIP sets on an incoming exchange, named after the Camel exceptions a Camel user sees in
 * the same situation (the error handler's log line prints `name: message`), with Camel's message texts; the exchange
 * id Camel appends (`. Exchange[…]`) is left out. Each has a stable `code`.
 */
import { DromedaryError } from '../api/errors.js';

/**
 * Camel's `CamelExchangeException` as the aggregator throws it: an empty correlation key, a strategy that failed or
 * returned no exchange. `cause` is the strategy's own error, when there is one.
 */
export class AggregationException extends DromedaryError {
  override readonly name = 'CamelExchangeException';

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(code, message);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** The correlation expression gave null or a blank text (and `ignoreInvalidCorrelationKeys` is off). */
export function invalidCorrelationKey(): AggregationException {
  return new AggregationException('AGGREGATE_INVALID_CORRELATION_KEY', 'Invalid correlation key');
}

/** The aggregation strategy threw (and `discardOnAggregationFailure` is off); the strategy's error is the cause. */
export function aggregationFailed(cause: unknown): AggregationException {
  return new AggregationException('AGGREGATE_STRATEGY_FAILED', 'Error occurred during aggregation', { cause });
}

/** The aggregation strategy threw while deciding pre-completion (`preComplete`); its error is the cause. */
export function preCompletionFailed(cause: unknown): AggregationException {
  return new AggregationException('AGGREGATE_PRE_COMPLETE_FAILED', 'Error occurred during preComplete', { cause });
}

/** The aggregation strategy answered null (or something that is not an exchange), which Camel does not allow. */
export function strategyReturnedNothing(strategy: string): AggregationException {
  return new AggregationException(
    'AGGREGATE_STRATEGY_RETURNED_NULL',
    `AggregationStrategy ${strategy} returned null which is not allowed`,
  );
}

/**
 * A message arrived for a correlation key that `closeCorrelationKeyOnCompletion` closed when its group completed
 * (Camel's `ClosedCorrelationKeyException`).
 */
export class ClosedCorrelationKeyException extends DromedaryError {
  constructor(readonly correlationKey: string) {
    super('AGGREGATE_CLOSED_CORRELATION_KEY', `The correlation key [${correlationKey}] has been closed`);
  }
}
