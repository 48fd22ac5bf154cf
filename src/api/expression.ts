/**
 * Expression languages. An expression is compiled once, when the route is compiled, and evaluated per exchange. No
 * language may evaluate arbitrary code: languages that would (groovy, js, java …) are refused at validation.
 */
import type { EvaluationContext, Exchange } from './exchange.js';

/** A mistake in an expression's text, at an offset (0-based, in characters) into that text. */
export interface ExpressionProblem {
  readonly message: string;
  readonly offset: number;
  /** How many characters the mistake spans (at least 1). */
  readonly length: number;
}

/** The result of compiling: the compiled form, or every problem found. */
export type Compiled<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: ExpressionProblem[] };

/**
 * A compiled expression. `evaluate` returns the value (any JS value, `null` for Camel's null) and throws
 * `ExpressionEvaluationError` when the expression cannot be evaluated for this exchange (a missing mandatory value, a
 * failed conversion); the engine turns that into the exchange's exception.
 */
export interface Expression {
  evaluate(exchange: Exchange, context: EvaluationContext): unknown;
}

/** A compiled predicate: `test` says whether it holds; it throws like `Expression.evaluate`. */
export interface Predicate {
  test(exchange: Exchange, context: EvaluationContext): boolean;
}

/** Options of an expression as the DSL gives them (`simple: {expression, trim, resultType}`). */
export interface ExpressionOptions {
  /** Trim the source text before compiling (Camel's default: true). */
  readonly trim?: boolean;
  /** Convert the result to this type (`String`, `java.lang.Integer` …). */
  readonly resultType?: string;
}

/** An expression language: compiles text into expressions and predicates. */
export interface ExpressionLanguage {
  readonly name: string;
  compileExpression(text: string, options?: ExpressionOptions): Compiled<Expression>;
  compilePredicate(text: string, options?: ExpressionOptions): Compiled<Predicate>;
}
