/** Helpers for steps that finish at once: most EIPs only change the exchange in place. */
import type { Exchange } from '../api/exchange.js';
import type { Processor } from '../api/processor.js';
import { asError } from '../engine/pipeline.js';

/** A processor that runs `fn` and completes synchronously; a throw becomes the exchange's exception. */
export function syncStep(fn: (exchange: Exchange) => void): Processor {
  return {
    process(exchange, done) {
      try {
        fn(exchange);
      } catch (err) {
        exchange.exception = asError(err);
      }
      done(true);
      return true;
    },
  };
}

/** The map form of a definition that may also be written as a bare string (`log: text`, `to: uri`). */
export function asMap(definition: unknown, key: string): Record<string, unknown> {
  if (typeof definition === 'object' && definition !== null && !Array.isArray(definition)) {
    return definition as Record<string, unknown>;
  }
  if (definition === null || definition === undefined) return {};
  return { [key]: typeof definition === 'string' ? definition : JSON.stringify(definition) };
}

/** A string option of a definition map, or undefined. */
export function stringOption(map: Record<string, unknown>, key: string): string | undefined {
  const v = map[key];
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}
