/** Endpoint URIs as Camel writes them: `scheme:path?option=value&…`, with `scheme://path` accepted too. */

/** A parsed endpoint URI. */
export interface EndpointUri {
  readonly scheme: string;
  readonly path: string;
  readonly options: Record<string, string>;
  /** Where each option's name starts in the URI as written. */
  readonly offsets: Record<string, number>;
}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/s;

/** Parses an endpoint URI; undefined when it has no `scheme:` prefix. */
export function parseEndpointUri(uri: string): EndpointUri | undefined {
  const lead = uri.length - uri.trimStart().length;
  const m = SCHEME.exec(uri.trim());
  if (m === null) return undefined;
  const scheme = m[1] ?? '';
  let rest = m[2] ?? '';
  if (rest.startsWith('//')) rest = rest.slice(2);
  const q = rest.indexOf('?');
  const path = q < 0 ? rest : rest.slice(0, q);
  const options: Record<string, string> = {};
  const offsets: Record<string, number> = {};
  if (q >= 0) {
    let at = lead + uri.trim().length - rest.length + q + 1;
    for (const part of rest.slice(q + 1).split('&')) {
      const eq = part.indexOf('=');
      const name = safeDecode(eq < 0 ? part : part.slice(0, eq));
      if (part !== '') {
        options[name] = safeDecode(eq < 0 ? '' : part.slice(eq + 1));
        offsets[name] = at;
      }
      at += part.length + 1;
    }
  }
  return { scheme, path, options, offsets };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}
