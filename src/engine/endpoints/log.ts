/**
 * `log:name`: logs each exchange under the logger `name` at `level` (default INFO), formatted as Camel's exchange
 * formatter does; with `groupSize` or `groupInterval` it logs throughput lines instead. It is an engine endpoint
 * because it formats the exchange itself (headers, properties, pattern), which connectors do not see.
 */
import type { Clock, Logger, LogLevel } from '../../api/connector-runtime.js';
import type { Exchange } from '../../api/exchange.js';
import type { Processor } from '../../api/processor.js';
import { formatExchange, type FormatOptions } from '../exchange-formatter.js';

/** Settings of a log endpoint: its options converted to their types, and as written. */
export interface LogSettings {
  readonly logger: Logger;
  readonly level: LogLevel;
  readonly format: FormatOptions;
  readonly groupSize?: number;
  readonly clock: Clock;
}

function throughputLine(count: number, groupMs: number, groupSize: number, averageRate: number): string {
  const rate = groupMs > 0 ? (groupSize * 1000) / groupMs : 0;
  const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 3 });
  return `Received: ${String(count)} messages so far. Last group took: ${String(groupMs)} millis which is: ${fmt(rate)} messages per second. average: ${fmt(averageRate)}`;
}

/** The producer of a log endpoint. */
export function logProducer(settings: LogSettings): Processor {
  const { logger, level, groupSize } = settings;
  if (groupSize !== undefined && groupSize > 0) {
    let count = 0;
    // Counting starts with the first message, as Camel's throughput logger does.
    let start = 0;
    let groupStart = 0;
    return {
      process(_exchange: Exchange, done) {
        if (count === 0) {
          start = settings.clock.now();
          groupStart = start;
        }
        count += 1;
        if (count % groupSize === 0) {
          const now = settings.clock.now();
          const average = now > start ? (count * 1000) / (now - start) : 0;
          logger.log(level, throughputLine(count, now - groupStart, groupSize, average));
          groupStart = now;
        }
        done(true);
        return true;
      },
    };
  }
  return {
    process(exchange: Exchange, done) {
      if (logger.enabled(level)) logger.log(level, formatExchange(exchange, settings.format));
      done(true);
      return true;
    },
  };
}
