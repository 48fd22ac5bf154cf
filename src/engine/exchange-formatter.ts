/**
 * Camel's exchange formatter, as the `log` endpoint prints exchanges: `Exchange[Label: value, …]`, in the order Id,
 * RouteId, ExchangePattern, Properties, Headers, BodyType, Body, then the exception; `multiline` puts each item on
 * its own line; `plain` prints the body only. Maps print case-insensitively sorted as `{k=v}`; a null body prints
 * `[Body is null]`; an item longer than `maxChars` is cut with `...`.
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
  readonly showRouteId?: boolean;
  readonly showExchangePattern?: boolean;
  readonly showProperties?: boolean;
  readonly showAllProperties?: boolean;
  readonly showHeaders?: boolean;
  readonly showVariables?: boolean;
  readonly showBodyType?: boolean;
  readonly showBody?: boolean;
  readonly showException?: boolean;
  readonly multiline?: boolean;
  readonly plain?: boolean;
  readonly maxChars?: number;
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

function sortedMap(entries: Iterable<[string, unknown]>): string {
  const list = [...entries].sort(([a], [b]) => a.toLowerCase().localeCompare(b.toLowerCase()));
  return `{${list.map(([k, v]) => `${k}=${renderText(v)}`).join(', ')}}`;
}

function bodyType(body: unknown): string {
  const name = camelTypeName(body);
  return name === null ? 'null' : name.replace(/^java\.lang\./, '');
}

function bodyText(body: unknown): string {
  if (body === null || body === undefined) return '[Body is null]';
  return renderText(body).replace(/\r?\n/g, '');
}

function cut(text: string, max: number): string {
  return max > 0 && text.length > max ? `${text.slice(0, max)}...` : text;
}

type Item = (e: Exchange, o: FormatOptions, all: boolean) => [string, string] | undefined;

/** The items of the formatted exchange, in Camel's order (the pattern is decided separately). */
const BEFORE_PATTERN: readonly Item[] = [
  (e, o, all) => (all || o.showExchangeId === true ? ['Id', e.exchangeId] : undefined),
  (e, o, all) => (all || o.showRouteId === true ? ['RouteId', e.routeId ?? 'null'] : undefined),
];

const AFTER_PATTERN: readonly Item[] = [
  (e, o, all) => {
    if (all || o.showAllProperties === true) return ['Properties', sortedMap(e.properties)];
    return o.showProperties === true ? ['Properties', sortedMap(e.properties)] : undefined;
  },
  (e, o, all) =>
    (all || o.showVariables === true) && e.variables.size > 0 ? ['Variables', sortedMap(e.variables)] : undefined,
  (e, o, all) => (all || o.showHeaders === true ? ['Headers', sortedMap(e.headers)] : undefined),
  (e, o, all) => (all || o.showBodyType !== false ? ['BodyType', bodyType(e.body)] : undefined),
  (e, o, all) => (all || o.showBody !== false ? ['Body', bodyText(e.body)] : undefined),
  (e, o, all) =>
    (all || o.showException === true) && e.exception !== undefined ? ['ExceptionType', e.exception.name] : undefined,
  (e, o, all) =>
    (all || o.showException === true) && e.exception !== undefined
      ? ['ExceptionMessage', e.exception.message]
      : undefined,
];

/** Formats an exchange as the log endpoint prints it. */
export function formatExchange(exchange: Exchange, options: FormatOptions): string {
  const all = options.showAll === true;
  const max = options.maxChars ?? 10000;
  if (options.plain === true) return cut(bodyText(exchange.body), max);
  const pick = (items: readonly Item[]): [string, string][] =>
    items.map((item) => item(exchange, options, all)).filter((i): i is [string, string] => i !== undefined);
  const items = [
    ...pick(BEFORE_PATTERN),
    ...(showsPattern(options as Readonly<Record<string, unknown>>)
      ? [['ExchangePattern', exchange.pattern] as [string, string]]
      : []),
    ...pick(AFTER_PATTERN),
  ];
  const parts = items.map(([label, value]) => `${label}: ${cut(value, max)}`);
  return options.multiline === true
    ? `Exchange[\n${parts.map((p) => `  ${p}`).join('\n')}\n]`
    : `Exchange[${parts.join(', ')}]`;
}
