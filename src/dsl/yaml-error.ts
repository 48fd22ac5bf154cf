/**
 * Places YAML parser errors where the mistake is, and words them for a person. The parser often notices a mistake
 * later than it was made: at the end of a document for an unclosed quote, on the next line for an unclosed `[`, at
 * column 1 for a badly indented line.
 */

/** A parser error as the `yaml` package reports it. */
export interface ParserError {
  readonly code: string;
  readonly message: string;
  readonly pos: readonly [number, number];
}

/** Where to report a parser error, and what to say. */
export interface PlacedError {
  readonly offset: number;
  readonly message: string;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The first non-blank character of the line holding `offset`, or of the next non-blank line. */
function firstNonBlank(text: string, offset: number): number {
  const m = /\S/.exec(text.slice(lineStart(text, offset)));
  return m === null ? offset : lineStart(text, offset) + m.index;
}

function nextLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? offset : firstNonBlank(text, nl + 1);
}

/** The last opening bracket before `offset` that is not closed before it. */
function unclosedOpener(text: string, offset: number, open: string, close: string): number | undefined {
  let depth = 0;
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i];
    if (c === close) depth++;
    else if (c === open) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

const plain = (message: string): string => message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();

type Rule = (text: string, at: number, message: string, code: string) => PlacedError | undefined;

const unterminatedQuote: Rule = (text, at, message) => {
  if (!message.startsWith('Missing closing "quote') && !message.startsWith("Missing closing 'quote")) return undefined;
  const quote = message.includes('"quote') ? '"' : "'";
  const opener = text.lastIndexOf(quote, Math.max(0, at - 1));
  return {
    offset: opener < 0 ? at : opener,
    message: `unterminated ${quote === '"' ? 'double' : 'single'}-quoted string`,
  };
};

const unclosedFlow: Rule = (text, at, message) => {
  if (!message.startsWith('Flow sequence') && !message.startsWith('Flow map')) return undefined;
  const [open, close] = message.startsWith('Flow sequence') ? ['[', ']'] : ['{', '}'];
  return { offset: unclosedOpener(text, at, open, close) ?? at, message: `'${open}' is never closed with '${close}'` };
};

const nestedInCompact: Rule = (text, at, message, code) => {
  if (code !== 'BLOCK_AS_IMPLICIT_KEY' || !message.startsWith('Nested mappings')) return undefined;
  const end = text.indexOf('\n', at);
  if (/:(\s|$)/.test(text.slice(at, end < 0 ? undefined : end))) {
    return { offset: at, message: "': ' inside a plain value starts a nested map; quote the value" };
  }
  return { offset: nextLine(text, at), message: 'bad indentation: this line is indented deeper than the key above it' };
};

const badIndent: Rule = (text, at, message, code) => {
  if (code !== 'BAD_INDENT' && code !== 'BLOCK_AS_IMPLICIT_KEY') return undefined;
  const words = message.startsWith('A block sequence')
    ? 'this list item does not line up with the list above it'
    : `${message.charAt(0).toLowerCase()}${message.slice(1)}`;
  return { offset: firstNonBlank(text, at), message: `bad indentation: ${words}` };
};

const duplicateKey: Rule = (text, at, _message, code) => {
  if (code !== 'DUPLICATE_KEY') return undefined;
  const key = /^[^:\n]*/.exec(text.slice(at))?.[0].trim() ?? '';
  return { offset: at, message: key === '' ? 'duplicate key in a map' : `duplicate key '${key}' in a map` };
};

const tab: Rule = (_text, at, _message, code) =>
  code === 'TAB_AS_INDENT' ? { offset: at, message: 'tab used for indentation; indent with spaces' } : undefined;

const unknownTag: Rule = (text, at, message) => {
  const tag = /^unknown tag !<([^>]*)>/.exec(message)?.[1];
  if (tag === undefined) return undefined;
  const start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  const found = text.indexOf(tag, start);
  return { offset: found < 0 ? at : found, message: `unknown tag '${tag}'; Camel routes use no tags` };
};

const RULES: readonly Rule[] = [
  unterminatedQuote,
  unclosedFlow,
  nestedInCompact,
  badIndent,
  duplicateKey,
  tab,
  unknownTag,
];

/** The place and wording of one parser error of `text`. */
export function placeYamlError(text: string, err: ParserError): PlacedError {
  const at = err.pos[0];
  const message = plain(err.message);
  for (const rule of RULES) {
    const placed = rule(text, at, message, err.code);
    if (placed !== undefined) return placed;
  }
  return { offset: /\s/.test(text.charAt(at)) ? firstNonBlank(text, at) : at, message };
}
