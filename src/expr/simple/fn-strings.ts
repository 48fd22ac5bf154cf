/** Simple's string functions (Camel 4.18+): substring, replace, pad, concat, join, split, case and quoting. */
import { ExpressionEvaluationError } from '../../api/errors.js';
import { isDecimalText, renderText } from '../convert.js';
import { iterateValues } from '../values.js';
import { literalText, type Arg, type CallSite, type CallSpec } from './calls.js';
import { inputOf, intArg, textFunction, textOrNull, valueFunction } from './fn-support.js';
import { compileJavaRegex, javaSplit, regexCache } from './java-regex.js';
import { bodyEval, report, type Eval } from './source.js';

function xmlDecode(text: string): string {
  if (text === '&empty;') return '';
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

function decodedArg(arg: Arg | undefined): Eval {
  const literal = literalText(arg);
  if (literal !== undefined) {
    const decoded = xmlDecode(literal);
    return () => decoded;
  }
  const evaluate = arg?.run ?? (() => '');
  return (exchange, context) => xmlDecode(textOrNull(evaluate(exchange, context)) ?? '');
}

const replace: CallSpec = {
  min: 2,
  max: 3,
  keepSpaces: true,
  compile: (args) => {
    const from = decodedArg(args[0]);
    const to = decodedArg(args[1]);
    const input = inputOf(args, 2);
    return (exchange, context) => {
      const text = textOrNull(input(exchange, context));
      return text === null ? null : text.replaceAll(String(from(exchange, context)), String(to(exchange, context)));
    };
  },
};

function clip(text: string, head: number, tail: number): string {
  let h = head;
  let t = tail;
  if (h < 0 && t === 0) {
    t = h;
    h = 0;
  }
  h = Math.abs(h);
  t = Math.abs(t);
  return h + t >= text.length ? '' : text.slice(h, text.length - t);
}

const substring: CallSpec = {
  min: 1,
  max: 3,
  compile: (args, site) => {
    const head = intArg(site, args[0], 'the head', 0);
    const tail = intArg(site, args[1], 'the tail', 0);
    const input = inputOf(args, 2);
    return (exchange, context) => {
      const text = textOrNull(input(exchange, context));
      return text === null ? null : clip(text, Number(head(exchange, context)), Number(tail(exchange, context)));
    };
  },
};

function between(text: string, after: string, before: string): string | null {
  const start = text.indexOf(after);
  if (start < 0) return null;
  const rest = text.slice(start + after.length);
  const end = rest.indexOf(before);
  return end < 0 ? null : rest.slice(0, end);
}

/** `substringBefore/After(x)` on the body or `(exp, x)`; `null` when `x` is not found. */
function around(pick: (text: string, marker: string) => string | null): CallSpec {
  return {
    min: 1,
    max: 2,
    compile: (args) => {
      const input = args.length === 2 ? inputOf(args) : bodyEval;
      const marker = (args.length === 2 ? args[1] : args[0])?.run ?? (() => '');
      return (exchange, context) => {
        const text = textOrNull(input(exchange, context));
        return text === null ? null : pick(text, textOrNull(marker(exchange, context)) ?? '');
      };
    },
  };
}

const substringBetween: CallSpec = {
  min: 2,
  max: 3,
  compile: (args) => {
    const [input, after, before] = args.length === 3 ? args.map((a) => a.run) : [bodyEval, ...args.map((a) => a.run)];
    return (exchange, context) => {
      const text = textOrNull(input?.(exchange, context));
      if (text === null) return null;
      return between(text, textOrNull(after?.(exchange, context)) ?? '', textOrNull(before?.(exchange, context)) ?? '');
    };
  },
};

const pad: CallSpec = {
  min: 2,
  max: 3,
  compile: (args, site) => {
    const input = inputOf(args);
    const width = intArg(site, args[1], 'the width', 0);
    const separator = args[2]?.run ?? (() => ' ');
    return (exchange, context) => {
      let text = textOrNull(input(exchange, context));
      if (text === null) return null;
      const w = Number(width(exchange, context));
      const given = textOrNull(separator(exchange, context));
      const sep = given === null || given === '' ? ' ' : given;
      while (Math.abs(w) > text.length) text = w > 0 ? text + sep : sep + text;
      return text;
    };
  },
};

const concat: CallSpec = {
  min: 1,
  max: 3,
  compile: (args) => {
    const [first, second] =
      args.length === 1 ? [bodyEval, args[0]?.run ?? bodyEval] : [inputOf(args), inputOf(args, 1)];
    const separator = args[2]?.run;
    return (exchange, context) => {
      const a = textOrNull(first(exchange, context));
      const b = textOrNull(second(exchange, context));
      if (a === null || b === null) return a ?? b;
      return a + (textOrNull(separator?.(exchange, context)) ?? '') + b;
    };
  },
};

const join: CallSpec = {
  min: 0,
  max: 3,
  keepSpaces: true,
  compile: (args) => {
    const separator = args[0]?.run ?? (() => ',');
    const prefix = args[1]?.run ?? (() => '');
    const input = inputOf(args, 2);
    return (exchange, context) => {
      const sep = textOrNull(separator(exchange, context)) ?? ',';
      const pre = textOrNull(prefix(exchange, context)) ?? '';
      return iterateValues(input(exchange, context))
        .map((v) => pre + renderText(v))
        .join(sep);
    };
  },
};

function splitter(site: CallSite, arg: Arg | undefined): (value: unknown) => RegExp {
  const literal = arg === undefined ? ',' : literalText(arg);
  if (literal !== undefined) {
    const compiled = compileJavaRegex(literal, false);
    if (!compiled.ok) report(site.src, `invalid separator regex: ${compiled.message}`, arg?.start ?? site.start, 1);
    const regex = compiled.ok ? compiled.regex : /,/;
    return () => regex;
  }
  const cache = regexCache(false);
  return (value) => {
    const compiled = cache(renderText(value));
    if (!compiled.ok) throw new ExpressionEvaluationError(`invalid separator regex: ${compiled.message}`);
    return compiled.regex;
  };
}

const split: CallSpec = {
  min: 0,
  max: 2,
  keepSpaces: true,
  compile: (args, site) => {
    const input = args.length === 2 ? inputOf(args) : bodyEval;
    const sepArg = args.length === 2 ? args[1] : args[0];
    const separator = splitter(site, sepArg);
    const sepEval = sepArg?.run ?? (() => ',');
    return (exchange, context) => {
      const text = textOrNull(input(exchange, context));
      return text === null ? null : javaSplit(text, separator(sepEval(exchange, context)));
    };
  },
};

function quote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) return text;
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return `"${text.slice(1, -1)}"`;
  return `"${text}"`;
}

