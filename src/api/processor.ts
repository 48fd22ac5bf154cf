/**
 * Processors: the steps an exchange goes through. The contract is Camel's asynchronous processor: a processor that
 * finishes at once calls `done(true)` and returns true, so a pipeline of synchronous steps runs as a plain loop with
 * no promise per step; one that must wait returns false and calls `done(false)` later, exactly once.
 */
import type { Exchange } from './exchange.js';

/** Called once when a processor is done with an exchange; `sync` says whether it finished before returning. */
export type AsyncCallback = (sync: boolean) => void;

/**
 * One step. `process` never throws for a failure of the exchange: it sets `exchange.exception` and calls `done`.
 * (A throw is a bug; the engine catches it and treats it the same way.)
 */
export interface Processor {
  process(exchange: Exchange, done: AsyncCallback): boolean;
}
