/**
 * One step run under an error handler that redelivers, has `onException` clauses or a dead letter channel (Camel's
 * `RedeliveryErrorHandler.RedeliveryTask`). The step runs; when it fails, the failure is recorded
 * (`CamelExceptionCaught`, `CamelFailureRouteId`), the clause that matches it chosen (its policy, `handled`,
 * `continued`, `retryWhile`, steps), the attempt logged and counted (`CamelRedeliveryCounter` …); then the step is
 * redelivered — after the policy's delay, on the runtime clock, from the message as it was before the step — or, once
 * the policy says no more, the failure goes to the failure processor (`failure-processor.ts`).
 *
 * Redeliveries without a delay run at once, in a loop (a step that keeps failing at once does not grow the stack);
 * every hundredth yields to the event loop first, so that endless redelivery (`maximumRedeliveries: -1`) without a
 * delay does not starve everything else.
 */
import type { Exchange, MessageSnapshot } from '../../api/exchange.js';
import type { Predicate } from '../../api/expression.js';
import type { AsyncCallback, Processor } from '../../api/processor.js';
import { asError, runSafely } from '../pipeline.js';
import type { ErrorHandler } from './error-handler.js';
import { clausePolicy, selectClause, type ExceptionClause } from './exception-clause.js';
import {
  countFailedDelivery,
  EXCEPTION_CAUGHT,
  FAILURE_ROUTE_ID,
  REDELIVERY_DELAY,
  REDELIVERY_HEADERS,
  wholeNumber,
} from './exchange-markers.js';
import { deliverToFailureProcessor, type FailureState } from './failure-processor.js';
import { logRetryAttempt } from './failure-records.js';
import { restoreMessage, snapshotMessage } from './message-snapshot.js';
import { nextRedeliveryDelay, shouldRedeliver, type RedeliveryPolicy } from './redelivery-policy.js';

/** Immediate redeliveries in a row before one yields to the event loop. */
const INLINE_BURST = 100;

/** The state of one step's delivery to its processor under an error handler. */
export class RedeliveryTask {
  /** Failed deliveries so far (Camel's redelivery counter). */
  private counter = 0;
  /** The last redelivery delay (0 before the first). */
  private delay = 0;
  private inline = 0;
  private policy: RedeliveryPolicy;
  private handled: Predicate | undefined;
  private continued: Predicate | undefined;
  private retryWhile: Predicate | undefined;
  private useOriginalMessage: boolean;
  private useOriginalBody: boolean;
  /** The clause whose steps process the exhausted failure. */
  private clause: ExceptionClause | undefined;
  /** The message as the step got it, for redeliveries. */
  private readonly input: MessageSnapshot | undefined;

  constructor(
    private readonly handler: ErrorHandler,
    private readonly processor: Processor,
    private readonly exchange: Exchange,
    private readonly done: AsyncCallback,
  ) {
    const { settings } = handler;
    this.policy = settings.policy;
    this.useOriginalMessage = settings.useOriginalMessage;
    this.useOriginalBody = settings.useOriginalBody;
    this.input = handler.redeliveryEnabled ? snapshotMessage(exchange) : undefined;
  }

  /** Runs the step; the processor contract's answer (whether `done` was called before returning). */
  start(): boolean {
    return this.deliver() ? this.after(true) : false;
  }

  /** Runs the processor once; true when it completed at once (else its completion carries on with `after`). */
  private deliver(): boolean {
    let inline = true;
    let completed = false;
    runSafely(this.processor, this.exchange, () => {
      if (inline) completed = true;
      else this.after(false);
    });
    inline = false;
    return completed;
  }

  /** After a delivery: done, redelivered, or handed to the failure processor. */
  private after(sync: boolean): boolean {
    const { exchange } = this;
    const evaluation = this.handler.services.evaluation;
    for (;;) {
      if (exchange.exception === undefined || exchange.failureHandled) return this.finish(sync);
      let again: boolean;
      try {
        this.recordFailure();
        const retryWhile = this.retryWhile;
        const test = retryWhile === undefined ? undefined : () => retryWhile.test(exchange, evaluation);
        again = shouldRedeliver(this.policy, this.counter, test);
      } catch (err) {
        exchange.exception = asError(err);
        return this.finish(sync);
      }
      if (!again) return deliverToFailureProcessor(this.failureState(), sync, (s) => this.finish(s));
      const delay = this.nextDelay();
      if (delay > 0 || ++this.inline % INLINE_BURST === 0) {
        this.redeliverLater(delay);
        return false;
      }
      this.prepareRedelivery();
      if (!this.deliver()) return false;
    }
  }

  /** Records the failure, picks its clause, logs the attempt and counts it (Camel's `handleException`). */
  private recordFailure(): void {
    const { exchange, handler } = this;
    const error = exchange.exception;
    if (error === undefined) return;
    exchange.properties.set(EXCEPTION_CAUGHT, error);
    const clause = selectClause(handler.settings.clauses, error, exchange, handler.services.evaluation);
    if (clause !== undefined) {
      this.policy = clausePolicy(clause, this.policy);
      this.handled = clause.handled;
      this.continued = clause.continued;
      this.retryWhile = clause.retryWhile;
      this.useOriginalMessage = clause.useOriginalMessage;
      this.useOriginalBody = clause.useOriginalBody;
      if (clause.processor !== undefined) this.clause = clause;
    }
    logRetryAttempt(handler.log, this.policy, exchange, error, this.counter);
    this.counter = countFailedDelivery(exchange, this.policy);
    if (exchange.routeId !== undefined) exchange.properties.set(FAILURE_ROUTE_ID, exchange.routeId);
  }

  /** The delay before the next redelivery: the `CamelRedeliveryDelay` header, else the policy's. */
  private nextDelay(): number {
    const fromHeader = wholeNumber(this.exchange.headers.get(REDELIVERY_DELAY));
    const random = this.handler.services.random;
    this.delay = fromHeader ?? nextRedeliveryDelay(this.policy, this.delay, this.counter, random);
    return this.delay;
  }

  private redeliverLater(delay: number): void {
    const run = (): void => {
      this.prepareRedelivery();
      if (this.deliver()) this.after(false);
    };
    const { clock } = this.handler.services;
    if (delay > 0) clock.setTimeout(run, delay);
    else clock.defer(run);
  }

  /** Clears the failure and puts the step's input message back (the redelivery headers stay). */
  private prepareRedelivery(): void {
    this.exchange.exception = undefined;
    if (this.input !== undefined) restoreMessage(this.exchange, this.input, REDELIVERY_HEADERS);
  }

  private failureState(): FailureState {
    return {
      handler: this.handler,
      exchange: this.exchange,
      policy: this.policy,
      attempts: this.counter,
      ...(this.handled === undefined ? {} : { handled: this.handled }),
      ...(this.continued === undefined ? {} : { continued: this.continued }),
      useOriginalMessage: this.useOriginalMessage,
      useOriginalBody: this.useOriginalBody,
      ...(this.clause === undefined ? {} : { clause: this.clause }),
    };
  }

  private finish(sync: boolean): boolean {
    this.done(sync);
    return sync;
  }
}
