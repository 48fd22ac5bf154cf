/**
 * Sends completed groups on through the `aggregate` step's nested steps. Camel hands each completed exchange to the
 * aggregator's own thread, so the message that completed a group goes on first; here each one runs once the current
 * call stack is done (a microtask: the completing message's synchronous steps run first), in completion order. A
 * failure of a completed exchange is reported (logged as the route logs a failed exchange), never thrown and never
 * an unhandled rejection.
 */
import type { Exchange } from '../api/exchange.js';
import type { Processor } from '../api/processor.js';
import { asError, runSafely } from '../engine/pipeline.js';

/** What the sender needs. */
export interface SenderServices {
  /** The aggregate's nested steps. */
  readonly steps: Processor;
  /** Reports a completed exchange that ended failed. */
  readonly failed: (exchange: Exchange, error: Error) => void;
}

/** Runs completed exchanges through the steps and counts those in progress. */
export class CompletedGroupSender {
  private inProgress = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly services: SenderServices) {}

  /** How many completed exchanges are waiting or running. */
  get pending(): number {
    return this.inProgress;
  }

  /** Sends `exchange` through the steps once the current call stack is done. */
  submit(exchange: Exchange): void {
    this.inProgress += 1;
    queueMicrotask(() => {
      this.run(exchange);
    });
  }

  /** Resolves once no completed exchange is waiting or running. */
  idle(): Promise<void> {
    if (this.inProgress === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private run(exchange: Exchange): void {
    const state = { finished: false };
    const finish = (): void => {
      if (state.finished) return;
      state.finished = true;
      try {
        if (exchange.exception !== undefined) this.services.failed(exchange, exchange.exception);
      } finally {
        this.inProgress -= 1;
        if (this.inProgress === 0) {
          const waiters = this.idleWaiters;
          this.idleWaiters = [];
          for (const w of waiters) w();
        }
      }
    };
    try {
      runSafely(this.services.steps, exchange, finish);
    } catch (err) {
      // A throw from code further down a step's callback chain, after the step completed.
      if (state.finished) this.services.failed(exchange, asError(err));
      else {
        exchange.exception ??= asError(err);
        finish();
      }
    }
  }
}
