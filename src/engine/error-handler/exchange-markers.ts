/**
 * The headers and properties error handling sets on an exchange, as Camel names them: `CamelRedelivered`,
 * `CamelRedeliveryCounter`, `CamelRedeliveryMaxCounter` (headers, while a failed step is redelivered; removed when the
 * failure is handled or continued), `CamelExceptionCaught`, `CamelFailureRouteId`, `CamelFailureEndpoint` and
 * `CamelFatalFallbackErrorHandler` (properties).
 */
import type { Exchange } from '../../api/exchange.js';
import type { RedeliveryPolicy } from './redelivery-policy.js';

export const REDELIVERED = 'CamelRedelivered';
export const REDELIVERY_COUNTER = 'CamelRedeliveryCounter';
export const REDELIVERY_MAX_COUNTER = 'CamelRedeliveryMaxCounter';
/** A header that, when set, is the delay (ms) before the next redelivery, instead of the policy's. */
export const REDELIVERY_DELAY = 'CamelRedeliveryDelay';
export const EXCEPTION_CAUGHT = 'CamelExceptionCaught';
export const FAILURE_ROUTE_ID = 'CamelFailureRouteId';
export const FAILURE_ENDPOINT = 'CamelFailureEndpoint';
/** The last endpoint sent to; the failure endpoint is its value when the failure is processed. */
export const TO_ENDPOINT = 'CamelToEndpoint';
/** The routes whose failure processor is running for the exchange (a guard against endless error handling). */
export const FATAL_FALLBACK = 'CamelFatalFallbackErrorHandler';

/** The redelivery headers, which survive the message being reset for a redelivery. */
export const REDELIVERY_HEADERS: readonly string[] = [REDELIVERED, REDELIVERY_COUNTER, REDELIVERY_MAX_COUNTER];

/** A whole number from a header or property value (a number, or integer text), else undefined. */
export function wholeNumber(value: unknown): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

/**
 * Counts a failed delivery: `CamelRedeliveryCounter` one up (from the header, as Camel counts, so a counter left by
 * an earlier step's redelivery goes on), `CamelRedelivered` true, and `CamelRedeliveryMaxCounter` when the policy has
 * a positive maximum. Answers the new counter.
 */
export function countFailedDelivery(exchange: Exchange, policy: RedeliveryPolicy): number {
  const next = (wholeNumber(exchange.headers.get(REDELIVERY_COUNTER)) ?? 0) + 1;
  exchange.headers.set(REDELIVERY_COUNTER, next);
  exchange.headers.set(REDELIVERED, true);
  if (policy.maximumRedeliveries > 0) exchange.headers.set(REDELIVERY_MAX_COUNTER, policy.maximumRedeliveries);
  return next;
}

/** Takes back the last count, when the failure goes on unhandled to a failure processor (Camel keeps them in step). */
export function uncountFailedDelivery(exchange: Exchange): void {
  const counter = wholeNumber(exchange.headers.get(REDELIVERY_COUNTER));
  const previous = counter === undefined ? 0 : counter - 1;
  exchange.headers.set(REDELIVERY_COUNTER, previous);
  exchange.headers.set(REDELIVERED, previous > 0);
}

/** Removes the redelivery headers (the failure was handled or continued). */
export function removeRedeliveryHeaders(exchange: Exchange): void {
  for (const name of REDELIVERY_HEADERS) exchange.headers.delete(name);
}

/** The exception stored in `CamelExceptionCaught`, if any. */
export function caughtException(exchange: Exchange): Error | undefined {
  const caught = exchange.properties.get(EXCEPTION_CAUGHT);
  return caught instanceof Error ? caught : undefined;
}

/** Records where the failure happened: the route it is in and, when known, the last endpoint sent to. */
export function markFailure(exchange: Exchange): void {
  if (exchange.routeId !== undefined) exchange.properties.set(FAILURE_ROUTE_ID, exchange.routeId);
  const to = exchange.properties.get(TO_ENDPOINT);
  if (to === undefined) exchange.properties.delete(FAILURE_ENDPOINT);
  else exchange.properties.set(FAILURE_ENDPOINT, to);
}
