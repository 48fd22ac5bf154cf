/**
 * Runs processors in order on one exchange. Synchronous steps run in a loop; the pipeline only goes asynchronous when
 * a step does. It stops early when the exchange fails or is stopped.
 */
import type { Exchange } from '../api/exchange.js';
import type { AsyncCallback, Processor } from '../api/processor.js';

/** Turns anything thrown into an Error. */
export function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

/**
 * Runs `processor` on `exchange`, turning a throw into the exchange's exception. `done` is called at most once: a throw
 * that comes after the step completed (from code further down the callback chain) is not the step's failure and is
 * thrown on.
 */
export function runSafely(processor: Processor, exchange: Exchange, done: AsyncCallback): boolean {
  const state = { called: false };
  const once: AsyncCallback = (sync) => {
    if (state.called) return;
    state.called = true;
    done(sync);
  };
  try {
    return processor.process(exchange, once);
  } catch (err) {
    if (state.called) throw err;
    exchange.exception = asError(err);
    once(true);
    return true;
  }
}

/** Whether the pipeline may go on with the next step. */
export function canContinue(exchange: Exchange): boolean {
  return exchange.exception === undefined && !exchange.stopped;
}

/** A pipeline of processors. */
export class Pipeline implements Processor {
  constructor(readonly steps: readonly Processor[]) {}

  process(exchange: Exchange, done: AsyncCallback): boolean {
    return this.runFrom(0, exchange, done, true);
  }

  /** Runs steps from `start`; `sync` is false once an earlier step went asynchronous. */
  private runFrom(start: number, exchange: Exchange, done: AsyncCallback, sync: boolean): boolean {
    for (let i = start; i < this.steps.length; i++) {
      if (!canContinue(exchange)) break;
      const step = this.steps[i];
      if (step === undefined) continue;
      const next = i + 1;
      const stepSync = runSafely(step, exchange, (finishedSync) => {
        // A step that finished later carries the pipeline on from the next step.
        if (!finishedSync) this.runFrom(next, exchange, done, false);
      });
      if (!stepSync) return false;
    }
    done(sync);
    return sync;
  }
}

/** A pipeline, or the single step itself when there is only one. */
export function pipelineOf(steps: readonly Processor[]): Processor {
  return steps.length === 1 && steps[0] !== undefined ? steps[0] : new Pipeline(steps);
}
