/**
 * The text Camel's default error handler logs (at ERROR) when an exchange fails for good: the "Failed delivery" line,
 * the message history table, and the exception with its causes. Dromedary prints the error chain without stack
 * frames: they would name the engine's own code, not the route.
 */
import type { Exchange, StepNode } from '../api/exchange.js';
import { renderText } from '../expr/convert.js';
import { formatMessageHistory } from './message-history.js';

const RULE = '-'.repeat(135);

/** The error and its causes, one per line, as `Caused by:` lines under the first. */
function errorChain(error: Error): string {
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

/**
 * The log message for a failed exchange. `from` is the `from` of the route the exchange started in (undefined when
 * unknown); `now` is the current time.
 */
export function failureLogMessage(exchange: Exchange, error: Error, from: StepNode | undefined, now: number): string {
  return (
    `Failed delivery for (MessageId: ${exchange.messageId} on ExchangeId: ${exchange.exchangeId}). ` +
    `Exhausted after delivery attempt: 1 caught: ${renderText(error)}\n\n` +
    `${formatMessageHistory(exchange, from, now)}\n\nStacktrace\n${RULE}\n${errorChain(error)}`
  );
}
