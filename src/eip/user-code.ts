/**
 * Calling user code (bean modules) from a step: the call may return a value or a promise; a throw or a rejection
 * becomes the exchange's exception, never an unhandled rejection. Steps that call user code share this.
 */
import type { Exchange } from '../api/exchange.js';
import type { AsyncCallback, Processor } from '../api/processor.js';
import { asError } from '../engine/pipeline.js';

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (
    (typeof v === 'object' || typeof v === 'function') &&
    v !== null &&
    typeof (v as { then?: unknown }).then === 'function'
  );
}

/**
 * A processor that calls `call(exchange)` and hands its result (awaited when it is a promise) to `onResult`. The step
 * completes synchronously when the call does, asynchronously when it returns a promise.
 */
export function userCodeStep(
  call: (exchange: Exchange) => unknown,
  onResult: (exchange: Exchange, result: unknown) => void,
): Processor {
  return {
    process(exchange: Exchange, done: AsyncCallback): boolean {
      let result: unknown;
      try {
        result = call(exchange);
      } catch (err) {
        exchange.exception = asError(err);
        done(true);
        return true;
      }
      if (!isThenable(result)) {
        try {
          onResult(exchange, result);
        } catch (err) {
          exchange.exception = asError(err);
        }
        done(true);
        return true;
      }
      result.then(
        (value) => {
          try {
            onResult(exchange, value);
          } catch (err) {
            exchange.exception = asError(err);
          }
          done(false);
        },
        (err: unknown) => {
          exchange.exception = asError(err);
          done(false);
        },
      );
      return false;
    },
  };
}

/** The methods an object offers (own and inherited, not `Object`'s), for choosing one and for hints. */
export function methodNames(target: unknown): string[] {
  const names = new Set<string>();
  let proto: unknown = target;
  while (typeof proto === 'object' && proto !== null && proto !== Object.prototype) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name === 'constructor') continue;
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (d !== undefined && typeof d.value === 'function') names.add(name);
    }
    proto = Object.getPrototypeOf(proto);
  }
  return [...names];
}
