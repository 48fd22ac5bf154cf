/**
 * The path of a `platform-http` endpoint as a pattern: literal segments, `{name}` segments that match any one segment
 * (and become headers), and, with `matchOnUriPrefix` or a trailing `/*`, every path below it. Paths are compared
 * segment by segment, percent-decoded; empty segments (a trailing slash, `//`) do not count, so `/hello/` is `/hello`.
 */

type Segment = { readonly literal: string } | { readonly param: string };

/** How a request path matched a pattern. */
export interface PathMatch {
  /** The values of the `{name}` segments, by name. */
  readonly params: Readonly<Record<string, string>>;
  /** False when the path only matched as a prefix (it has more segments than the pattern). */
  readonly exact: boolean;
}

const PARAM = /^\{([^{}/]+)\}$/;

/**
 * The decoded segments of a request path (`/a/b%20c/` → `['a', 'b c']`); undefined when a segment is not valid
 * percent-encoding, which no route can serve.
 */
export function pathSegments(rawPath: string): string[] | undefined {
  const segments: string[] = [];
  for (const part of rawPath.split('/')) {
    if (part === '') continue;
    try {
      segments.push(decodeURIComponent(part));
    } catch {
      return undefined;
    }
  }
  return segments;
}

/** A compiled endpoint path. */
export class PathPattern {
  /** The path as declared, with a leading slash. */
  readonly path: string;
  /** Whether paths below this one match too. */
  readonly prefix: boolean;
  /**
   * What two endpoints serving the same requests share: the segments with every `{name}` as `{}` (so `/orders/{id}`
   * and `/orders/{orderId}` are one path), plus `/**` for a prefix.
   */
  readonly key: string;
  private readonly segments: readonly Segment[];

  /** `path` is the endpoint path (`/orders/{id}`, `hello`, `/files/*`); `prefix` is `matchOnUriPrefix`. */
  constructor(path: string, prefix: boolean) {
    const parts = path.split('/').filter((p) => p !== '');
    const star = parts.at(-1) === '*';
    if (star) parts.pop();
    this.prefix = prefix || star;
    this.path = `/${parts.join('/')}`;
    this.segments = parts.map((part) => {
      const param = PARAM.exec(part)?.[1];
      return param === undefined ? { literal: safeDecode(part) } : { param };
    });
    const shape = this.segments.map((s) => ('literal' in s ? s.literal : '{}'));
    this.key = `/${shape.join('/')}${this.prefix ? '/**' : ''}`;
  }

  /** The number of `{name}` segments: a pattern with fewer is more specific. */
  get paramCount(): number {
    return this.segments.filter((s) => 'param' in s).length;
  }

  /** The number of segments. */
  get length(): number {
    return this.segments.length;
  }

  /** How `segments` (from {@link pathSegments}) match this pattern; undefined when they do not. */
  match(segments: readonly string[]): PathMatch | undefined {
    if (segments.length < this.segments.length) return undefined;
    if (segments.length > this.segments.length && !this.prefix) return undefined;
    const params: Record<string, string> = {};
    for (const [i, segment] of this.segments.entries()) {
      const value = segments[i] ?? '';
      if ('literal' in segment) {
        if (segment.literal !== value) return undefined;
      } else {
        params[segment.param] = value;
      }
    }
    return { params, exact: segments.length === this.segments.length };
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
