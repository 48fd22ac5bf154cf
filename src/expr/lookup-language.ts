/**
 * The shape shared by the one-name languages (`header`, `exchangeProperty`, `variable`): the text, trimmed unless
 * told otherwise, names one value of the exchange.
 */
import type { EvaluationContext, Exchange } from '../api/exchange.js';
import type {
  Compiled,
  Expression,
  ExpressionLanguage,
  ExpressionOptions,
  ExpressionProblem,
  Predicate,
} from '../api/expression.js';
import { valueAsPredicate } from './value-predicate.js';

/** Reads the named value from an exchange; returns `null` when absent. */
export type NameLookup = (exchange: Exchange, name: string, context: EvaluationContext) => unknown;

/** The text a language compiles: the source, trimmed (Java `String.trim`) unless `trim: false`. */
export function sourceText(text: string, options?: ExpressionOptions): string {
  return options?.trim === false ? text : text.trim();
}

/**
 * A language whose expression is a name looked up per exchange and whose predicate is that value read by the
 * value-as-predicate rule. `what` names the thing in problems ("header name is empty"); `check` may add problems.
 */
export function lookupLanguage(
  name: string,
  what: string,
  lookup: NameLookup,
  check?: (name: string) => ExpressionProblem[],
): ExpressionLanguage {
  const compileName = (text: string, options?: ExpressionOptions): Compiled<string> => {
    const key = sourceText(text, options);
    if (key === '') return { ok: false, problems: [{ message: `${what} name is empty`, offset: 0, length: 1 }] };
    const lead = options?.trim === false ? 0 : text.length - text.trimStart().length;
    const problems = (check?.(key) ?? []).map((p) => ({ ...p, offset: p.offset + lead }));
    return problems.length > 0 ? { ok: false, problems } : { ok: true, value: key };
  };
  return {
    name,
    compileExpression(text: string, options?: ExpressionOptions): Compiled<Expression> {
      const key = compileName(text, options);
      if (!key.ok) return key;
      const value = key.value;
      return { ok: true, value: { evaluate: (exchange, context) => lookup(exchange, value, context) } };
    },
    compilePredicate(text: string, options?: ExpressionOptions): Compiled<Predicate> {
      const key = compileName(text, options);
      if (!key.ok) return key;
      const value = key.value;
      return { ok: true, value: { test: (exchange, context) => valueAsPredicate(lookup(exchange, value, context)) } };
    },
  };
}
