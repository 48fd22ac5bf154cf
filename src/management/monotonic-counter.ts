/**
 * Counts that never go down, made from counts that restart. A route replaced in dev mode is a new route whose
 * counters start again from 0; Prometheus counters must not decrease, so each key keeps an offset: the count its
 * earlier versions reached.
 */

/** What is remembered of one key. */
interface Entry {
  generation: number | undefined;
  last: number;
  offset: number;
}

/**
 * Monotonic totals, one per key (a route id), from observations of a count that may restart.
 *
 * Contract: {@link observe} returns `offset + value`, where `offset` is the sum of the last values seen of every
 * earlier version of the key. A key restarted when its `generation` (a route's `reloads`) differs from the previous
 * observation, or when `value` is lower than the previous one. The result never decreases for a key across
 * observations; increments between the last observation of a version and its replacement are not seen (there is no
 * way to see them), so the total may undercount, never overcount. Keys are remembered after they disappear, so a
 * route that comes back keeps climbing from where it was.
 */
export class MonotonicCounter {
  private readonly entries = new Map<string, Entry>();

  /** Records `value` for `key` (of version `generation`, if the caller knows versions) and returns the total. */
  observe(key: string, value: number, generation?: number): number {
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.entries.set(key, { generation, last: value, offset: 0 });
      return value;
    }
    if (generation !== entry.generation || value < entry.last) entry.offset += entry.last;
    entry.generation = generation;
    entry.last = value;
    return entry.offset + value;
  }
}
