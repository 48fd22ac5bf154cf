/**
 * The open groups of one aggregator, by correlation key (Camel's default `MemoryAggregationRepository`: in memory,
 * kept over a route stop and start, lost with the process), and the keys `closeCorrelationKeyOnCompletion` closed.
 */
import type { Exchange } from '../api/exchange.js';

/** Open groups and closed keys. */
export class AggregationGroups {
  private readonly open = new Map<string, Exchange>();
  private readonly closed = new Map<string, true>();
  private emptyWaiters: (() => void)[] = [];

  /**
   * `closeCapacity`: undefined when keys are never closed; otherwise completed keys are closed, at most that many
   * remembered (the least recently closed are forgotten first), or any number when it is 0 or less.
   */
  constructor(private readonly closeCapacity: number | undefined) {}

  /** The group's aggregated exchange so far, or undefined when no group is open for `key`. */
  get(key: string): Exchange | undefined {
    return this.open.get(key);
  }

  /** Stores the group's aggregated exchange. */
  set(key: string, exchange: Exchange): void {
    this.open.set(key, exchange);
  }

  /** Removes the group (it completed). */
  delete(key: string): void {
    this.open.delete(key);
    if (this.open.size === 0) this.notifyEmpty();
  }

  /** The keys of the open groups, in the order they opened. */
  keys(): string[] {
    return [...this.open.keys()];
  }

  get size(): number {
    return this.open.size;
  }

  /** Resolves when no group is open. */
  emptied(): Promise<void> {
    if (this.open.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.emptyWaiters.push(resolve));
  }

  /** Closes `key` if keys are closed on completion. */
  close(key: string): void {
    if (this.closeCapacity === undefined) return;
    this.closed.delete(key);
    this.closed.set(key, true);
    if (this.closeCapacity > 0 && this.closed.size > this.closeCapacity) {
      const [oldest] = this.closed.keys();
      if (oldest !== undefined) this.closed.delete(oldest);
    }
  }

  /** Whether `key` was closed. */
  isClosed(key: string): boolean {
    return this.closed.has(key);
  }

  /** Forgets the closed keys (Camel clears them when the aggregator stops). */
  clearClosed(): void {
    this.closed.clear();
  }

  private notifyEmpty(): void {
    const waiters = this.emptyWaiters;
    this.emptyWaiters = [];
    for (const w of waiters) w();
  }
}
