/**
 * Predicates of routing EIPs (`filter`, `choice`/`when`) as Camel's `FilterProcessor` and `ChoiceProcessor` test
 * them: a predicate that throws fails the exchange (its exception is set) and counts as not matched, so the routing
 * EIP runs no branch and the route stops there.
 */
import type { EvaluationContext, Exchange } from '../api/exchange.js';
import type { Predicate } from '../api/expression.js';
import { asError } from '../engine/pipeline.js';

/** Tests `predicate`; on a throw, sets the exchange's exception and answers false. */
export function testOrFail(predicate: Predicate, exchange: Exchange, evaluation: EvaluationContext): boolean {
  try {
    return predicate.test(exchange, evaluation);
  } catch (err) {
    exchange.exception = asError(err);
    return false;
  }
}
