/** Endpoint URIs as Camel writes them: `scheme:path?option=value&…`, with `scheme://path` accepted too. */

/** A parsed endpoint URI. */
export interface EndpointUri {
  readonly scheme: string;
  readonly path: string;
  readonly options: Record<string, string>;
}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/s;

/** Parses an endpoint URI; undefined when it has no `scheme:` prefix. */
export function parseEndpointUri(uri: string): EndpointUri | undefined {
  const m = SCHEME.exec(uri.trim());
  if (m === null) return undefined;
  const scheme = m[1] ?? '';
  let rest = m[2] ?? '';
  if (rest.startsWith('//')) rest = rest.slice(2);
  const q = rest.indexOf('?');
  const path = q < 0 ? rest : rest.slice(0, q);
  const options: Record<string, string> = {};
  if (q >= 0) {
    for (const part of rest.slice(q + 1).split('&')) {
      if (part === '') continue;
      const eq = part.indexOf('=');
      const name = eq < 0 ? part : part.slice(0, eq);
      const value = eq < 0 ? '' : part.slice(eq + 1);
      options[safeDecode(name)] = safeDecode(value);
    }
  }
  return { scheme, path, options };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}
