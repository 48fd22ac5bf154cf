/** The `aggregate` EIP's step compiler (Camel's `AggregateReifier`); the running part is `aggregator.ts`. */
import type { Expression, Predicate } from '../api/expression.js';
import { durationMs } from '../compile/option-values.js';
import { defineStep, type StepContext } from '../compile/step-context.js';
import { BuiltinAggregationStrategy } from './aggregation-strategies.js';
import { type AggregationStrategy, toAggregationStrategy } from './aggregation-strategy.js';
import { Aggregator } from './aggregator.js';
import type { AggregatorSettings } from './aggregator-settings.js';
import { nestedSteps } from './nested-steps.js';
import { refuseUnapplied } from './step-options.js';
import { asMap, booleanOption, integerOption, stringOption } from './sync-step.js';

/** Options Camel applies that Dromedary does not: refused when set (anything but absent or false). */
const UNAPPLIED = [
  'parallelProcessing',
  'executorService',
  'aggregationRepository',
  'optimisticLocking',
  'optimisticLockingSyncRetry',
  'optimisticLockRetryPolicy',
  'timeoutCheckerExecutorService',
  'aggregateController',
  'completionFromBatchConsumer',
] as const;

type Map_ = Record<string, unknown>;

/** Reads the options of one definition; remembers whether any was reported. */
class OptionReader {
  invalid = false;

  constructor(
    private readonly map: Map_,
    private readonly ctx: StepContext,
  ) {}

  /** A duration option in ms (`5000`, `5s`, `1m30s`), undefined when absent; reports a value that is no duration. */
  duration(key: string): number | undefined {
    const text = stringOption(this.map, key);
    if (text === undefined) return undefined;
    const ms = durationMs(text);
    if (ms === undefined) {
      this.ctx.error(
        [key],
        'DSL_INVALID_VALUE',
        `${key} must be a duration (milliseconds, or text such as 5s), not '${text}'`,
      );
      this.invalid = true;
    }
    return ms;
  }

  /** The expression of an optional `…Expression` option. */
  expression(key: string): Expression | undefined {
    return this.compiled(key, (holder) => this.ctx.expression(holder, [key]));
  }

  /** The predicate of an optional predicate option. */
  predicate(key: string): Predicate | undefined {
    return this.compiled(key, (holder) => this.ctx.predicate(holder, [key]));
  }

  private compiled<T>(key: string, compile: (holder: unknown) => T | undefined): T | undefined {
    const holder = this.map[key];
    if (holder === undefined || holder === null) return undefined;
    const compiled = compile(holder);
    if (compiled === undefined) this.invalid = true;
    return compiled;
  }
}

/** The aggregation strategy the bean reference names, adapted; reports what does not fit. */
function strategyOf(map: Map_, ctx: StepContext): AggregationStrategy | undefined {
  const ref = stringOption(map, 'aggregationStrategy');
  if (ref === undefined) {
    ctx.error([], 'DSL_MISSING_REQUIRED', 'aggregate needs an aggregationStrategy (a bean name or #class:<type>)');
    return undefined;
  }
  const bean = ctx.bean(ref, ['aggregationStrategy']);
  if (bean === undefined) return undefined;
  if (bean instanceof BuiltinAggregationStrategy) return bean;
  const methodName = stringOption(map, 'aggregationStrategyMethodName');
  const adapted = toAggregationStrategy(bean, ref, {
    ...(methodName === undefined ? {} : { methodName }),
    allowNull: booleanOption(map, 'aggregationStrategyMethodAllowNull', false),
  });
  if (typeof adapted !== 'string') return adapted;
  ctx.error(
    ['aggregationStrategy'],
    'BEAN_INVALID',
    adapted,
    'an aggregation strategy is an object with aggregate(oldExchange, newExchange), such a function, or an object whose aggregationStrategyMethodName merges bodies',
  );
  return undefined;
}

