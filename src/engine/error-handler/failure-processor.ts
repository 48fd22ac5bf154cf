/**
 * What happens to a failure once no more redelivery is allowed (Camel's `deliverToFailureProcessor` and
 * `prepareExchangeAfterFailure`). The failure processor is the matching clause's steps, else the dead letter channel's
 * endpoint, else none. Then:
 *
 * - `continued`: the exception is cleared, the redelivery headers removed, and the route goes on after the failing step
 *   (a dead letter channel is not sent to);
 * - `handled` (and any failure a dead letter channel takes): the exception is cleared and the exchange ends here
 *   successfully (`stopped`), in its route and in the routes that called it;
 * - otherwise the failure processor runs and the exception is put back: the exchange fails.
 *
 * `useOriginalMessage` / `useOriginalBody` give the failure processor the unit of work's original message (body).
 * The failure processor runs under Camel's fatal fallback: when it fails itself, that is logged (ERROR for clause
 * steps, WARN for a dead letter channel) and the new exception becomes the caught one; a dead letter channel still
 * handles the exchange when `deadLetterHandleNewException` (the default) says so, clause steps never do. The
 * exhausted record is logged last (see `failure-records.ts`).
 */
import type { Exchange } from '../../api/exchange.js';
import type { Predicate } from '../../api/expression.js';
import type { Processor } from '../../api/processor.js';
import { asError, runSafely } from '../pipeline.js';
import type { ErrorHandler } from './error-handler.js';
import type { ExceptionClause } from './exception-clause.js';
import {
  caughtException,
  EXCEPTION_CAUGHT,
  FATAL_FALLBACK,
  markFailure,
  removeRedeliveryHeaders,
  uncountFailedDelivery,
} from './exchange-markers.js';
import { logExhausted, logFatalFallback, logNewException } from './failure-records.js';
import { restoreMessage } from './message-snapshot.js';
import type { RedeliveryPolicy } from './redelivery-policy.js';

/** The state of a failure when redelivery is over. */
export interface FailureState {
  readonly handler: ErrorHandler;
  readonly exchange: Exchange;
  readonly policy: RedeliveryPolicy;
  /** Delivery attempts made. */
  readonly attempts: number;
  readonly handled?: Predicate;
  readonly continued?: Predicate;
  readonly useOriginalMessage: boolean;
  readonly useOriginalBody: boolean;
  /** The matching clause with steps, if any. */
  readonly clause?: ExceptionClause;
}

/** The processor a failure goes to, and how logs name it. */
interface Target {
  readonly processor: Processor;
  readonly name: string;
  readonly deadLetter: boolean;
}

/** How the failure is dealt with. */
interface Outcome {
  readonly caught: Error;
  readonly deadLetter: boolean;
  readonly handle: boolean;
  readonly continue: boolean;
  readonly suffix: string;
}

function targetOf(s: FailureState): Target | undefined {
  if (s.clause?.processor !== undefined)
    return { processor: s.clause.processor, name: s.clause.processorName, deadLetter: false };
  const dlc = s.handler.settings.deadLetter;
  return dlc === undefined ? undefined : { processor: dlc.processor, name: dlc.endpointUri, deadLetter: true };
}

function suffixOf(s: FailureState, target: Target | undefined): string {
  if (target === undefined) return '';
  const dlc = s.handler.settings.deadLetter;
  if (target.deadLetter && dlc !== undefined) return `. Handled by DeadLetterChannel: [${dlc.uri}]`;
  return `. Processed by failure processor: FatalFallbackErrorHandler[${target.name}]`;
}

/**
 * Hands the exhausted failure on exchange `s.exchange` to its failure processor and prepares the exchange for what
 * follows; calls `finish` with whether everything completed synchronously (`sync` says whether it did so far) and
 * answers what `finish` answered when it ran at once, false when it runs later.
 */
export function deliverToFailureProcessor(s: FailureState, sync: boolean, finish: (sync: boolean) => boolean): boolean {
  const { exchange } = s;
  const caught = exchange.exception ?? caughtException(exchange) ?? new Error('unknown failure');
  exchange.exception = undefined;
  const target = targetOf(s);
  const decision = decide(s);
  if (decision === undefined) return finish(sync);
  const { handle, cont } = decision;
  const deadLetter = target?.deadLetter === true;
  const outcome: Outcome = { caught, deadLetter, handle, continue: cont, suffix: suffixOf(s, target) };
  if (deadLetter || handle || cont) removeRedeliveryHeaders(exchange);
  else uncountFailedDelivery(exchange);
  const complete = (done: boolean, fatal: boolean): boolean => {
    prepareAfterFailure(s, outcome, fatal);
    logExhausted(s.handler.log, s.policy, exchange, caught, {
      attempts: s.attempts,
      suffix: outcome.suffix,
      handled: deadLetter || handle || cont,
      level: s.policy.retriesExhaustedLogLevel,
    });
    return finish(done);
  };
  if (target === undefined || (cont && deadLetter)) {
    markFailure(exchange);
    return complete(sync, false);
  }
  if (s.useOriginalMessage || s.useOriginalBody) useOriginal(exchange, s.useOriginalMessage);
  markFailure(exchange);
  return runUnderFatalFallback(s, target, sync, complete);
}

