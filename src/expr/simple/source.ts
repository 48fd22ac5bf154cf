/**
 * What the Simple compiler works on: the whole source text, read by ranges (`start`/`end` offsets into it, never
 * copies), and the problems found so far. Compiled parts are closures over the exchange.
 */
import type { EvaluationContext, Exchange } from '../../api/exchange.js';
import type { ExpressionProblem } from '../../api/expression.js';

/** A compiled part of an expression: evaluates against one exchange. May throw `ExpressionEvaluationError`. */
export type Eval = (exchange: Exchange, context: EvaluationContext) => unknown;

/** The text under compilation and the problems found in it: all the scanner, tokenizer and parser need. */
export interface Text {
  readonly text: string;
  readonly problems: ExpressionProblem[];
}

/** A compiled operand; `literal` is set when its value is known at compile time. */
export interface Operand {
  readonly run: Eval;
  readonly literal?: { readonly value: unknown };
}

/**
 * The compilers that call one another (a function holds templates, which hold functions …). They travel with the
 * source instead of being imported, so the modules that implement them do not import each other in a cycle.
 */
export interface Compilers {
  /** Text and `${…}` functions (`template.ts`). */
  template(src: Source, start: number, end: number): Operand;
  /** The inside of one `${…}` (`function-compiler.ts`). */
  functionBody(src: Source, start: number, end: number): Eval;
  /** A predicate, answering a boolean (`compile.ts`). */
  predicate(src: Source, start: number, end: number): Eval;
  /** Operators written inside `${…}` (`compile.ts`). */
  innerOperators(src: Source, start: number, end: number): Eval;
}

/** The source under compilation, its problems, and the compilers to recurse with. */
export interface Source extends Text {
  readonly compilers: Compilers;
}

/** Records a problem at `[offset, offset + length)` of the source (length at least 1). */
export function report(src: Text, message: string, offset: number, length = 1): void {
  src.problems.push({ message, offset, length: Math.max(1, length) });
}

/** Whether a character is whitespace as Java's `String.trim` sees it (space and control characters). */
export function isSpace(ch: string): boolean {
  return ch !== '' && ch <= ' ';
}

/** The range `[start, end)` with surrounding whitespace removed. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charAt(s))) s++;
  while (e > s && isSpace(text.charAt(e - 1))) e--;
  return [s, e];
}

/** A constant part. */
export function constant(value: unknown): Eval {
  return () => value;
}

/** The compiled body: the message body. */
export const bodyEval: Eval = (exchange) => exchange.body ?? null;