/** The aggregator's settings besides the correlation and the strategy. */
function settingsOf(map: Map_, read: OptionReader): Omit<AggregatorSettings, 'correlation' | 'strategy'> {
  const completionSizeExpression = read.expression('completionSizeExpression');
  const completionTimeoutExpression = read.expression('completionTimeoutExpression');
  const completionPredicate = read.predicate('completionPredicate');
  const completionTimeout = read.duration('completionTimeout');
  const completionInterval = read.duration('completionInterval');
  const completionSize = integerOption(map, 'completionSize');
  const closeKeys = integerOption(map, 'closeCorrelationKeyOnCompletion');
  const flag = (key: string): boolean => booleanOption(map, key, false);
  return {
    ...(completionSize === undefined ? {} : { completionSize }),
    ...(completionSizeExpression === undefined ? {} : { completionSizeExpression }),
    ...(completionPredicate === undefined ? {} : { completionPredicate }),
    ...(completionTimeout === undefined ? {} : { completionTimeout }),
    ...(completionTimeoutExpression === undefined ? {} : { completionTimeoutExpression }),
    ...(completionInterval === undefined ? {} : { completionInterval }),
    completionTimeoutCheckerInterval: read.duration('completionTimeoutCheckerInterval') ?? 1000,
    completionOnNewCorrelationGroup: flag('completionOnNewCorrelationGroup'),
    eagerCheckCompletion: flag('eagerCheckCompletion'),
    ignoreInvalidCorrelationKeys: flag('ignoreInvalidCorrelationKeys'),
    ...(closeKeys === undefined ? {} : { closeCorrelationKeyOnCompletion: closeKeys }),
    discardOnCompletionTimeout: flag('discardOnCompletionTimeout'),
    discardOnAggregationFailure: flag('discardOnAggregationFailure'),
    forceCompletionOnStop: flag('forceCompletionOnStop'),
    completeAllOnStop: flag('completeAllOnStop'),
  };
}

/** Camel's start-up checks: some completion condition, and not both a timeout and an interval. */
function checkCompletions(
  settings: Omit<AggregatorSettings, 'correlation' | 'strategy'>,
  preCompletion: boolean,
  ctx: StepContext,
): boolean {
  const positive = (n: number | undefined): boolean => n !== undefined && n > 0;
  const some =
    positive(settings.completionSize) ||
    positive(settings.completionTimeout) ||
    positive(settings.completionInterval) ||
    settings.completionPredicate !== undefined ||
    settings.completionSizeExpression !== undefined ||
    settings.completionTimeoutExpression !== undefined;
  if (!some && !preCompletion) {
    ctx.error(
      [],
      'DSL_MISSING_REQUIRED',
      'At least one of the completions options [completionTimeout, completionInterval, completionSize, completionPredicate, completionFromBatchConsumer] must be set',
    );
    return false;
  }
  if (positive(settings.completionInterval) && positive(settings.completionTimeout)) {
    ctx.error(
      ['completionInterval'],
      'DSL_CONFLICTING_KEYS',
      'Only one of completionInterval or completionTimeout can be used, not both.',
    );
    return false;
  }
  return true;
}

/**
 * `aggregate`: merges exchanges with the same correlation key into one with the aggregation strategy and sends each
 * completed group through its nested `steps`; the incoming exchanges go on along the route unchanged (see
 * `aggregator.ts` for the behaviour, `aggregation-strategies.ts` for the built-in strategies). Camel's start-up
 * errors are diagnostics here: a missing correlation expression or strategy, no completion condition, both
 * `completionTimeout` and `completionInterval`. Options that need what Dromedary does not have (parallel processing,
 * executors, repositories, optimistic locking, aggregate controllers, batch consumers) are refused.
 */
export const aggregate = defineStep({
  name: 'aggregate',
  compile(definition, ctx) {
    const map = asMap(definition, 'aggregationStrategy');
    const refused = refuseUnapplied(map, ctx, 'aggregate', UNAPPLIED);
    const read = new OptionReader(map, ctx);
    const correlation = read.expression('correlationExpression');
    if (map['correlationExpression'] === undefined || map['correlationExpression'] === null)
      ctx.error([], 'DSL_MISSING_REQUIRED', 'aggregate needs a correlationExpression');
    const strategy = strategyOf(map, ctx);
    const settings = settingsOf(map, read);
    const steps = nestedSteps(map, ctx);
    const preCompletion = strategy?.canPreComplete?.() === true;
    if (!checkCompletions(settings, preCompletion, ctx) || refused || read.invalid) return undefined;
    if (correlation === undefined || strategy === undefined) return undefined;
    const aggregator = new Aggregator(
      { ...settings, correlation, strategy },
      {
        steps,
        evaluation: ctx.evaluation,
        clock: ctx.clock,
        failed: (exchange, error) => {
          ctx.failed(exchange, error);
        },
      },
    );
    ctx.service(aggregator);
    return aggregator;
  },
});
