/**
 * Camel's Simple language, compiled once into closures: templates (`Hello ${body}`), functions, OGNL navigation
 * and predicate operators. No code evaluation, no re-parsing per exchange. `{{placeholders}}` are resolved before Simple
 * sees the text and are left alone here.
 */
import type { EvaluationContext, Exchange } from '../../api/exchange.js';
import type { Compiled, Expression, ExpressionLanguage, ExpressionOptions, Predicate } from '../../api/expression.js';
import { convertToType, resolveType } from '../convert.js';
import { compileExpressionRange, compileInnerOperators, compilePredicateRange } from './compile.js';
import { compileFunctionBody } from './function-compiler.js';
import { report, trimRange, type Compilers, type Eval, type Source } from './source.js';
import { compileTemplate } from './template.js';

const COMPILERS: Compilers = {
  template: compileTemplate,
  functionBody: compileFunctionBody,
  predicate: compilePredicateRange,
  innerOperators: compileInnerOperators,
};

function range(text: string, options: ExpressionOptions | undefined): [number, number] {
  return options?.trim === false ? [0, text.length] : trimRange(text, 0, text.length);
}

function finish<T>(src: Source, value: T): Compiled<T> {
  if (src.problems.length === 0) return { ok: true, value };
  return { ok: false, problems: [...src.problems].sort((a, b) => a.offset - b.offset) };
}

function withResultType(src: Source, evaluate: Eval, resultType: string | undefined): Eval {
  if (resultType === undefined) return evaluate;
  const type = resolveType(resultType);
  if (type === undefined) {
    report(src, `unknown result type ${resultType}`, 0, src.text.length);
    return evaluate;
  }
  return (exchange, context) => convertToType(evaluate(exchange, context), type);
}

/**
 * The `simple` language. `compileExpression` reads the text as a template (one part → its raw value; several →
 * their text concatenated, `null` parts contributing nothing; none → `""`); `compilePredicate` reads it as a
 * predicate. Source text is trimmed unless `trim: false`; `resultType` converts an expression's value (a failed
 * conversion throws `TypeConversionError`). Every syntax mistake is reported with its offset into the given text.
 */
export const simpleLanguage: ExpressionLanguage = {
  name: 'simple',
  compileExpression(text: string, options?: ExpressionOptions): Compiled<Expression> {
    const src: Source = { text, problems: [], compilers: COMPILERS };
    const [start, end] = range(text, options);
    const evaluate = withResultType(src, compileExpressionRange(src, start, end), options?.resultType);
    const expression: Expression = {
      evaluate: (exchange: Exchange, context: EvaluationContext) => evaluate(exchange, context) ?? null,
    };
    return finish(src, expression);
  },
  compilePredicate(text: string, options?: ExpressionOptions): Compiled<Predicate> {
    const src: Source = { text, problems: [], compilers: COMPILERS };
    const [start, end] = range(text, options);
    const test = compilePredicateRange(src, start, end);
    const predicate: Predicate = { test: (exchange, context) => test(exchange, context) === true };
    return finish(src, predicate);
  },
};
