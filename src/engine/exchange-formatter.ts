/**
 * Camel's exchange formatter (`DefaultExchangeFormatter`, Camel 4.22), as the `log` endpoint prints exchanges:
 * `Exchange[Label: value, …]`, in the order Id, RouteGroup, RouteId, ExchangePattern, Properties, Variables, Headers,
 * BodyType, Body, then the exception (`ExceptionType`, `ExceptionMessage`, or with `showCaughtException` the
 * `CaughtException…` pair from the `CamelExceptionCaught` property, and `StackTrace` with `showStackTrace`).
 *
 * Layout (`style`): `Default` separates items with `, ` (or, `multiline`, puts each on its own line indented two
 * spaces); `Tab` prefixes each `Label: value` with a tab; `Fixed` prefixes a tab and pads the label to 20 characters
 * with no colon. With `multiline` each part is a line (Camel keeps the exception items on one line, and leaves an
 * empty line for a part it shows nothing for: a route without group, no variables). `maxChars` (default 10000) clips
 * the body (`… [Body clipped after N chars, total length is M]`) and then cuts the whole text (each line, when
 * multiline) after that many characters, appending `...`. `plain` prints the body only. Maps print
 * case-insensitively sorted as `{k=v}`; a null body prints `[Body is null]`; `skipBodyLineSeparator` (default true)
 * removes line breaks from the body. `showFiles`, `showFuture`, `showStreams` and `showCachedStreams` change nothing:
 * a Node body is never a file, future or stream.
 *
 * `ExchangePattern` follows what Camel 4.22 does (recorded in test/golden/log-options): an endpoint whose formatting
 * options are all at their defaults uses the shared formatter, which shows the pattern; any other setting hides it
 * unless `showExchangePattern` (or `showAll`) is true.
 */
import type { Exchange } from '../api/exchange.js';
import { camelTypeName, renderText } from '../expr/convert.js';

/** The formatting options of a log endpoint (Camel's option names). */
export interface FormatOptions {
  readonly showAll?: boolean;
  readonly showExchangeId?: boolean;
  readonly showRouteGroup?: boolean;
  readonly showRouteId?: boolean;
  readonly showExchangePattern?: boolean;
  readonly showProperties?: boolean;
  readonly showAllProperties?: boolean;
  readonly showHeaders?: boolean;
  readonly showVariables?: boolean;
  readonly showBodyType?: boolean;
  readonly showBody?: boolean;
  readonly showException?: boolean;
  readonly showCaughtException?: boolean;
  readonly showStackTrace?: boolean;
  readonly skipBodyLineSeparator?: boolean;
  readonly multiline?: boolean;
  readonly plain?: boolean;
  readonly maxChars?: number;
  readonly style?: string;
}

/** What the formatter may ask of the runtime. */
export interface FormatContext {
  /** The group of the route with this id, if it has one. */
  readonly routeGroup?: (routeId: string) => string | undefined;
}

/** The formatting options' defaults (an endpoint with only these values uses Camel's shared formatter). */
const DEFAULTS: Readonly<Record<string, unknown>> = {
  showAll: false,
  showExchangeId: false,
  showRouteId: false,
  showRouteGroup: false,
  showExchangePattern: false,
  showProperties: false,
  showAllProperties: false,
  showHeaders: false,
  showVariables: false,
  showBodyType: true,
  showBody: true,
  showException: false,
  showCaughtException: false,
  showStackTrace: false,
  showCachedStreams: true,
  showStreams: false,
  showFiles: false,
  showFuture: false,
  skipBodyLineSeparator: true,
  multiline: false,
  plain: false,
  maxChars: 10000,
  style: 'Default',
};

/** Whether the exchange pattern is printed, given the endpoint's (typed) options. */
export function showsPattern(options: Readonly<Record<string, unknown>>): boolean {
  if (options['showAll'] === true || options['showExchangePattern'] === true) return true;
  return Object.entries(options).every(([k, v]) => !(k in DEFAULTS) || DEFAULTS[k] === v);
}

/** Splits the parts of a multiline text (Camel's `###REPLACE_ME###`). */
const SEPARATOR = '\u0000';

function sortedMap(entries: Iterable<[string, unknown]>): string {
  const list = [...entries].sort(([a], [b]) => a.toLowerCase().localeCompare(b.toLowerCase()));
  return `{${list.map(([k, v]) => `${k}=${renderText(v)}`).join(', ')}}`;
}

function bodyType(body: unknown): string {
  const name = camelTypeName(body);
  return name === null ? 'null' : name.replace(/^java\.lang\./, '');
}

