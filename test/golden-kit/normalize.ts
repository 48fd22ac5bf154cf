/**
 * Turns the console output of a Camel run (JBang's log pattern, as printed by scripts/infra/camel) — and later of
 * Dromedary's engine printing the same pattern — into lines that can be compared across runs and runtimes.
 *
 * Input lines look like `2026-11-23 05:12:59.410  INFO 3518 --- [ - timer://yaml] hello.camel.yaml:8 : Hello`, i.e.
 * `%d{yyyy-MM-dd HH:mm:ss.SSS} %5p %pid --- [%15.15t] %-35.35c : %m%n`. Lines that do not start a record (multi-line
 * messages, stack traces) belong to the record above them.
 *
 * Kept: records a route author caused — the log component and the log EIP (any logger that is not a Java class
 * name, plus any message starting with `Exchange[`) and the route start-up lines `Started <routeId> (<uri>)`.
 * Also kept: failed exchanges as the default error handler logs them (see `failure`).
 * Dropped: everything else Camel's own classes print (boot banners, configuration summaries, shutdown, warnings).
 * A user logger named like a Java class (`log:com.acme.Orders`) is therefore only kept for `Exchange[` lines.
 *
 * Each kept record becomes `LEVEL logger : message` (continuation lines follow it, joined with `\n`), with the
 * timestamp, PID and thread gone, the logger name independent of the pattern's 35-character left truncation, and
 * run-specific values in the message (exchange ids, UUIDs, dates, epoch milliseconds, host names) replaced by
 * placeholders.
 */

/** The logger column of JBang's pattern (`%-35.35c`): longer names keep their last 35 characters. */
export const LOGGER_WIDTH = 35;

/** Camel classes whose kept lines appear in normalized output, by full name (the printed name is a suffix). */
const KNOWN_LOGGERS = ['org.apache.camel.impl.engine.AbstractCamelContext'];

const RECORD =
  /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}[.,]\d{3}\s+(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\s+\d+\s+---\s+\[(?:.{15}|[^\]]*)\]\s+(\S+)\s+:(?: (.*))?$/;
