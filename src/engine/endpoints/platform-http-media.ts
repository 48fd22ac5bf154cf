/**
 * Media types as the `platform-http` endpoint compares them: `consumes` against a request's `Content-Type` (415),
 * `produces` against its `Accept` header (406), and which request bodies are text. Parameters (`; charset=…`) never
 * take part in a match; `type/*` and `*\/*` match more, as in Vert.x Web.
 */

/** A media type taken apart: lower-case `type/subtype` and its parameters (names lower-cased). */
export interface MediaType {
  readonly type: string;
  readonly subtype: string;
  readonly params: Readonly<Record<string, string>>;
}

/** Parses `type/subtype; name=value`; undefined for an empty or malformed value. */
export function parseMediaType(value: string | undefined): MediaType | undefined {
  if (value === undefined) return undefined;
  const [first = '', ...rest] = value.split(';');
  const essence = first.trim().toLowerCase();
  const slash = essence.indexOf('/');
  const type = essence.slice(0, slash).trim();
  const subtype = essence.slice(slash + 1).trim();
  if (slash <= 0 || type === '' || subtype === '' || subtype.includes('/')) return undefined;
  const params: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    params[part.slice(0, eq).trim().toLowerCase()] = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return { type, subtype, params };
}

/** Whether `range` (which may be `type/*` or `*\/*`) matches the concrete media type `media`. */
export function rangeMatches(range: MediaType, media: MediaType): boolean {
  if (range.type === '*') return true;
  if (range.type !== media.type) return false;
  return range.subtype === '*' || range.subtype === media.subtype;
}

/** The media ranges of a comma-separated list (`consumes`, an `Accept` header); unparsable entries are left out. */
export function mediaRanges(list: string | undefined): MediaType[] {
  if (list === undefined) return [];
  return list.split(',').flatMap((part) => {
    const parsed = parseMediaType(part);
    return parsed === undefined ? [] : [parsed];
  });
}

/**
 * Whether a request with this `Content-Type` may reach an endpoint that `consumes` these ranges (none: any). A request
 * with no body and no content type is let through (a GET to an endpoint that consumes JSON is not refused).
 */
export function consumable(consumes: readonly MediaType[], contentType: string | undefined, hasBody: boolean): boolean {
  if (consumes.length === 0) return true;
  const media = parseMediaType(contentType);
  if (media === undefined) return !hasBody && (contentType === undefined || contentType.trim() === '');
  return consumes.some((range) => rangeMatches(range, media));
}

/** Whether a request's `Accept` header admits the type an endpoint `produces` (no header, or no `produces`: yes). */
export function acceptable(produces: MediaType | undefined, accept: string | undefined): boolean {
  if (produces === undefined || accept === undefined || accept.trim() === '') return true;
  const ranges = mediaRanges(accept).filter((r) => r.params['q'] === undefined || Number(r.params['q']) > 0);
  return ranges.length === 0 || ranges.some((range) => rangeMatches(range, produces));
}

/** Structured-syntax suffixes and types whose bodies are text. */
const TEXT_APPLICATION = new Set(['json', 'xml', 'x-www-form-urlencoded']);

/**
 * Whether a request body of this media type is text: `text/*`, JSON (`application/json`, `…+json`), XML
 * (`application/xml`, `…+xml`) and URL-encoded forms. Everything else (and no type at all) is bytes.
 */
export function isTextMedia(media: MediaType | undefined): boolean {
  if (media === undefined) return false;
  if (media.type === 'text') return true;
  if (media.type !== 'application') return false;
  const plus = media.subtype.lastIndexOf('+');
  return TEXT_APPLICATION.has(media.subtype) || (plus >= 0 && TEXT_APPLICATION.has(media.subtype.slice(plus + 1)));
}
