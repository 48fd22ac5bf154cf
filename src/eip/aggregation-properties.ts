/**
 * The exchange properties and headers the `aggregate` EIP reads and writes, by Camel's names (`ExchangePropertyKey`),
 * and how it reads a boolean flag.
 */

/** How many exchanges were merged into the aggregated exchange (Integer). */
export const AGGREGATED_SIZE = 'CamelAggregatedSize';
/** The completion timeout (ms) in force when the last message of the group arrived (Long). */
export const AGGREGATED_TIMEOUT = 'CamelAggregatedTimeout';
/** What completed the group: `size`, `timeout`, `interval`, `predicate`, `force`, `strategy` (or `consumer`). */
export const AGGREGATED_COMPLETED_BY = 'CamelAggregatedCompletedBy';
/** The correlation key of the completed group. */
export const AGGREGATED_CORRELATION_KEY = 'CamelAggregatedCorrelationKey';
/** Set to true by a strategy on the aggregated exchange: completes the current group (completed by `strategy`). */
export const COMPLETE_CURRENT_GROUP = 'CamelAggregationCompleteCurrentGroup';
/** Header or property of an incoming message: completes every group; the message itself is not aggregated. */
export const COMPLETE_ALL_GROUPS = 'CamelAggregationCompleteAllGroups';
/** Header of an incoming message: the message is aggregated, then every group completes. */
export const COMPLETE_ALL_GROUPS_INCLUSIVE = 'CamelAggregationCompleteAllGroupsInclusive';
/** Where the list and string strategies keep what they collected until the group completes. */
export const GROUPED_EXCHANGE = 'CamelGroupedExchange';
/** On the copy the aggregator makes of each incoming exchange: the id of that exchange. */
export const CORRELATION_ID = 'CamelCorrelationId';

/** What completed a group, as `CamelAggregatedCompletedBy` names it. */
export type CompletedBy = 'size' | 'timeout' | 'interval' | 'predicate' | 'force' | 'strategy';

/** Camel's boolean reading of a flag: `true`, or the text `true` in any case. */
export function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}