// eslint-disable-next-line no-control-regex -- ANSI colour codes, in case the run printed with colours
const ANSI = /\u001b\[[0-9;]*m/g;
const STARTED = /^\s*Started (\S+) \((.*)\)$/;
/** A logger named after a Java class: dotted, last segment capitalized (possibly truncated at the left). */
const CLASS_LOGGER = /^\.?(?:[\w$]+\.)+[A-Z][\w$]*$/;

interface LogRecord {
  level: string;
  logger: string;
  message: string;
  more: string[];
}

/** Options for {@link normalizeCamelLog}. */
export interface NormalizeOptions {
  /** Host names to replace with `<host>` (Camel 3 style ids are scrubbed anyway). */
  readonly hostnames?: readonly string[];
}

const SCRUBS: readonly (readonly [RegExp, string])[] = [
  // Camel 4 exchange / message ids (DefaultUuidGenerator): hex prefix, dash, 16 hex digits.
  [/\b[0-9A-F]{8,20}-[0-9A-F]{16}\b/g, '<id>'],
  // Camel 3 style ids carry the host name: ID-<host>-<millis>-<n>-<n>.
  [/\bID-[\w.-]+?-\d+-\d+-\d+\b/g, '<id>'],
  [/\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b/g, '<uuid>'],
  // java.util.Date#toString, e.g. `Mon Nov 23 05:16:04 UTC 2026`.
  [
    /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2} \d{2}:\d{2}:\d{2} [A-Z][A-Za-z0-9+:-]{0,9} \d{4}\b/g,
    '<date>',
  ],
  [/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?\b/g, '<timestamp>'],
  // Epoch milliseconds between 2017 and 2033 (CamelMessageTimestamp, CamelTimerFiredTime as long).
  [/\b1[5-9]\d{11}\b/g, '<epoch-ms>'],
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function scrub(text: string, options: NormalizeOptions): string {
  let out = text;
  for (const [pattern, replacement] of SCRUBS) out = out.replace(pattern, replacement);
  for (const host of options.hostnames ?? []) {
    if (host !== '') out = out.replace(new RegExp(`\\b${escapeRegExp(host)}\\b`, 'g'), '<host>');
  }
  return out;
}

/** The logger name as it compares: a known class's full name, else at most the last 35 characters. */
export function canonicalLogger(printed: string): string {
  const known = KNOWN_LOGGERS.find(
    (full) => full === printed || (printed.length === LOGGER_WIDTH && full.endsWith(printed)),
  );
  if (known !== undefined) return known;
  return printed.length > LOGGER_WIDTH ? printed.slice(-LOGGER_WIDTH) : printed;
}

function parse(text: string): LogRecord[] {
  const records: LogRecord[] = [];
  let current: LogRecord | undefined;
  for (const raw of text.replace(ANSI, '').split(/\r?\n/)) {
    const m = RECORD.exec(raw);
    if (m !== null) {
      current = { level: m[1] ?? '', logger: m[2] ?? '', message: m[3] ?? '', more: [] };
      records.push(current);
    } else if (current !== undefined) {
      current.more.push(raw);
    }
  }
  for (const r of records) {
    while (r.more.length > 0 && (r.more.at(-1) ?? '').trim() === '') r.more.pop();
  }
  return records;
}

/** Camel's error handlers (default, dead letter channel, fatal fallback), and Dromedary's logger for the same lines. */
const ERROR_HANDLERS = /(?:^|\.)(?:DefaultErrorHandler|DeadLetterChannel|FatalFallbackErrorHandler|error-handler)$/;
const FAILED =
  /^(Failed delivery for \(MessageId: \S+ on ExchangeId: \S+\)\. (?:Exhausted after|On) delivery attempt: \d+) caught: /;
/** The error handlers' records besides "Failed delivery": a dead letter channel or the fatal fallback failing. */
const OTHER_FAILURE =
  /^(?:New exception occurred during processing by the DeadLetterChannel|Exception occurred while trying to handle previously thrown exception|\\--> (?:New|Previous) exception on exchangeId|Circular error-handler detected)/;
/** A message history row: source, id and processor columns, then the elapsed milliseconds. */
const HISTORY_ROW = /^(.{40} .{30} .{50} ) *\d+$/;

/**
 * A failed exchange as an error handler logs it: the "Failed delivery" line (an exhausted failure, or an attempt that
 * will be retried) without the exception (whose text is Java's on one side and Dromedary's on the other) and the
 * message history table with the elapsed times masked; the stack trace is dropped. The error handlers' other records
 * (a failing dead letter channel, the fatal fallback) keep their first line only (the exception follows it).
 */
function failure(r: LogRecord): { logger: string; message: string; more: string[] } | undefined {
  if (!ERROR_HANDLERS.test(r.logger)) return undefined;
  const m = FAILED.exec(r.message);
  if (m === null)
    return OTHER_FAILURE.test(r.message) ? { logger: 'error-handler', message: r.message, more: [] } : undefined;
  const end = r.more.indexOf('Stacktrace');
  // Without message history the record's further lines are the exception itself.
  const table =
    end < 0 ? (r.more.some((l) => l.startsWith('Message History')) ? [...r.more] : []) : r.more.slice(0, end);
  while (table.length > 0 && (table.at(-1) ?? '').trim() === '') table.pop();
  return { logger: 'error-handler', message: `${m[1] ?? ''} caught: <exception>`, more: table };
}

function keep(r: LogRecord): { logger: string; message: string; more?: string[] } | undefined {
  const failed = failure(r);
  if (failed !== undefined) return failed;
  const started = STARTED.exec(r.message);
  if (started !== null && CLASS_LOGGER.test(r.logger)) {
    return { logger: canonicalLogger(r.logger), message: `Started ${started[1] ?? ''} (${started[2] ?? ''})` };
  }
  if (!CLASS_LOGGER.test(r.logger) || r.message.startsWith('Exchange[')) {
    return { logger: canonicalLogger(r.logger), message: r.message };
  }
  return undefined;
}

/**
 * The comparable form of a Camel (or Dromedary) console log: one entry per kept record, `LEVEL logger : message`,
 * a multi-line record's further lines appended after `\n`.
 */
export function normalizeCamelLog(text: string, options: NormalizeOptions = {}): string[] {
  const out: string[] = [];
  for (const r of parse(text)) {
    const kept = keep(r);
    if (kept === undefined) continue;
    const head = `${r.level} ${kept.logger} : ${kept.message}`;
    // Message history rows (error handler, `${messageHistory}`) end with elapsed milliseconds.
    const more = (kept.more ?? r.more).map((l) => l.replace(HISTORY_ROW, '$1<ms>'));
    out.push(scrub([head, ...more].join('\n'), options));
  }
  return out;
}

/** The text of an expected.log: entries in order (or sorted, for cases whose order is not defined). */
export function formatGolden(entries: readonly string[], unordered = false): string {
  const list = unordered ? [...entries].sort() : [...entries];
  return list.length === 0 ? '' : `${list.join('\n')}\n`;
}
