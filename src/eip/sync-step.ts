/** Helpers for steps that finish at once (most EIPs only change the exchange in place) and for reading definitions. */
import type { Exchange } from '../api/exchange.js';
import type { AsyncCallback, Processor } from '../api/processor.js';
import { asError } from '../engine/pipeline.js';

/**
 * A processor that runs `fn` and completes synchronously. A throw becomes the exchange's exception (Camel's processors
 * catch and `exchange.setException(e)`), so the pipeline stops after this step and the exchange fails.
 */
export function syncStep(fn: (exchange: Exchange) => void): Processor {
  return {
    process(exchange, done) {
      try {
        fn(exchange);
      } catch (err) {
        exchange.exception = asError(err);
      }
      return finishSync(done);
    },
  };
}

/** Ends a processor call synchronously: calls `done(true)` and answers true, as the processor contract asks. */
export function finishSync(done: AsyncCallback): boolean {
  done(true);
  return true;
}

/**
 * The map form of a definition that may also be written as a bare string (`log: text`, `to: uri`): the string becomes
 * the value of `key`. `null`/absent definitions (`stop:`) read as an empty map.
 */
export function asMap(definition: unknown, key: string): Record<string, unknown> {
  if (typeof definition === 'object' && definition !== null && !Array.isArray(definition)) {
    return definition as Record<string, unknown>;
  }
  if (definition === null || definition === undefined) return {};
  return { [key]: typeof definition === 'string' ? definition : JSON.stringify(definition) };
}

/** A string option of a definition map (numbers and booleans as their text), or undefined when absent. */
export function stringOption(map: Record<string, unknown>, key: string): string | undefined {
  const v = map[key];
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

/** A boolean option (`true`/`false`, or their text in any case), or `fallback` when absent or not a boolean. */
export function booleanOption(map: Record<string, unknown>, key: string, fallback: boolean): boolean {
  const v = map[key];
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
  return fallback;
}

/** An integer option (a number, or integer text), or undefined when absent or not an integer. */
export function integerOption(map: Record<string, unknown>, key: string): number | undefined {
  const v = map[key];
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*[+-]?\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) ? n : undefined;
}
