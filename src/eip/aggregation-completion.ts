/**
 * The completion conditions the aggregator checks as messages arrive (Camel's `AggregateProcessor.isCompleted` and
 * `trackTimeout`), in Camel's order: the `CamelAggregationCompleteCurrentGroup` flag a strategy set, the completion
 * predicate, then the size (a size expression giving a positive number wins over the fixed `completionSize`).
 */
import type { EvaluationContext, Exchange } from '../api/exchange.js';
import type { Expression, Predicate } from '../api/expression.js';
import { convertToType } from '../expr/convert.js';
import { AGGREGATED_SIZE, COMPLETE_CURRENT_GROUP, type CompletedBy, isTrue } from './aggregation-properties.js';

/** The conditions checked per message. */
export interface InlineCompletion {
  readonly completionSize?: number;
  readonly completionSizeExpression?: Expression;
  readonly completionPredicate?: Predicate;
  readonly completionTimeout?: number;
  readonly completionTimeoutExpression?: Expression;
}

/** `CamelAggregatedSize` of an exchange, or `fallback` when it has none. */
export function aggregatedSize(exchange: Exchange, fallback: number): number {
  const size = exchange.properties.get(AGGREGATED_SIZE);
  return typeof size === 'number' ? size : fallback;
}

/** A positive number from an expression (converted as Camel converts to `type`), or undefined. */
function positive(
  expression: Expression,
  exchange: Exchange,
  evaluation: EvaluationContext,
  type: 'Integer' | 'Long',
): number | undefined {
  const value = convertToType(expression.evaluate(exchange, evaluation), type);
  const n = typeof value === 'bigint' ? Number(value) : value;
  return typeof n === 'number' && n > 0 ? n : undefined;
}

/**
 * What completes the group whose exchange (the aggregated one, or with `eagerCheckCompletion` the incoming one) is
 * `exchange`, or undefined when it is not complete. Consumes the `CamelAggregationCompleteCurrentGroup` flag.
 * @throws when the predicate or the size expression cannot be evaluated (the incoming exchange then fails).
 */
export function completionOf(
  exchange: Exchange,
  conditions: InlineCompletion,
  evaluation: EvaluationContext,
): CompletedBy | undefined {
  if (isTrue(exchange.properties.get(COMPLETE_CURRENT_GROUP))) {
    exchange.properties.delete(COMPLETE_CURRENT_GROUP);
    return 'strategy';
  }
  if (conditions.completionPredicate?.test(exchange, evaluation) === true) return 'predicate';
  const { completionSizeExpression, completionSize } = conditions;
  const size = aggregatedSize(exchange, 1);
  const expected =
    completionSizeExpression === undefined
      ? undefined
      : positive(completionSizeExpression, exchange, evaluation, 'Integer');
  if (expected !== undefined) return size >= expected ? 'size' : undefined;
  return completionSize !== undefined && completionSize > 0 && size >= completionSize ? 'size' : undefined;
}

/**
 * The completion timeout for a group after `exchange` (the incoming one) joined it: the timeout expression's value
 * when positive, else the fixed `completionTimeout` when positive, else undefined (no timeout).
 */
export function timeoutOf(
  exchange: Exchange,
  conditions: InlineCompletion,
  evaluation: EvaluationContext,
): number | undefined {
  const { completionTimeoutExpression, completionTimeout } = conditions;
  const fromExpression =
    completionTimeoutExpression === undefined
      ? undefined
      : positive(completionTimeoutExpression, exchange, evaluation, 'Long');
  if (fromExpression !== undefined) return fromExpression;
  return completionTimeout !== undefined && completionTimeout > 0 ? completionTimeout : undefined;
}
