/** The `constant` language: the expression's text is its value. */
import type { Compiled, Expression, ExpressionLanguage, ExpressionOptions, Predicate } from '../api/expression.js';
import { convertToType, resolveType } from './convert.js';
import { sourceText } from './lookup-language.js';
import { valueAsPredicate } from './value-predicate.js';

/**
 * `constant: text`: the value is the text, trimmed unless `trim: false` (Camel's default is `trim: true`), converted
 * once at compile time to `resultType` when one is given. As a predicate, the text by the value-as-predicate rule.
 */
export const constantLanguage: ExpressionLanguage = {
  name: 'constant',
  compileExpression(text: string, options?: ExpressionOptions): Compiled<Expression> {
    const value = sourceText(text, options);
    if (options?.resultType === undefined) return { ok: true, value: { evaluate: () => value } };
    const type = resolveType(options.resultType);
    if (type === undefined) {
      return {
        ok: false,
        problems: [
          { message: `unknown result type ${options.resultType}`, offset: 0, length: Math.max(1, text.length) },
        ],
      };
    }
    try {
      const converted = convertToType(value, type);
      return { ok: true, value: { evaluate: () => converted } };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, problems: [{ message, offset: 0, length: Math.max(1, text.length) }] };
    }
  },
  compilePredicate(text: string, options?: ExpressionOptions): Compiled<Predicate> {
    const result = valueAsPredicate(sourceText(text, options));
    return { ok: true, value: { test: () => result } };
  },
};
