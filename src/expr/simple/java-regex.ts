/** Java regular expressions (as `regex` and `split` take them) compiled into JS `RegExp`s. */

/** A compiled Java regex, or why it does not compile. */
export type CompiledRegex =
  { readonly ok: true; readonly regex: RegExp } | { readonly ok: false; readonly message: string };

const INLINE_FLAGS = /^\(\?([imsx]+)\)/;

/**
 * Compiles Java regex syntax into a JS `RegExp`. Leading inline flags `(?i)`, `(?s)`, `(?m)` become JS flags;
 * `\A` and `\z`/`\Z` become `^` and `$`; possessive quantifiers (`a*+`) are read as greedy ones. With `whole`, the
 * pattern must match the entire input, as Java's `Matcher.matches()` does.
 */
export function compileJavaRegex(pattern: string, whole: boolean): CompiledRegex {
  let source = pattern;
  let flags = '';
  const inline = INLINE_FLAGS.exec(source);
  if (inline !== null) {
    flags = [...new Set((inline[1] ?? '').replace('x', ''))].join('');
    source = source.slice(inline[0].length);
  }
  source = source
    .replace(/\\A/g, '^')
    .replace(/\\[zZ]/g, '$')
    .replace(/(?<!\\)([*+?}])\+/g, '$1');
  try {
    return { ok: true, regex: new RegExp(whole ? `^(?:${source})$` : source, flags) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A cache of one: compiles the pattern unless it is the one compiled last, so a regex read from the exchange is
 * compiled once per distinct value rather than once per evaluation.
 */
export function regexCache(whole: boolean): (pattern: string) => CompiledRegex {
  let lastPattern: string | undefined;
  let last: CompiledRegex = { ok: false, message: '' };
  return (pattern) => {
    if (pattern !== lastPattern) {
      last = compileJavaRegex(pattern, whole);
      lastPattern = pattern;
    }
    return last;
  };
}

/** Java's `String.split(regex)`: trailing empty strings are removed. */
export function javaSplit(text: string, regex: RegExp): string[] {
  const parts = text.split(regex);
  let end = parts.length;
  while (end > 0 && parts[end - 1] === '') end--;
  return end === parts.length ? parts : parts.slice(0, end);
}
