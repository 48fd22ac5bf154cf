/**
 * The running `aggregate` EIP (Camel's `AggregateProcessor`, with its default in-memory repository). Each incoming
 * exchange is copied (`CamelCorrelationId` names the original), merged into the group of its correlation key by the
 * aggregation strategy, and goes on along the route unchanged and successfully; a completed group's exchange is sent
 * through the aggregate's nested steps with `CamelAggregatedSize`, `CamelAggregatedCompletedBy` and
 * `CamelAggregatedCorrelationKey` set (and `CamelAggregatedTimeout` on the exchange that carried a timeout).
 *
 * Per message, in Camel's order: `CamelAggregationCompleteAllGroups` (header or property) completes every group and
 * the message is not aggregated; a null or blank key fails the exchange (`Invalid correlation key`) unless
 * `ignoreInvalidCorrelationKeys`; a closed key fails it; the strategy merges (its failure fails the exchange, or with
 * `discardOnAggregationFailure` drops the group); `completionOnNewCorrelationGroup` completes the other groups when a
 * key opens a new one; the inline conditions are checked (`aggregation-completion.ts`, on the incoming exchange with
 * `eagerCheckCompletion`); `CamelAggregationCompleteAllGroupsInclusive` completes every group after aggregating.
 * Timeouts and intervals complete groups from timers; `forceCompletion` (dev mode's hand-over) completes all.
 */
import type { Exchange } from '../api/exchange.js';
import type { AsyncCallback, Processor } from '../api/processor.js';
import { copyExchange } from '../engine/copy.js';
import { asError } from '../engine/pipeline.js';
import type { RouteService } from '../engine/route-service.js';
import { renderText } from '../expr/convert.js';
import {
  aggregationFailed,
  ClosedCorrelationKeyException,
  invalidCorrelationKey,
  preCompletionFailed,
  strategyReturnedNothing,
} from './aggregate-errors.js';
import { aggregatedSize, completionOf, timeoutOf } from './aggregation-completion.js';
import { AggregationGroups } from './aggregation-groups.js';
import * as P from './aggregation-properties.js';
import { CompletedGroupSender } from './aggregation-sender.js';
import { CompletionTimeouts, IntervalTicker } from './aggregation-timers.js';
import type { AggregatorServices, AggregatorSettings } from './aggregator-settings.js';

/** A group as the incoming exchange finds it. */
interface Group {
  /** The group's exchange so far; null for a new group. */
  readonly old: Exchange | null;
  /** Its size once the incoming exchange joined. */
  readonly size: number;
  /** What completed it, when decided before the merge (pre-completion, eager check). */
  readonly by: P.CompletedBy | undefined;
}

/** A group that is done. */
interface Completion {
  readonly key: string;
  /** The exchange stored for the group (null when the group completes with its first message). */
  readonly original: Exchange | null;
  /** The exchange to send on. */
  readonly aggregated: Exchange;
  readonly fromTimeout?: boolean;
  /** The strategy failed (`discardOnAggregationFailure`): the group is dropped. */
  readonly failed?: boolean;
}

function isExchange(value: unknown): value is Exchange {
  return typeof value === 'object' && value !== null && (value as Partial<Exchange>).properties instanceof Map;
}

/** The aggregator: a processor for incoming exchanges and a route service for its groups and timers. */
export class Aggregator implements Processor, RouteService {
  private readonly groups: AggregationGroups;
  private readonly timeouts: CompletionTimeouts | undefined;
  private readonly interval: IntervalTicker | undefined;
  private readonly sender: CompletedGroupSender;
  private readonly preCompletion: boolean;
  private handingOver = false;

  constructor(
    private readonly settings: AggregatorSettings,
    private readonly services: AggregatorServices,
  ) {
    const { clock } = services;
    this.groups = new AggregationGroups(settings.closeCorrelationKeyOnCompletion);
    this.sender = new CompletedGroupSender(services);
    this.preCompletion = settings.strategy.canPreComplete?.() === true;
    const timed = (settings.completionTimeout ?? 0) > 0 || settings.completionTimeoutExpression !== undefined;
    this.timeouts = timed
      ? new CompletionTimeouts(clock, settings.completionTimeoutCheckerInterval, (key) => {
          this.completeGroup(key, 'timeout');
        })
      : undefined;
    const every = settings.completionInterval ?? 0;
    this.interval =
      every <= 0
        ? undefined
        : new IntervalTicker(clock, every, () => {
            for (const key of this.groups.keys()) this.completeGroup(key, 'interval');
          });
  }

  process(exchange: Exchange, done: AsyncCallback): boolean {
    try {
      this.receive(exchange);
    } catch (err) {
      exchange.exception = asError(err);
    }
    done(true);
    return true;
  }

