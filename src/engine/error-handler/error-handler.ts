/**
 * A route's error handler: Camel's `DefaultErrorHandler` or `DeadLetterChannel`, with its redelivery policy and the
 * `onException` clauses that apply to the route. It wraps every step's processor (inside the message history
 * wrapper, as Camel's channel does), so a redelivery resumes at the failing step, not at the start of the route.
 * A handler that neither redelivers, nor has clauses, nor a dead letter channel only records and logs a failure,
 * which it does the same at the route's end as at the failing step (no later step runs, the history and the failing
 * step are the same): it wraps the route's processor once instead, which keeps steps free of per-step work.
 *
 * The error handler of the innermost failing step deals with a failure; it marks the exchange (`failureHandled`) so
 * that the handlers of enclosing steps (a `filter` around the step) and of calling routes (`to: direct:…`) leave the
 * failure as it is. A route with `noErrorHandler` has no wrapper, so a failure there goes back to its caller's handler.
 *
 * When the handler neither redelivers, nor has clauses, nor a dead letter channel, a failure is only recorded and
 * logged (Camel's simple task, logged at the handler's `level`); otherwise a `RedeliveryTask` runs the step.
 */
import type { Clock, Logger, LogLevel } from '../../api/connector-runtime.js';
import type { EvaluationContext, Exchange, StepNode } from '../../api/exchange.js';
import type { AsyncCallback, Processor } from '../../api/processor.js';
import { runSafely } from '../pipeline.js';
import { clauseRedelivers, type ExceptionClause } from './exception-clause.js';
import { EXCEPTION_CAUGHT, markFailure } from './exchange-markers.js';
import { logExhausted, type FailureLog } from './failure-records.js';
import { keepOriginalMessage } from './message-snapshot.js';
import { RedeliveryTask } from './redelivery-task.js';
import { redelivers, type Random, type RedeliveryPolicy } from './redelivery-policy.js';

/** A dead letter channel's endpoint. */
export interface DeadLetter {
  /** Sends the exchange to the dead letter endpoint. */
  readonly processor: Processor;
  /** The URI as written (`log:dlq`), as the exhausted record names it. */
  readonly uri: string;
  /** The endpoint's Camel URI (`log://dlq`), as the fatal fallback names the processor. */
  readonly endpointUri: string;
}

/** How a route's error handler behaves (compiled from its definition and the clauses that apply). */
export interface ErrorHandlerSettings {
  /** Set for a dead letter channel, undefined for the default error handler. */
  readonly deadLetter?: DeadLetter;
  /** Whether a dead letter channel that fails itself still handles the exchange (default true). */
  readonly deadLetterHandleNewException: boolean;
  readonly policy: RedeliveryPolicy;
  readonly useOriginalMessage: boolean;
  readonly useOriginalBody: boolean;
  readonly logger: Logger;
  /** The level of the exhausted record when the handler has no redelivery, clauses or dead letter (`level`). */
  readonly level: LogLevel;
  /** The `onException` clauses, in groups searched in order (route configurations', then the route file's). */
  readonly clauses: readonly (readonly ExceptionClause[])[];
}

/** What error handlers of one runtime share. */
export interface ErrorHandlerServices {
  readonly clock: Clock;
  readonly evaluation: EvaluationContext;
  /** The `from` of a route, for the message history of failure records. */
  fromNode(routeId: string | undefined): StepNode | undefined;
  /** Whether some handler of the runtime sends original messages on: every step then keeps them. */
  readonly keepOriginal: boolean;
  /** Randomness for collision avoidance (default Math.random). */
  readonly random?: Random;
}

/** One route's error handler. */
export class ErrorHandler {
  readonly log: FailureLog;
  /** Whether a failure may be redelivered (by the policy or by a clause): each step then keeps a copy of its input. */
  readonly redeliveryEnabled: boolean;
  /** Whether each step is wrapped (`wrap`); otherwise the route's processor is, once. */
  readonly perStep: boolean;

  constructor(
    readonly settings: ErrorHandlerSettings,
    readonly services: ErrorHandlerServices,
  ) {
    this.log = {
      logger: settings.logger,
      fromNode: (routeId) => services.fromNode(routeId),
      now: () => services.clock.now(),
    };
    const clauses = settings.clauses.flat();
    this.redeliveryEnabled = redelivers(settings.policy) || clauses.some(clauseRedelivers);
    this.perStep = settings.deadLetter !== undefined || this.redeliveryEnabled || clauses.length > 0;
  }

  /** The processor with this error handler around it: each step's when `perStep`, else the route's. */
  wrap(processor: Processor): Processor {
    const keep = this.services.keepOriginal;
    if (!this.perStep) {
      return {
        process: (exchange: Exchange, done: AsyncCallback): boolean => {
          if (keep) keepOriginalMessage(exchange);
          return runSafely(processor, exchange, (sync) => {
            if (exchange.exception !== undefined && !exchange.failureHandled) this.recordFailure(exchange);
            done(sync);
          });
        },
      };
    }
    return {
      process: (exchange: Exchange, done) => {
        if (keep) keepOriginalMessage(exchange);
        return new RedeliveryTask(this, processor, exchange, done).start();
      },
    };
  }

  /** A failure with no redelivery and nothing to process it: recorded, logged, and left on the exchange. */
  private recordFailure(exchange: Exchange): void {
    const error = exchange.exception;
    if (error === undefined) return;
    exchange.properties.set(EXCEPTION_CAUGHT, error);
    exchange.failureHandled = true;
    markFailure(exchange);
    logExhausted(this.log, this.settings.policy, exchange, error, {
      attempts: 1,
      suffix: '',
      handled: false,
      level: this.settings.level,
    });
  }
}

/**
 * The processor of a route with no error handler (`noErrorHandler`), when original messages are kept: it only
 * remembers the exchange's original message.
 */
export function keepOriginalStep(processor: Processor): Processor {
  return {
    process(exchange, done) {
      keepOriginalMessage(exchange);
      return processor.process(exchange, done);
    },
  };
}
