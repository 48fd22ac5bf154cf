/**
 * Sending an exchange to a producer as Camel's `SendProcessor` and `SendDynamicProcessor` do, for `to` and `toD`: the
 * same exchange goes to the endpoint (a `direct:` route changes it in place), with the step's `pattern` for the
 * duration of the send and the exchange's own pattern restored when the endpoint is done.
 */
import type { Exchange, ExchangePattern } from '../api/exchange.js';
import type { AsyncCallback, Processor } from '../api/processor.js';
import { runSafely } from '../engine/pipeline.js';

/** The `pattern` option of a send step (`InOnly`/`InOut`), or undefined to keep the exchange's. */
export function patternOption(map: Record<string, unknown>): ExchangePattern | undefined {
  const v = map['pattern'];
  return v === 'InOnly' || v === 'InOut' ? v : undefined;
}

/** Sends `exchange` to `producer` with `pattern` (if given) while it is sent; a producer's throw fails the exchange. */
export function sendWithPattern(
  producer: Processor,
  exchange: Exchange,
  done: AsyncCallback,
  pattern: ExchangePattern | undefined,
): boolean {
  if (pattern === undefined) return runSafely(producer, exchange, done);
  const existing = exchange.pattern;
  exchange.pattern = pattern;
  return runSafely(producer, exchange, (sync) => {
    exchange.pattern = existing;
    done(sync);
  });
}
