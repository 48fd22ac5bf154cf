/**
 * Operands of operator syntax. Outside `${…}` an operand is a function (also `${f}++`, `${f}--`, `!${f}`), a
 * quoted literal (which may hold functions), `null`, `true`/`false`, a number, or other text. Inside `${…}` a bare
 * word is a function name (`${header.n > 3}`).
 */
import { valueAsPredicate } from '../value-predicate.js';
import type { OperandNode } from './operator-parser.js';
import { findFunctionEnd, openerAt } from './scan.js';
import { report, type Eval, type Operand, type Source } from './source.js';
import { SYMBOLIC_OPERATORS } from './tokens.js';

const INTEGER_LITERAL = /^-?\d+$/;
const DECIMAL_LITERAL = /^-?\d+\.\d+$/;

/** The literal a word stands for: `null`, a boolean, or a number (Integer, Long or Double); else `undefined`. */
function literalOf(word: string): { value: unknown } | undefined {
  if (word === 'null') return { value: null };
  if (word === 'true' || word === 'false') return { value: word === 'true' };
  if (INTEGER_LITERAL.test(word) || DECIMAL_LITERAL.test(word)) return { value: Number(word) };
  return undefined;
}

/** Whether `[start, end)` is exactly one `${…}` function. */
function isSingleFunction(text: string, start: number, end: number): boolean {
  const open = openerAt(text, start);
  return open > 0 && findFunctionEnd(text, start + open, end) === end - 1;
}

function negation(inner: Eval): Operand {
  return { run: (exchange, context) => !valueAsPredicate(inner(exchange, context)) };
}

/** Reports an operator written without spaces (`${a}==1`), which Simple would read as text. */
function checkGlued(src: Source, start: number, end: number): void {
  const { text } = src;
  let afterFunction = false;
  let i = start;
  while (i < end) {
    const open = openerAt(text, i);
    if (open > 0) {
      const close = findFunctionEnd(text, i + open, end);
      i = close < 0 ? end : close + 1;
      afterFunction = true;
      continue;
    }
    const c = text.charAt(i);
    const glued =
      SYMBOLIC_OPERATORS.find((op) => text.startsWith(op, i)) ??
      (afterFunction && (c === '<' || c === '>') ? c : undefined);
    if (glued !== undefined) {
      report(src, `operator ${glued} must have a space on both sides`, i, glued.length);
      return;
    }
    afterFunction = false;
    i++;
  }
}

/** Compiles an operand written outside `${…}` (predicates, and expressions using elvis or chains). */
export function compileOuterOperand(src: Source, node: OperandNode): Operand {
  const { text } = src;
  const { start, end } = node;
  if (node.quoted) return src.compilers.template(src, start + 1, end - 1);
  const word = text.slice(start, end);
  const literal = literalOf(word);
  if (literal !== undefined) return { run: () => literal.value, literal };
  if (word.startsWith('!') && isSingleFunction(text, start + 1, end))
    return negation(src.compilers.template(src, start + 1, end).run);
  checkGlued(src, start, end);
  return src.compilers.template(src, start, end);
}

/** Compiles an operand written inside `${…}`, where a bare word is a function (`header.n`, `body.size()`). */
export function compileInnerOperand(src: Source, node: OperandNode): Operand {
  const { text } = src;
  const { start, end } = node;
  if (node.quoted) return src.compilers.template(src, start + 1, end - 1);
  const literal = literalOf(text.slice(start, end));
  if (literal !== undefined) return { run: () => literal.value, literal };
  if (isSingleFunction(text, start, end)) return src.compilers.template(src, start, end);
  if (text.charAt(start) === '!') return negation(compileInnerOperand(src, { ...node, start: start + 1 }).run);
  return { run: src.compilers.functionBody(src, start, end) };
}