/** Whether the failure is handled or continued (`handled`, `continued`); undefined when a predicate threw (set). */
function decide(s: FailureState): { handle: boolean; cont: boolean } | undefined {
  const { exchange } = s;
  const evaluation = s.handler.services.evaluation;
  try {
    return {
      handle: s.handled?.test(exchange, evaluation) ?? false,
      cont: s.continued?.test(exchange, evaluation) ?? false,
    };
  } catch (err) {
    exchange.exception = asError(err);
    return undefined;
  }
}

function useOriginal(exchange: Exchange, whole: boolean): void {
  const original = exchange.originalMessage;
  if (original === undefined) return;
  if (whole) restoreMessage(exchange, original);
  else exchange.body = original.body;
}

/** The routes whose failure processor is running for the exchange (Camel's deque, newest first). */
function fatalRoutes(exchange: Exchange): string[] {
  const existing = exchange.properties.get(FATAL_FALLBACK);
  if (Array.isArray(existing)) return existing as string[];
  const routes: string[] = [];
  exchange.properties.set(FATAL_FALLBACK, routes);
  return routes;
}

/**
 * Runs the failure processor under Camel's fatal fallback: a failure processor of the same route already running for
 * the exchange breaks the circle; a failure of the processor itself is logged and becomes the caught exception.
 * Calls `then` with the synchronicity and whether the new failure must stay unhandled (clause steps).
 */
function runUnderFatalFallback(
  s: FailureState,
  target: Target,
  sync: boolean,
  then: (sync: boolean, fatal: boolean) => boolean,
): boolean {
  const { exchange } = s;
  const routeId = exchange.routeId ?? '';
  const routes = fatalRoutes(exchange);
  if (routes.includes(routeId)) {
    s.handler.settings.logger.log(
      'WARN',
      `Circular error-handler detected at route: ${routeId} - breaking out processing Exchange: ${exchange.exchangeId}`,
    );
    return then(sync, true);
  }
  routes.unshift(routeId);
  let inline = true;
  let answer = false;
  runSafely(target.processor, exchange, (done) => {
    const fatal = afterFailureProcessor(s, target);
    const at = routes.lastIndexOf(routeId);
    if (at >= 0) routes.splice(at, 1);
    if (inline) answer = then(sync && done, fatal);
    else then(false, fatal);
  });
  inline = false;
  return answer;
}

/** After the failure processor: logs its own failure, if any; answers whether that failure stays unhandled. */
function afterFailureProcessor(s: FailureState, target: Target): boolean {
  const { exchange } = s;
  const error = exchange.exception;
  if (error === undefined) {
    // Camel's record then names no last step: the failure processor's steps completed.
    if (!target.deadLetter) exchange.node = undefined;
    return false;
  }
  const previous = caughtException(exchange);
  logFatalFallback(s.handler.log, exchange, {
    using: target.name,
    error,
    previous: previous === error ? undefined : previous,
    deadLetter: target.deadLetter,
  });
  exchange.properties.set(EXCEPTION_CAUGHT, error);
  return !target.deadLetter;
}

/** Camel's `prepareExchangeAfterFailure`: handled, continued, or failed with the caught exception. */
function prepareAfterFailure(s: FailureState, outcome: Outcome, fatal: boolean): void {
  const { exchange } = s;
  const newException = exchange.exception;
  exchange.failureHandled = true;
  exchange.exception = undefined;
  if (fatal) {
    failWithCaught(exchange, outcome.caught);
    return;
  }
  if (outcome.continue) {
    removeRedeliveryHeaders(exchange);
    exchange.failureHandled = false;
    logExhausted(s.handler.log, s.policy, exchange, outcome.caught, {
      attempts: s.attempts,
      suffix: '. Handled and continue routing.',
      handled: false,
      continued: true,
      level: s.policy.retriesExhaustedLogLevel,
    });
    return;
  }
  if (outcome.handle) {
    exchange.stopped = true;
    return;
  }
  if (outcome.deadLetter) {
    const handled = newException === undefined || s.handler.settings.deadLetterHandleNewException;
    const uri = s.handler.settings.deadLetter?.uri ?? '';
    if (newException !== undefined) logNewException(s.handler.log, s.policy, uri, newException, handled);
    if (handled) {
      exchange.stopped = true;
      return;
    }
  }
  failWithCaught(exchange, outcome.caught);
}

/** Puts the caught exception (the newest one recorded) back: the exchange fails. */
function failWithCaught(exchange: Exchange, caught: Error): void {
  exchange.exception = caughtException(exchange) ?? caught;
  markFailure(exchange);
}
