/**
 * `date:command[:pattern]`, `date-with-timezone:command:timezone:pattern` and `date:millis`. Commands: `now`,
 * `exchangeCreated`, `header.x`, `variable.x`, `exchangeProperty.x`, `file` (the `CamelFileLastModified` header),
 * each optionally followed by offsets (`now-24h`, `header.x+1h30m`, `now+1h30m-100`, units `d h m s ms`, bare
 * numbers are milliseconds). Without a pattern the value is a `Date`; with one, the formatted text.
 */
import { ExpressionEvaluationError } from '../../api/errors.js';
import type { EvaluationContext, Exchange } from '../../api/exchange.js';
import { compileDatePattern, LOCAL_ZONE, parseTimeZone, type TimeZoneSpec } from '../date-format.js';
import { renderText } from '../convert.js';
import { report, type Eval, type Source } from './source.js';

type Instant = (exchange: Exchange, context: EvaluationContext) => unknown;

const OFFSET = /([+-])([^+-]+)/g;
const DURATION_PART = /(\d+)(ms|d|h|m|s)/y;
const UNIT_MILLIS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60000, h: 3600000, d: 86400000 };
const NUMERIC = /^-?\d+$/;
const DIGITS = /^\d+$/;
const COMMAND_END = /[+-]/;

function duration(text: string): number | undefined {
  const trimmed = text.trim();
  if (DIGITS.test(trimmed)) return Number(trimmed);
  let total = 0;
  DURATION_PART.lastIndex = 0;
  while (DURATION_PART.lastIndex < trimmed.length) {
    const start = DURATION_PART.lastIndex;
    const match = DURATION_PART.exec(trimmed);
    if (match?.index !== start) return undefined;
    total += Number(match[1]) * (UNIT_MILLIS[match[2] ?? ''] ?? 0);
  }
  return trimmed === '' ? undefined : total;
}

function millisOf(value: unknown, command: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string') {
    const text = value.trim();
    const parsed = NUMERIC.test(text) ? Number(text) : Date.parse(text);
    if (!Number.isNaN(parsed)) return parsed;
  }
  throw new ExpressionEvaluationError(
    `cannot find a Date or long at date command ${command}${value === null ? '' : `, was: ${renderText(value)}`}`,
  );
}

const COMMANDS: readonly (readonly [string, (key: string) => Instant])[] = [
  ['header.', (key) => (exchange) => exchange.headers.get(key) ?? null],
  ['variable.', (key) => (exchange) => exchange.variables.get(key) ?? null],
  ['exchangeProperty.', (key) => (exchange) => exchange.properties.get(key) ?? null],
];

function instant(command: string): Instant | undefined {
  if (command === 'now') return (_exchange, context) => context.now();
  if (command === 'exchangeCreated') return (exchange) => exchange.created;
  if (command === 'file') return (exchange) => exchange.headers.get('CamelFileLastModified') ?? null;
  for (const [prefix, make] of COMMANDS) {
    if (command.startsWith(prefix) && command.length > prefix.length) return make(command.slice(prefix.length));
  }
  return undefined;
}

function splitParts(body: string, count: number): string[] {
  const parts: string[] = [];
  let rest = body;
  while (parts.length < count - 1) {
    const colon = rest.indexOf(':');
    if (colon < 0) break;
    parts.push(rest.slice(0, colon));
    rest = rest.slice(colon + 1);
  }
  parts.push(rest);
  return parts;
}

function formatter(
  src: Source,
  pattern: string | undefined,
  zone: TimeZoneSpec,
  at: number,
): ((ms: number) => unknown) | undefined {
  if (pattern === undefined) return (ms) => new Date(ms);
  const compiled = compileDatePattern(pattern, zone);
  if (!compiled.ok) {
    report(src, compiled.message, at + compiled.index);
    return undefined;
  }
  return compiled.format;
}

interface DateParts {
  readonly command: string;
  readonly shift: number;
  readonly zone: TimeZoneSpec;
  readonly pattern: string | undefined;
}

function offsetsOf(src: Source, text: string, command: string, at: number): number {
  let shift = 0;
  for (const m of text.slice(command.length).matchAll(OFFSET)) {
    const millis = duration(m[2] ?? '');
    if (millis === undefined) report(src, `invalid date offset ${m[0]}`, at + command.length + m.index, m[0].length);
    shift += (m[1] === '-' ? -1 : 1) * (millis ?? 0);
  }
  return shift;
}

function dateParts(src: Source, start: number, end: number, withZone: boolean): DateParts | undefined {
  const parts = splitParts(src.text.slice(start, end), withZone ? 3 : 2);
  if (withZone && parts.length < 3) {
    report(src, 'date-with-timezone needs command:timezone:pattern', start, end - start);
    return undefined;
  }
  const [commandWithOffsets = '', second, third] = parts;
  const zoneId = withZone ? second : undefined;
  const zone = zoneId === undefined ? LOCAL_ZONE : parseTimeZone(zoneId);
  if (zone === undefined) {
    report(src, `unknown time zone ${zoneId ?? ''}`, start + commandWithOffsets.length + 1, (zoneId ?? '').length);
    return undefined;
  }
  const command = (commandWithOffsets.split(COMMAND_END, 1)[0] ?? '').trim();
  const shift = offsetsOf(src, commandWithOffsets, command, start);
  return { command, shift, zone, pattern: withZone ? third : second };
}

/**
 * Compiles the date function whose text after `date:` (or `date-with-timezone:`, when `withZone`) is in
 * `[start, end)`. Reports unknown commands, bad offsets, unknown time zones and unsupported pattern letters.
 */
export function compileDate(src: Source, start: number, end: number, withZone: boolean): Eval {
  const parts = dateParts(src, start, end, withZone);
  if (parts === undefined) return () => null;
  const { command, shift, zone, pattern } = parts;
  const format = formatter(src, pattern, zone, end - (pattern?.length ?? 0));
  if (command === 'millis' && pattern === undefined) return (_exchange, context) => context.now() + shift;
  const read = instant(command === 'millis' ? 'now' : command);
  if (read === undefined) {
    report(src, `unknown date command ${command}`, start, Math.max(1, command.length));
    return () => null;
  }
  if (format === undefined) return () => null;
  return (exchange, context) => format(millisOf(read(exchange, context) ?? null, command) + shift);
}
