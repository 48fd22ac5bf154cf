/**
 * Resolves property placeholders throughout a route definition before it is compiled, as Camel does when it builds a
 * route: every string, route ids and log messages included. In endpoint URIs an optional placeholder with no value
 * (`{{?key}}`) drops the option that uses it. A missing key is reported at its path; the value is left as written.
 */
import type { PathSegment } from '../dsl/yaml-source.js';
import { DROPPED, MissingPropertyError, type PropertyResolver } from './properties.js';

/** Keys whose string value is an endpoint URI. */
const URI_KEYS: ReadonlySet<string> = new Set(['uri', 'to', 'toD', 'wireTap', 'deadLetterUri', 'poll']);

/** A URI with each query option resolved on its own, dropping options whose optional placeholder had no value. */
function resolveUri(uri: string, resolver: PropertyResolver): string {
  const q = uri.indexOf('?');
  const base = resolver.resolveText(q < 0 ? uri : uri.slice(0, q));
  const head = base === DROPPED ? '' : base;
  if (q < 0) return head;
  const options = uri
    .slice(q + 1)
    .split('&')
    .map((o) => resolver.resolveText(o))
    .filter((o): o is string => o !== DROPPED && o !== '');
  return options.length === 0 ? head : `${head}?${options.join('&')}`;
}

/**
 * Returns `value` with its placeholders resolved (a new tree; the input is not changed). `report` is called for every
 * missing key with the path of the string that needs it.
 */
export function resolvePlaceholders(
  value: unknown,
  resolver: PropertyResolver,
  report: (path: PathSegment[], key: string) => void,
  path: PathSegment[] = [],
  key?: string,
): unknown {
  if (typeof value === 'string') {
    if (!value.includes('{{')) return value;
    try {
      if (key !== undefined && URI_KEYS.has(key)) return resolveUri(value, resolver);
      const out = resolver.resolveText(value, 0, true);
      return out === DROPPED ? '' : out;
    } catch (err) {
      if (!(err instanceof MissingPropertyError)) throw err;
      report(path, err.key);
      return value;
    }
  }
  if (Array.isArray(value))
    return value.map((v: unknown, i) => resolvePlaceholders(v, resolver, report, [...path, i], key));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = resolvePlaceholders(v, resolver, report, [...path, k], k);
  return out;
}
