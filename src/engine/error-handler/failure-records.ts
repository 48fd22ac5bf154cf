/**
 * What error handlers log, and when (Camel's `RedeliveryErrorHandler.logFailedDelivery` and
 * `FatalFallbackErrorHandler`): a line per failed attempt that will be retried ("On delivery attempt: N", at
 * `retryAttemptedLogLevel`, every `retryAttemptedLogInterval`-th), the exhausted record ("Exhausted after delivery
 * attempt: N", at `retriesExhaustedLogLevel`, with message history and the exception) unless the failure was handled
 * or continued (`logHandled`, `logContinued`), a warning when a dead letter channel itself fails, and the fatal
 * fallback's records when `onException` steps or a dead letter channel fail.
 */
import type { Logger, LogLevel } from '../../api/connector-runtime.js';
import type { Exchange, StepNode } from '../../api/exchange.js';
import { renderText } from '../../expr/convert.js';
import { errorChain, failureLogMessage, logIds } from '../failure-log.js';
import type { RedeliveryPolicy } from './redelivery-policy.js';

/** Where records go and what they need to render message history. */
export interface FailureLog {
  readonly logger: Logger;
  /** The `from` of the route an exchange started in. */
  fromNode(routeId: string | undefined): StepNode | undefined;
  now(): number;
}

/** How an exhausted failure ended, for the exhausted record. */
export interface Exhaustion {
  readonly attempts: number;
  /** `. Handled by DeadLetterChannel: [uri]`, `. Processed by failure processor: …` or ''. */
  readonly suffix: string;
  /** Handled (a dead letter channel, `handled`, `continued`): logged only with `logHandled`. */
  readonly handled: boolean;
  /** Continued (`continued`): logged only with `logContinued`. */
  readonly continued?: boolean;
  /** The level: the policy's `retriesExhaustedLogLevel`, or the handler's `level` when it has no redelivery logic. */
  readonly level: LogLevel;
}

const log = (out: FailureLog, level: LogLevel, message: string): void => {
  if (level !== 'OFF' && out.logger.enabled(level)) out.logger.log(level, message);
};

/** The line for a failed attempt that will be retried (`counter`: redeliveries made so far). */
export function logRetryAttempt(
  out: FailureLog,
  policy: RedeliveryPolicy,
  exchange: Exchange,
  error: Error,
  counter: number,
): void {
  if (!policy.logRetryAttempted) return;
  const interval = policy.retryAttemptedLogInterval;
  if (interval > 1 && counter % interval !== 0) return;
  const line = `Failed delivery for ${logIds(exchange)}. On delivery attempt: ${String(counter)} caught: ${renderText(error)}`;
  log(out, policy.retryAttemptedLogLevel, policy.logRetryStackTrace ? `${line}\n${errorChain(error)}` : line);
}

/** The exhausted record of `caught`. */
export function logExhausted(
  out: FailureLog,
  policy: RedeliveryPolicy,
  exchange: Exchange,
  caught: Error,
  how: Exhaustion,
): void {
  if (how.handled && !policy.logHandled) return;
  if (how.continued === true && !policy.logContinued) return;
  if (!policy.logExhausted) return;
  log(
    out,
    how.level,
    failureLogMessage(exchange, caught, out.fromNode(exchange.fromRouteId), out.now(), {
      attempts: how.attempts,
      suffix: how.suffix,
      history: policy.logExhaustedMessageHistory,
      messageBody: policy.logExhaustedMessageBody,
      stackTrace: policy.logStackTrace,
    }),
  );
}

/** The warning that a dead letter channel failed with `error` (at most WARN, with `logNewException`). */
export function logNewException(
  out: FailureLog,
  policy: RedeliveryPolicy,
  deadLetterUri: string,
  error: Error,
  handled: boolean,
): void {
  if (!policy.logNewException) return;
  const level = policy.retriesExhaustedLogLevel === 'ERROR' ? 'WARN' : policy.retriesExhaustedLogLevel;
  const line =
    `New exception occurred during processing by the DeadLetterChannel[${deadLetterUri}] due ${error.message}. ` +
    (handled
      ? 'The new exception is being handled as deadLetterHandleNewException=true.'
      : 'The new exception is not handled as deadLetterHandleNewException=false.');
  log(out, level, policy.logStackTrace ? `${line}\n${errorChain(error)}` : line);
}

/** A failure processor that failed: what it is called, its error, the failure it handled, whether it is a DLC. */
export interface FatalFailure {
  readonly using: string;
  readonly error: Error;
  readonly previous: Error | undefined;
  readonly deadLetter: boolean;
}

/**
 * The fatal fallback's records when the failure processor (`using`) failed with `error` while handling `previous`:
 * at ERROR for `onException` steps, at WARN for a dead letter channel.
 */
export function logFatalFallback(out: FailureLog, exchange: Exchange, failure: FatalFailure): void {
  const { using, error, previous, deadLetter } = failure;
  const level: LogLevel = deadLetter ? 'WARN' : 'ERROR';
  const id = exchange.exchangeId;
  const head = `Exception occurred while trying to handle previously thrown exception on exchangeId: ${id} using: [${using}].`;
  if (previous !== undefined) {
    log(out, level, `${head} The previous and the new exception will be logged in the following.`);
    log(out, level, `\\--> Previous exception on exchangeId: ${id}\n${errorChain(previous)}`);
  } else {
    log(out, level, head);
  }
  log(out, level, `\\--> New exception on exchangeId: ${id}\n${errorChain(error)}`);
}