  start(): void {
    this.handingOver = false;
    this.timeouts?.start();
    this.interval?.start();
  }

  forceCompletion(): number {
    this.handingOver = true;
    return this.completeAll();
  }

  /**
   * Completes the groups when asked to (`forceCompletionOnStop`, or after a hand-over: nothing the replaced version
   * holds is lost), or with `completeAllOnStop` lets the timers complete them; otherwise the groups stay in memory
   * (a restart of the route goes on with them; they are lost with the process, as with Camel's memory repository).
   * Stops the timers and resolves once every completed exchange went through the steps.
   */
  async stop(): Promise<void> {
    if (this.handingOver || this.settings.forceCompletionOnStop) this.completeAll();
    else if (this.settings.completeAllOnStop) await this.timersComplete();
    this.timeouts?.stop();
    this.interval?.stop();
    this.groups.clearClosed();
    await this.sender.idle();
  }

  private receive(exchange: Exchange): void {
    if (
      P.isTrue(exchange.headers.get(P.COMPLETE_ALL_GROUPS)) ||
      P.isTrue(exchange.properties.get(P.COMPLETE_ALL_GROUPS))
    ) {
      removeAllGroupsFlag(exchange);
      this.completeAll();
      return;
    }
    const key = this.keyOf(exchange);
    if (key === undefined) {
      if (this.settings.ignoreInvalidCorrelationKeys) return;
      throw invalidCorrelationKey();
    }
    if (this.groups.isClosed(key)) throw new ClosedCorrelationKeyException(key);
    const copy = copyExchange(exchange, this.services.clock.now());
    copy.properties.set(P.CORRELATION_ID, exchange.exchangeId);
    copy.properties.delete(P.COMPLETE_CURRENT_GROUP);
    removeAllGroupsFlag(copy);
    copy.headers.delete(P.COMPLETE_ALL_GROUPS_INCLUSIVE);
    try {
      for (const completed of this.aggregate(key, copy)) this.sender.submit(completed);
    } catch (err) {
      exchange.exception = asError(err);
    }
    if (P.isTrue(exchange.headers.get(P.COMPLETE_ALL_GROUPS_INCLUSIVE))) {
      exchange.headers.delete(P.COMPLETE_ALL_GROUPS_INCLUSIVE);
      this.completeAll();
    }
  }

  /** The correlation key as text, or undefined when it is null or blank. */
  private keyOf(exchange: Exchange): string | undefined {
    const value = this.settings.correlation.evaluate(exchange, this.services.evaluation);
    if (value === null || value === undefined) return undefined;
    const key = renderText(value);
    return key.trim() === '' ? undefined : key;
  }

  /** Camel's `doAggregation`: merges `incoming` into its group; answers the groups completed on the way. */
  private aggregate(key: string, incoming: Exchange): Exchange[] {
    const { settings } = this;
    const completed: Exchange[] = [];
    const group = this.checkedGroup(key, incoming, completed);
    let answer: unknown;
    try {
      answer = settings.strategy.aggregate(group.old, incoming);
    } catch (err) {
      if (!settings.discardOnAggregationFailure) throw aggregationFailed(err);
      // The group (if any) is dropped with the exchange that could not join it.
      if (group.old !== null) this.onCompletion({ key, original: group.old, aggregated: group.old, failed: true });
      return completed;
    }
    if (!isExchange(answer)) throw strategyReturnedNothing(String(settings.strategy));
    if (P.isTrue(answer.headers.get(P.COMPLETE_ALL_GROUPS)) || P.isTrue(answer.properties.get(P.COMPLETE_ALL_GROUPS))) {
      removeAllGroupsFlag(answer);
      this.completeAll();
    } else if (settings.completionOnNewCorrelationGroup && group.old === null) this.completeAll();
    answer.properties.set(P.AGGREGATED_SIZE, group.size);
    let by = group.by;
    if (!this.preCompletion && !settings.eagerCheckCompletion) {
      by = completionOf(answer, settings, this.services.evaluation);
      if (by === undefined) this.trackTimeout(key, incoming);
    }
    if (by === undefined) this.groups.set(key, answer);
    else this.completeInto(completed, by, { key, original: group.old, aggregated: answer });
    return completed;
  }

