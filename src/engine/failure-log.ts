/**
 * The text Camel's error handlers log (at ERROR by default) when an exchange fails for good: the "Failed delivery"
 * line with the number of delivery attempts, the message history table, and the exception with its causes.
 * Dromedary prints the error chain without stack frames: they would name the engine's own code, not the route.
 */
import type { Exchange, StepNode } from '../api/exchange.js';
import { renderText } from '../expr/convert.js';
import { formatMessageHistory, messageHistoryText } from './message-history.js';

const RULE = '-'.repeat(135);

/** The error and its causes, one per line, as `Caused by:` lines under the first. */
export function errorChain(error: Error): string {
  const lines = [renderText(error)];
  const seen = new Set<unknown>([error]);
  let cause: unknown = error.cause;
  while (cause instanceof Error && !seen.has(cause)) {
    seen.add(cause);
    lines.push(`Caused by: ${renderText(cause)}`);
    cause = cause.cause;
  }
  return lines.join('\n');
}

/** Camel's `(MessageId: … on ExchangeId: …)` of a log line. */
export function logIds(exchange: Exchange): string {
  return `(MessageId: ${exchange.messageId} on ExchangeId: ${exchange.exchangeId})`;
}

/** What the failure record holds besides its first line. */
export interface FailureLogOptions {
  /** The delivery attempts made (default 1). */
  readonly attempts?: number;
  /** Text after the exception on the first line (`. Handled by DeadLetterChannel: [log:dlq]`). */
  readonly suffix?: string;
  /** The message history table (default true; Camel's `logExhaustedMessageHistory`). */
  readonly history?: boolean;
  /** The exchange after the table (default false; Camel's `logExhaustedMessageBody`). */
  readonly messageBody?: boolean;
  /** The exception and its causes (default true; Camel's `logStackTrace`). */
  readonly stackTrace?: boolean;
}

/**
 * The log message for a failed exchange. `from` is the `from` of the route the exchange started in (undefined when
 * unknown); `now` is the current time.
 */
export function failureLogMessage(
  exchange: Exchange,
  error: Error,
  from: StepNode | undefined,
  now: number,
  options: FailureLogOptions = {},
): string {
  const line =
    `Failed delivery for ${logIds(exchange)}. Exhausted after delivery attempt: ${String(options.attempts ?? 1)} ` +
    `caught: ${renderText(error)}${options.suffix ?? ''}`;
  const stackTrace = options.stackTrace ?? true;
  if (options.history === false) return stackTrace ? `${line}\n${errorChain(error)}` : line;
  const dump =
    options.messageBody === true
      ? messageHistoryText(exchange, from, now, true)
      : `\n${formatMessageHistory(exchange, from, now)}\n`;
  return stackTrace ? `${line}\n${dump}\nStacktrace\n${RULE}\n${errorChain(error)}` : `${line}\n${dump}`;
}
