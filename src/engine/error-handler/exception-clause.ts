/**
 * `onException` clauses at run time and how a failure picks one, as Camel's `DefaultExceptionPolicyStrategy` does:
 * the error's cause chain is walked from the innermost cause outwards; for each error the clause whose class is the
 * error's own class wins at once (an exact match ends the search), else the clause whose class is its closest
 * superclass; on equal distance the clause declared first, and the error met first (the innermost), win. Clauses
 * come in groups: the route configurations' clauses are searched before the route file's own (Camel's route-scoped
 * before context-scoped), and a later group is only searched when no exact match was found. A clause's `onWhen`
 * must hold for it to be a candidate.
 */
import type { EvaluationContext, Exchange } from '../../api/exchange.js';
import type { Predicate } from '../../api/expression.js';
import type { Processor } from '../../api/processor.js';
import { causeChain, exceptionTypes } from './exception-types.js';
import { redelivers, withOverrides, type RedeliveryOverrides, type RedeliveryPolicy } from './redelivery-policy.js';

/** One `onException`, compiled for one route. */
export interface ExceptionClause {
  /** The clause's id (`onException1`, or its own `id`). */
  readonly id: string;
  /** The classes it handles (fully qualified Java names, or JS error class names). */
  readonly exceptions: readonly string[];
  readonly onWhen?: Predicate;
  readonly handled?: Predicate;
  readonly continued?: Predicate;
  readonly retryWhile?: Predicate;
  /** The redelivery options it sets over the error handler's policy; undefined when it sets none. */
  readonly redelivery?: RedeliveryOverrides;
  readonly useOriginalMessage: boolean;
  readonly useOriginalBody: boolean;
  /** Its steps; undefined when it has none (the error handler's own failure processor is used then). */
  readonly processor?: Processor;
  /** How Camel names that processor in logs: `Channel[log1]` for one step, `null` for several. */
  readonly processorName: string;
}

/**
 * The policy a failure matched by `clause` is redelivered with, from the policy in force (Camel's
 * `ExceptionPolicy.createRedeliveryPolicy`): the clause's own options over it; else, when the clause has steps, no
 * redelivery (a clause must ask for redelivery itself); else the policy in force.
 */
export function clausePolicy(clause: ExceptionClause, current: RedeliveryPolicy): RedeliveryPolicy {
  if (clause.redelivery !== undefined) return withOverrides(current, clause.redelivery);
  if (clause.processor !== undefined && redelivers(current)) return { ...current, maximumRedeliveries: 0 };
  return current;
}

/** Whether a clause can redeliver at all (it asks for redeliveries or has `retryWhile`). */
export function clauseRedelivers(clause: ExceptionClause): boolean {
  const max = clause.redelivery?.maximumRedeliveries;
  return (
    clause.retryWhile !== undefined || (max !== undefined && max !== 0 && clause.redelivery?.disableRedelivery !== true)
  );
}

/** The best clause of one group for one error: its distance (0 = exact) and the clause. */
function bestOf(
  group: readonly ExceptionClause[],
  error: Error,
  exchange: Exchange,
  context: EvaluationContext,
): { distance: number; clause: ExceptionClause } | undefined {
  const types = exceptionTypes(error);
  let best: { distance: number; clause: ExceptionClause } | undefined;
  for (const clause of group) {
    const distance = Math.min(
      ...clause.exceptions.map((name) => types.indexOf(name)).filter((d) => d >= 0),
      Number.POSITIVE_INFINITY,
    );
    if (distance === Number.POSITIVE_INFINITY) continue;
    if (clause.onWhen !== undefined && !clause.onWhen.test(exchange, context)) continue;
    if (distance === 0) return { distance, clause };
    if (best === undefined || distance < best.distance) best = { distance, clause };
  }
  return best;
}

/**
 * The clause that handles `error` on `exchange`, or undefined when none does. Throws what an `onWhen` predicate
 * throws.
 */
export function selectClause(
  groups: readonly (readonly ExceptionClause[])[],
  error: Error,
  exchange: Exchange,
  context: EvaluationContext,
): ExceptionClause | undefined {
  const candidates = new Map<number, ExceptionClause>();
  const errors = causeChain(error);
  for (const group of groups) {
    for (const e of errors) {
      const found = bestOf(group, e, exchange, context);
      if (found === undefined) continue;
      if (!candidates.has(found.distance)) candidates.set(found.distance, found.clause);
      if (found.distance === 0) return found.clause;
    }
  }
  const nearest = Math.min(...candidates.keys());
  return candidates.get(nearest);
}