  /**
   * The group `incoming` joins: its exchange so far and the size it will have. With pre-completion or the eager check,
   * the completion is decided here; a pre-completed group is completed into `completed` and a new group starts.
   */
  private checkedGroup(key: string, incoming: Exchange, completed: Exchange[]): Group {
    const old = this.groups.get(key) ?? null;
    const size = old === null ? 1 : aggregatedSize(old, 0) + 1;
    if (!this.preCompletion && !this.settings.eagerCheckCompletion) return { old, size, by: undefined };
    const by = this.checkBefore(key, old, incoming, size);
    if (!this.preCompletion || by === undefined) return { old, size, by };
    if (old !== null) this.completeInto(completed, by, { key, original: old, aggregated: old });
    this.trackTimeout(key, incoming);
    return { old: null, size: 1, by: undefined };
  }

  /** Pre-completion or the eager check, on the incoming exchange with its would-be size and key set meanwhile. */
  private checkBefore(key: string, old: Exchange | null, incoming: Exchange, size: number): P.CompletedBy | undefined {
    incoming.properties.set(P.AGGREGATED_SIZE, size);
    incoming.properties.set(P.AGGREGATED_CORRELATION_KEY, key);
    let by: P.CompletedBy | undefined;
    if (this.preCompletion) {
      try {
        by = this.settings.strategy.preComplete?.(old, incoming) === true ? 'strategy' : undefined;
      } catch (err) {
        throw preCompletionFailed(err);
      }
    } else by = completionOf(incoming, this.settings, this.services.evaluation);
    if (by === undefined) this.trackTimeout(key, incoming);
    incoming.properties.delete(P.AGGREGATED_SIZE);
    incoming.properties.delete(P.AGGREGATED_CORRELATION_KEY);
    return by;
  }

  private trackTimeout(key: string, incoming: Exchange): void {
    if (this.timeouts === undefined) return;
    const ms = timeoutOf(incoming, this.settings, this.services.evaluation);
    if (ms === undefined) return;
    incoming.properties.set(P.AGGREGATED_TIMEOUT, ms);
    this.timeouts.put(key, ms);
  }

  private completeInto(completed: Exchange[], by: P.CompletedBy, completion: Completion): void {
    completion.aggregated.properties.set(P.AGGREGATED_COMPLETED_BY, by);
    const out = this.onCompletion(completion);
    if (out !== undefined) completed.push(out);
  }

  /** Camel's `onCompletion`: the group is done; answers the exchange to send on, or undefined when it is discarded. */
  private onCompletion(completion: Completion): Exchange | undefined {
    const { key, original, aggregated } = completion;
    original?.properties.set(P.AGGREGATED_CORRELATION_KEY, key);
    aggregated.properties.set(P.AGGREGATED_CORRELATION_KEY, key);
    if (original !== null) this.groups.delete(key);
    if (completion.fromTimeout !== true) this.timeouts?.remove(key);
    this.groups.close(key);
    if (completion.fromTimeout === true) {
      this.settings.strategy.timeout?.(aggregated, -1, -1, this.settings.completionTimeout ?? -1);
      if (this.settings.discardOnCompletionTimeout) return undefined;
    }
    if (completion.failed === true) return undefined;
    this.settings.strategy.onCompletion?.(aggregated);
    return aggregated;
  }

  /**
   * Completes the open group of `key` from outside the message flow (timeout, interval, force) and sends it on. A
   * strategy hook that throws here fails the group's exchange, which is reported like a failed completed exchange.
   */
  private completeGroup(key: string, by: 'timeout' | 'interval' | 'force'): void {
    const exchange = this.groups.get(key);
    if (exchange === undefined) return;
    exchange.properties.set(P.AGGREGATED_COMPLETED_BY, by);
    try {
      const out = this.onCompletion({ key, original: exchange, aggregated: exchange, fromTimeout: by === 'timeout' });
      if (out !== undefined) this.sender.submit(out);
    } catch (err) {
      exchange.exception = asError(err);
      this.services.failed(exchange, exchange.exception);
    }
  }

  /** Completes every open group (`CamelAggregatedCompletedBy=force`); answers how many there were. */
  private completeAll(): number {
    const keys = this.groups.keys();
    for (const key of keys) this.completeGroup(key, 'force');
    return keys.length;
  }

  /**
   * `completeAllOnStop`: waits until the timeouts and the interval completed every group. Groups no timer would
   * complete (no interval and no pending timeout) are completed now, by force, instead of being waited for forever.
   */
  private async timersComplete(): Promise<void> {
    if (this.interval === undefined) {
      for (const key of this.groups.keys()) if (this.timeouts?.has(key) !== true) this.completeGroup(key, 'force');
    }
    await this.groups.emptied();
  }
}

/** Removes the complete-all-groups flag (header and property). */
function removeAllGroupsFlag(exchange: Exchange): void {
  exchange.headers.delete(P.COMPLETE_ALL_GROUPS);
  exchange.properties.delete(P.COMPLETE_ALL_GROUPS);
}
