/**
 * Java `.properties` files as Camel reads them (`application.properties`): `key=value`, `key: value` or `key value`,
 * `#` and `!` comments, backslash line continuations and escapes.
 */

function unescape(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, c: string) => {
    if (c.startsWith('u') && c.length === 5) return String.fromCharCode(parseInt(c.slice(1), 16));
    return c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c === 'f' ? '\f' : c;
  });
}

/** Parses the text of a properties file into its entries, later keys overriding earlier ones. */
export function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = (lines[i] ?? '').replace(/^\s+/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line)) {
      // A continuation at the end of the file continues with nothing.
      line = line.slice(0, -1) + (i + 1 < lines.length ? (lines[++i] ?? '').replace(/^\s+/, '') : '');
    }
    const m = /^((?:\\.|[^=:\s\\])*)\s*[=:\s]?\s*(.*)$/s.exec(line);
    if (m === null) continue;
    out.set(unescape(m[1] ?? ''), unescape(m[2] ?? ''));
  }
  return out;
}
