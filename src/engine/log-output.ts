/**
 * The run's log output, in Camel JBang's line pattern:
 * `yyyy-MM-dd HH:mm:ss.SSS  LEVEL PID --- [thread] logger : message`, logger names cut from the left to fit.
 */
import type { Clock, Logger, LogLevel } from '../api/connector-runtime.js';

const ORDER: Record<LogLevel, number> = { TRACE: 0, DEBUG: 1, INFO: 2, WARN: 3, ERROR: 4, OFF: 5 };
const LOGGER_WIDTH = 35;
const THREAD_WIDTH = 15;

function pad2(n: number): string {
  return n < 10 ? `0${String(n)}` : String(n);
}

/** `yyyy-MM-dd HH:mm:ss.SSS` in local time. */
export function timestamp(ms: number): string {
  const d = new Date(ms);
  const millis = String(d.getMilliseconds()).padStart(3, '0');
  return `${String(d.getFullYear())}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}.${millis}`;
}

/** A logger name cut from the left (keeping its end) or padded to the column width. */
export function loggerColumn(name: string): string {
  return name.length > LOGGER_WIDTH ? name.slice(name.length - LOGGER_WIDTH) : name.padEnd(LOGGER_WIDTH);
}

/** Where formatted lines go, and from which level. */
export interface LogOutputOptions {
  readonly write: (line: string) => void;
  readonly clock: Pick<Clock, 'now'>;
  readonly level?: LogLevel;
  readonly thread?: string;
}

/** Creates loggers that share one output. */
export class LogOutput {
  private readonly min: number;
  private readonly thread: string;
  private readonly pid = String(process.pid);

  constructor(private readonly options: LogOutputOptions) {
    this.min = ORDER[options.level ?? 'INFO'];
    const t = options.thread ?? 'main';
    this.thread = t.length > THREAD_WIDTH ? t.slice(t.length - THREAD_WIDTH) : t.padStart(THREAD_WIDTH);
  }

  private lastMs = -1;
  private lastStamp = '';

  /** The line for one log event. */
  format(level: LogLevel, logger: string, message: string): string {
    const now = this.options.clock.now();
    if (now !== this.lastMs) {
      this.lastMs = now;
      this.lastStamp = timestamp(now);
    }
    return `${this.lastStamp} ${level.padStart(5)} ${this.pid} --- [${this.thread}] ${loggerColumn(logger)} : ${message}`;
  }

  /** A logger writing to this output. */
  logger(name: string): Logger {
    return {
      name,
      enabled: (level) => ORDER[level] >= this.min && level !== 'OFF',
      log: (level, message) => {
        if (ORDER[level] >= this.min && level !== 'OFF') this.options.write(`${this.format(level, name, message)}\n`);
      },
    };
  }
}
