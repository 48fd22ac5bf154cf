/** How an aggregator is configured (the `aggregate` step's options, parsed) and what it uses from its route. */
import type { Clock } from '../api/connector-runtime.js';
import type { EvaluationContext, Exchange } from '../api/exchange.js';
import type { Expression } from '../api/expression.js';
import type { Processor } from '../api/processor.js';
import type { InlineCompletion } from './aggregation-completion.js';
import type { AggregationStrategy } from './aggregation-strategy.js';

/** The options of one aggregator (the `aggregate` step's, parsed; durations in ms, absent when not set). */
export interface AggregatorSettings extends InlineCompletion {
  readonly correlation: Expression;
  readonly strategy: AggregationStrategy;
  readonly completionInterval?: number;
  /** How often completion timeouts are checked (ms; Camel's default 1000). */
  readonly completionTimeoutCheckerInterval: number;
  readonly completionOnNewCorrelationGroup: boolean;
  readonly eagerCheckCompletion: boolean;
  readonly ignoreInvalidCorrelationKeys: boolean;
  /** Close keys on completion, remembering this many (0: any number); absent: keys are never closed. */
  readonly closeCorrelationKeyOnCompletion?: number;
  readonly discardOnCompletionTimeout: boolean;
  readonly discardOnAggregationFailure: boolean;
  readonly forceCompletionOnStop: boolean;
  readonly completeAllOnStop: boolean;
}

/** What the aggregator uses from its route. */
export interface AggregatorServices {
  /** The aggregate's nested steps, run by each completed group's exchange. */
  readonly steps: Processor;
  readonly evaluation: EvaluationContext;
  readonly clock: Clock;
  /** Reports a completed group's exchange that ended failed (the route's failure log). */
  readonly failed: (exchange: Exchange, error: Error) => void;
}
