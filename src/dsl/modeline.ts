/**
 * Camel K modeline comments: `# camel-k: dependency=mvn:org.example:foo:1.0 property=period=1000`. They are kept so
 * `drom run` can apply them, and reported as deprecated (as Camel 4.10 does).
 */

/** One `name=value` option of a modeline. */
export interface ModelineOption {
  readonly name: string;
  readonly value: string;
}

/** A modeline comment and the options it holds. */
export interface Modeline {
  readonly file: string;
  /** 1-based line of the comment. */
  readonly line: number;
  readonly options: ModelineOption[];
}

const MODELINE = /^\s*#\s*camel-k\s*:(.*)$/;

/** Finds every modeline comment of a file's text, in order. */
export function parseModelines(file: string, text: string): Modeline[] {
  const found: Modeline[] = [];
  text.split(/\r?\n/).forEach((lineText, i) => {
    const m = MODELINE.exec(lineText);
    if (m === null) return;
    const options = (m[1] ?? '')
      .trim()
      .split(/\s+/)
      .filter((t) => t.length > 0)
      .map((token) => {
        const eq = token.indexOf('=');
        return eq < 0 ? { name: token, value: '' } : { name: token.slice(0, eq), value: token.slice(eq + 1) };
      });
    found.push({ file, line: i + 1, options });
  });
  return found;
}