/** The body as Camel's `MessageHelper.extractBodyForLogging` renders it, clipped after `max` characters. */
function bodyText(body: unknown, max: number): string {
  if (body === null || body === undefined) return '[Body is null]';
  const text = renderText(body);
  return max > 0 && text.length > max
    ? `${text.slice(0, max)}... [Body clipped after ${String(max)} chars, total length is ${String(text.length)}]`
    : text;
}

function stackTrace(error: Error): string {
  return error.stack ?? `${error.name}: ${error.message}`;
}

type Part = (show: boolean, name: string, value: () => string | undefined) => void;

/** Adds the parts before the exception, in Camel's order. */
function addParts(exchange: Exchange, options: FormatOptions, context: FormatContext, part: Part): void {
  const all = options.showAll === true;
  const routeId = exchange.routeId;
  part(all || options.showExchangeId === true, 'Id', () => exchange.exchangeId);
  part(all || options.showRouteGroup === true, 'RouteGroup', () =>
    routeId === undefined ? undefined : context.routeGroup?.(routeId),
  );
  part(all || options.showRouteId === true, 'RouteId', () => routeId ?? '');
  part(showsPattern(options as Readonly<Record<string, unknown>>), 'ExchangePattern', () => exchange.pattern);
  part(all || options.showAllProperties === true || options.showProperties === true, 'Properties', () =>
    sortedMap(exchange.properties),
  );
  part(all || options.showVariables === true, 'Variables', () =>
    exchange.variables.size > 0 ? sortedMap(exchange.variables) : undefined,
  );
  part(all || options.showHeaders === true, 'Headers', () => sortedMap(exchange.headers));
  part(all || options.showBodyType !== false, 'BodyType', () => bodyType(exchange.body));
  part(all || options.showBody !== false, 'Body', () => {
    const text = bodyText(exchange.body, options.maxChars ?? 10000);
    return options.skipBodyLineSeparator === false ? text : text.replace(/\r?\n/g, '');
  });
}

/** Cuts each part (the whole text, when not multiline) after `max` characters; multiline puts each on a line. */
function cutParts(sb: string, max: number, multiline: boolean): string {
  const pieces = sb.split(SEPARATOR);
  // Java's String.split drops trailing empty parts.
  while (pieces.length > 1 && pieces[pieces.length - 1] === '') pieces.pop();
  return pieces
    .map((s) => `${max > 0 && s.length > max ? `${s.slice(0, max)}...` : s}${multiline ? '\n' : ''}`)
    .join('');
}

/** Formats an exchange as the log endpoint prints it; `context` gives route groups for `showRouteGroup`. */
export function formatExchange(exchange: Exchange, options: FormatOptions, context: FormatContext = {}): string {
  const max = options.maxChars ?? 10000;
  if (options.plain === true) return bodyText(exchange.body, max);
  const multiline = options.multiline === true;
  const style = options.style ?? 'Default';
  const label = (name: string): string => {
    if (style === 'Tab') return `\t${name}: `;
    if (style === 'Fixed') return `\t${name.padEnd(20)}`;
    return multiline ? `  ${name}: ` : `, ${name}: `;
  };
  let sb = '';
  addParts(exchange, options, context, (show, name, value) => {
    if (!show) return;
    if (multiline) sb += SEPARATOR;
    const v = value();
    if (v !== undefined) sb += label(name) + v;
  });
  sb += exceptionText(exchange, options, options.showAll === true, multiline, label);
  if (multiline || (max > 0 && sb.length > max)) sb = cutParts(sb, max, multiline);
  if (!multiline && sb.startsWith(', ')) sb = sb.slice(2);
  return `Exchange[${sb}]`;
}

/** The exception part: the exchange's exception, else (with showCaughtException) the caught one. */
function exceptionText(
  exchange: Exchange,
  options: FormatOptions,
  all: boolean,
  multiline: boolean,
  label: (name: string) => string,
): string {
  const caughtToo = all || options.showCaughtException === true;
  if (!caughtToo && options.showException !== true) return '';
  let error = exchange.exception;
  let caught = false;
  if (caughtToo && error === undefined) {
    const property = exchange.properties.get('CamelExceptionCaught');
    error = property instanceof Error ? property : undefined;
    caught = true;
  }
  if (error === undefined) return '';
  const prefix = caught ? 'Caught' : '';
  let text = `${multiline ? SEPARATOR : ''}${label(`${prefix}ExceptionType`)}${error.name}`;
  text += `${label(`${prefix}ExceptionMessage`)}${error.message}`;
  if (all || options.showStackTrace === true) text += `${label('StackTrace')}${stackTrace(error)}`;
  return text;
}