function unquote(text: string): string {
  const first = text.charAt(0);
  return text.length >= 2 && (first === '"' || first === "'") && text.endsWith(first) ? text.slice(1, -1) : text;
}

/** `kindOfType`: `null`, `number`, `boolean`, `string`, `array` or `object`; numeric and boolean text count as such. */
export function kindOfType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') {
    const text = value.trim();
    if (text !== '' && isDecimalText(text)) return 'number';
    return text === 'true' || text === 'false' ? 'boolean' : 'string';
  }
  return Array.isArray(value) || value instanceof Set || value instanceof Uint8Array ? 'array' : 'object';
}

function safeQuote(value: unknown): string {
  const kind = kindOfType(value);
  return kind === 'null' || kind === 'number' || kind === 'boolean' ? renderText(value) : quote(renderText(value));
}

const encoder = new TextEncoder();
const ALPHA = /^\p{L}+$/u;
const ALPHANUMERIC = /^[\p{L}\p{Nd}]+$/u;
const DIGITS = /^\p{Nd}+$/u;
const WHITESPACE = /\s+/;

/** String functions by name. */
export const STRING_FUNCTIONS: ReadonlyMap<string, CallSpec> = new Map([
  ['replace', replace],
  ['substring', substring],
  ['substringBefore', around((text, marker) => (text.includes(marker) ? text.slice(0, text.indexOf(marker)) : null))],
  [
    'substringAfter',
    around((text, marker) => (text.includes(marker) ? text.slice(text.indexOf(marker) + marker.length) : null)),
  ],
  ['substringBetween', substringBetween],
  ['uppercase', textFunction((t) => t.toUpperCase())],
  ['lowercase', textFunction((t) => t.toLowerCase())],
  ['trim', textFunction((t) => t.trim())],
  ['normalizeWhitespace', textFunction((t) => t.trim().split(WHITESPACE).join(' '))],
  [
    'capitalize',
    textFunction((t) =>
      t
        .split(' ')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(' '),
    ),
  ],
  ['quote', textFunction(quote)],
  ['unquote', textFunction(unquote)],
  ['safeQuote', valueFunction(safeQuote)],
  ['kindOfType', valueFunction(kindOfType)],
  ['isAlpha', valueFunction((v) => ALPHA.test(textOrNull(v) ?? ''))],
  ['isAlphaNumeric', valueFunction((v) => ALPHANUMERIC.test(textOrNull(v) ?? ''))],
  ['isNumeric', valueFunction((v) => DIGITS.test(textOrNull(v) ?? ''))],
  [
    'length',
    valueFunction((v) =>
      v instanceof Uint8Array ? v.length : v === null ? null : encoder.encode(renderText(v)).length,
    ),
  ],
  ['pad', pad],
  ['concat', concat],
  ['join', join],
  ['split', split],
]);
