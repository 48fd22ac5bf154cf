/** Case-insensitive headers that keep the first spelling of each name, as Camel's header map does. */
import type { Headers } from '../api/exchange.js';

/** The engine's `Headers`. */
export class HeaderMap implements Headers {
  private readonly values = new Map<string, { name: string; value: unknown }>();

  constructor(initial?: Iterable<[string, unknown]>) {
    if (initial !== undefined) for (const [k, v] of initial) this.set(k, v);
  }

  get(name: string): unknown {
    return this.values.get(name.toLowerCase())?.value;
  }

  has(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }

  set(name: string, value: unknown): void {
    const key = name.toLowerCase();
    if (value === undefined) {
      this.values.delete(key);
      return;
    }
    const existing = this.values.get(key);
    if (existing === undefined) this.values.set(key, { name, value });
    else existing.value = value;
  }

  delete(name: string): boolean {
    return this.values.delete(name.toLowerCase());
  }

  clear(): void {
    this.values.clear();
  }

  get size(): number {
    return this.values.size;
  }

  *keys(): IterableIterator<string> {
    for (const { name } of this.values.values()) yield name;
  }

  *[Symbol.iterator](): IterableIterator<[string, unknown]> {
    for (const { name, value } of this.values.values()) yield [name, value];
  }
}
