/**
 * `log:name`: logs each exchange under the logger `name` at `level` (default INFO), formatted as Camel's exchange
 * formatter does (see `exchange-formatter.ts`), masked with `logMask`; with `groupSize` or `groupInterval` it logs
 * throughput lines instead (see `throughput.ts`). It is an engine endpoint because it formats the exchange itself
 * (headers, properties, pattern), which connectors do not see.
 *
 * `sourceLocationLoggerName` names the logger after where the endpoint is used (`route.camel.yaml:23`, as Camel JBang
 * does with source locations enabled) instead of `name`. `marker` is accepted and has no visible effect: Camel passes
 * it to SLF4J, and Camel JBang's log pattern does not print markers.
 */
import type { Clock, Logger, LogLevel } from '../../api/connector-runtime.js';
import type { Exchange } from '../../api/exchange.js';
import type { Processor } from '../../api/processor.js';
import { formatExchange, type FormatContext, type FormatOptions } from '../exchange-formatter.js';
import type { EndpointService } from './lifecycle.js';
import { maskSensitive } from './log-mask.js';
import { ThroughputLogger } from './throughput.js';

/** Settings of a log endpoint: its options converted to their types. */
export interface LogSettings {
  readonly logger: Logger;
  readonly level: LogLevel;
  /** The endpoint's options (formatting options among them). */
  readonly format: FormatOptions;
  readonly clock: Clock;
  readonly groupSize?: number;
  readonly groupInterval?: number;
  readonly groupDelay?: number;
  readonly groupActiveOnly?: boolean;
  readonly logMask?: boolean;
  /** Route groups, for `showRouteGroup`. */
  readonly formatContext?: FormatContext;
  /** Logger of Camel's `ThroughputLogger` class, for its "Scheduling throughput logger…" line. */
  readonly schedulingLogger?: Logger;
}

/** The name of Camel's throughput logger class, the logger of its start-up line. */
export const THROUGHPUT_LOGGER_NAME = 'org.apache.camel.support.processor.ThroughputLogger';

/** What the endpoint factory knows about where a log endpoint is used. */
export interface LogEndpointContext {
  readonly clock: Clock;
  logger(name: string): Logger;
  /** `file.yaml:line` of the step that uses the endpoint, when known. */
  readonly sourceLocation?: string;
  readonly formatContext?: FormatContext;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

function logLevel(value: unknown): LogLevel {
  return value === 'TRACE' || value === 'DEBUG' || value === 'WARN' || value === 'ERROR' || value === 'OFF'
    ? value
    : 'INFO';
}

/** Log settings from a log endpoint's path and typed options. */
export function logSettings(
  path: string,
  options: Readonly<Record<string, unknown>>,
  context: LogEndpointContext,
): LogSettings {
  const name =
    options['sourceLocationLoggerName'] === true && context.sourceLocation !== undefined
      ? context.sourceLocation
      : path;
  const groupSize = num(options['groupSize']);
  const groupInterval = num(options['groupInterval']);
  const groupDelay = num(options['groupDelay']);
  return {
    logger: context.logger(name),
    level: logLevel(options['level']),
    format: options,
    clock: context.clock,
    ...(groupSize === undefined ? {} : { groupSize }),
    ...(groupInterval === undefined ? {} : { groupInterval }),
    ...(groupDelay === undefined ? {} : { groupDelay }),
    groupActiveOnly: options['groupActiveOnly'] !== false,
    logMask: options['logMask'] === true,
    ...(context.formatContext === undefined ? {} : { formatContext: context.formatContext }),
    schedulingLogger: context.logger(THROUGHPUT_LOGGER_NAME),
  };
}

/**
 * The producer of a log endpoint. In throughput mode it is also a service (its clocks start, and its interval timer
 * runs, while the route runs).
 * @throws Error when `groupSize` or `groupInterval` is set and not positive.
 */
export function logProducer(settings: LogSettings): Processor | (Processor & EndpointService) {
  const { logger, level, groupSize, groupInterval } = settings;
  if (groupSize !== undefined || groupInterval !== undefined) {
    return new ThroughputLogger({
      logger,
      level,
      clock: settings.clock,
      ...(groupSize === undefined ? {} : { groupSize }),
      ...(groupInterval === undefined ? {} : { groupInterval }),
      ...(settings.groupDelay === undefined ? {} : { groupDelay: settings.groupDelay }),
      groupActiveOnly: settings.groupActiveOnly !== false,
      ...(settings.schedulingLogger === undefined ? {} : { schedulingLogger: settings.schedulingLogger }),
    });
  }
  const mask = settings.logMask === true;
  const context = settings.formatContext ?? {};
  return {
    process(exchange: Exchange, done) {
      if (logger.enabled(level)) {
        const text = formatExchange(exchange, settings.format, context);
        logger.log(level, mask ? maskSensitive(text) : text);
      }
      done(true);
      return true;
    },
  };
}
