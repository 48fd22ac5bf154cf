/**
 * The two ways Simple text is read (Camel's two parsers): as an expression (a template, or operands joined by elvis
 * and chain operators) and as a predicate (operands, comparisons, `&&`/`||`, ternaries).
 */
import { valueAsPredicate } from '../value-predicate.js';
import { compileOperatorTree } from './operator-compile.js';
import { parseOperators } from './operator-parser.js';
import { compileInnerOperand, compileOuterOperand } from './operand.js';
import { constant, type Eval, type Source } from './source.js';
import { compileTemplate } from './template.js';
import { CHAIN_OPERATORS, tokenize } from './tokens.js';

/**
 * Compiles `[start, end)` as an expression. Text is a template unless it is made only of operands joined by `?:`,
 * `~>` or `?~>` (`${header.user} ?: 'Guest'`), which a trial parse decides without reporting problems; other
 * operators outside `${…}` are literal text in an expression, as in Camel.
 */
export function compileExpressionRange(src: Source, start: number, end: number): Eval {
  const trial: Source = { text: src.text, problems: [], compilers: src.compilers };
  const tokens = tokenize(trial, start, end);
  if (tokens?.some((t) => t.kind === 'op' && CHAIN_OPERATORS.has(t.op)) === true) {
    const tree = parseOperators(trial, tokens);
    if (tree !== undefined && trial.problems.length === 0) {
      const compiled = compileOperatorTree(trial, tree, (node) => compileOuterOperand(trial, node));
      src.problems.push(...trial.problems);
      return compiled.run;
    }
  }
  return compileTemplate(src, start, end).run;
}

/**
 * Compiles `[start, end)` as a predicate answering a boolean by the value-as-predicate rule. Empty text is `false`
 * (Camel's predicate parser answers false when there is nothing to parse).
 */
export function compilePredicateRange(src: Source, start: number, end: number): Eval {
  const tokens = tokenize(src, start, end);
  if (tokens === undefined) return constant(false);
  const tree = parseOperators(src, tokens);
  if (tree === undefined) return constant(false);
  const compiled = compileOperatorTree(src, tree, (node) => compileOuterOperand(src, node)).run;
  return (exchange, context) => valueAsPredicate(compiled(exchange, context));
}

/** Compiles the inside of `${…}` when it holds operators (`${header.n > 3 ? 'big' : 'small'}`). */
export function compileInnerOperators(src: Source, start: number, end: number): Eval {
  const tokens = tokenize(src, start, end);
  if (tokens === undefined) return constant(null);
  const tree = parseOperators(src, tokens);
  if (tree === undefined) return constant(null);
  return compileOperatorTree(src, tree, (node) => compileInnerOperand(src, node)).run;
}
