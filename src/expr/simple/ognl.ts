/**
 * Parses Camel's OGNL navigation (`.name`, `?.name`, `[key]`, `['key with spaces']`, `[0]`, `[last]`, `[last-1]`,
 * `.size()`, `.getName()`) into steps evaluated by `ognl-navigate.ts`.
 */
import { findGroupEnd } from './scan.js';
import { report, trimRange, type Source } from './source.js';
import { OGNL_METHODS, type IndexKey, type OgnlStep } from './ognl-navigate.js';
import { compileTemplate } from './template.js';

const NAME = /[A-Za-z_$][\w$-]*/y;
const LAST = /^last(?:\s*-\s*(\d+))?$/;
const INDEX = /^-?\d+$/;

function unquote(text: string): string | undefined {
  const first = text.charAt(0);
  return text.length >= 2 && (first === "'" || first === '"') && text.endsWith(first) ? text.slice(1, -1) : undefined;
}

function indexKey(src: Source, start: number, end: number): IndexKey {
  const [s, e] = trimRange(src.text, start, end);
  const raw = src.text.slice(s, e);
  const quoted = unquote(raw);
  if (quoted !== undefined) return { kind: 'literal', value: quoted };
  const last = LAST.exec(raw);
  if (last !== null) return { kind: 'last', minus: Number(last[1] ?? '0') };
  if (INDEX.test(raw)) return { kind: 'literal', value: Number(raw) };
  const template = compileTemplate(src, s, e);
  return template.literal !== undefined ? { kind: 'literal', value: raw } : { kind: 'dynamic', run: template.run };
}

function methodArgs(src: Source, start: number, end: number): (string | number)[] {
  const inner = src.text.slice(start, end).trim();
  if (inner === '') return [];
  return inner.split(',').map((part) => {
    const text = part.trim();
    const quoted = unquote(text);
    if (quoted !== undefined) return quoted;
    return INDEX.test(text) ? Number(text) : text;
  });
}

function methodStep(
  src: Source,
  name: string,
  args: (string | number)[],
  nullSafe: boolean,
  at: number,
): OgnlStep | undefined {
  const getter = /^get([A-Z]\w*)$/.exec(name);
  if (getter !== null && args.length === 0) {
    const property = getter[1] ?? '';
    return { kind: 'property', name: property.charAt(0).toLowerCase() + property.slice(1), nullSafe };
  }
  const arity = OGNL_METHODS.get(name);
  if (arity === undefined) {
    report(src, `method ${name}() is not supported by Dromedary`, at, name.length);
    return undefined;
  }
  if (args.length < arity[0] || args.length > arity[1]) {
    report(
      src,
      `method ${name}() takes ${arity[0] === arity[1] ? String(arity[0]) : `${String(arity[0])} to ${String(arity[1])}`} arguments`,
      at,
      name.length,
    );
    return undefined;
  }
  return { kind: 'method', name, args, nullSafe };
}

/**
 * Parses the OGNL in `[start, end)` (it must start with `.`, `?.` or `[`). Reports invalid syntax and unsupported
 * methods; returns the steps it could read.
 */
export function parseOgnl(src: Source, start: number, end: number): OgnlStep[] {
  const { text } = src;
  const steps: OgnlStep[] = [];
  let i = start;
  let nullSafe = false;
  while (i < end) {
    if (text.charAt(i) === '[' || text.startsWith('?[', i)) {
      const open = text.charAt(i) === '[' ? i : i + 1;
      const close = findGroupEnd(text, open, end);
      if (close < 0) {
        report(src, 'missing ] in OGNL', open);
        return steps;
      }
      steps.push({ kind: 'index', key: indexKey(src, open + 1, close - 1), nullSafe: nullSafe || open > i });
      i = close;
      continue;
    }
    const dot = text.startsWith('?.', i) ? 2 : text.charAt(i) === '.' ? 1 : 0;
    NAME.lastIndex = i + dot;
    const name = dot > 0 ? NAME.exec(text)?.[0] : undefined;
    if (name === undefined || i + dot + name.length > end) {
      report(src, `invalid OGNL syntax: ${text.slice(i, end)}`, i, end - i);
      return steps;
    }
    nullSafe = dot === 2;
    const nameStart = i + dot;
    i = nameStart + name.length;
    if (text.charAt(i) === '(') {
      const close = findGroupEnd(text, i, end);
      if (close < 0) {
        report(src, `missing ) after ${name}(`, i);
        return steps;
      }
      const step = methodStep(src, name, methodArgs(src, i + 1, close - 1), nullSafe, nameStart);
      if (step !== undefined) steps.push(step);
      i = close;
    } else {
      steps.push({ kind: 'property', name, nullSafe });
    }
  }
  return steps;
}
