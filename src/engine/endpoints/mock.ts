/**
 * `mock:name`: keeps a copy of every exchange it receives, for tests to assert on (counts, bodies, headers). Copies
 * are kept because the route goes on changing the original. `retainFirst`/`retainLast` bound what is kept.
 */
import type { Exchange } from '../../api/exchange.js';
import type { Processor } from '../../api/processor.js';
import { copyExchange } from '../copy.js';

/** One mock endpoint's record, and the expectations a test sets on it (Camel's MockEndpoint, in small). */
export class MockEndpoint {
  readonly received: Exchange[] = [];
  count = 0;
  private expectedCount: number | undefined;
  private expectedBodies: unknown[] | undefined;
  private readonly expectedHeaders: [string, unknown][] = [];
  private waiters: { count: number; resolve: () => void }[] = [];

  constructor(
    readonly name: string,
    private readonly retainFirst = -1,
    private readonly retainLast = -1,
  ) {}

  record(exchange: Exchange): void {
    this.count += 1;
    if (this.retainFirst < 0 || this.received.length < this.retainFirst) this.received.push(copyExchange(exchange));
    if (this.retainLast >= 0 && this.received.length > this.retainLast) this.received.shift();
    const ready = this.waiters.filter((w) => this.count >= w.count);
    this.waiters = this.waiters.filter((w) => this.count < w.count);
    for (const w of ready) w.resolve();
  }

  /** Expects exactly `n` messages. */
  expectedMessageCount(n: number): this {
    this.expectedCount = n;
    return this;
  }

  /** Expects these bodies, in this order (and so this many messages). */
  expectedBodiesReceived(...bodies: unknown[]): this {
    this.expectedBodies = bodies;
    return this;
  }

  /** Expects every message to carry this header value. */
  expectedHeaderReceived(name: string, value: unknown): this {
    this.expectedHeaders.push([name, value]);
    return this;
  }

  /** Resolves once `n` messages have arrived. */
  receivedCount(n: number): Promise<void> {
    if (this.count >= n) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count: n, resolve }));
  }

  /** What is not met of the expectations; empty when they all hold. */
  unmet(): string[] {
    const problems: string[] = [];
    const count = this.expectedCount ?? this.expectedBodies?.length;
    if (count !== undefined && this.count !== count) {
      problems.push(`mock:${this.name} expected ${String(count)} messages, received ${String(this.count)}`);
    }
    this.expectedBodies?.forEach((body, i) => {
      const got = this.received[i]?.body;
      if (JSON.stringify(got) !== JSON.stringify(body)) {
        problems.push(
          `mock:${this.name} message ${String(i)} body ${JSON.stringify(got)}, expected ${JSON.stringify(body)}`,
        );
      }
    });
    for (const [name, value] of this.expectedHeaders) {
      this.received.forEach((e, i) => {
        if (e.headers.get(name) !== value) {
          problems.push(
            `mock:${this.name} message ${String(i)} header ${name} is ${JSON.stringify(e.headers.get(name))}`,
          );
        }
      });
    }
    return problems;
  }

  /** Throws an Error listing what is not met. */
  assertIsSatisfied(): void {
    const problems = this.unmet();
    if (problems.length > 0) throw new Error(problems.join('\n'));
  }

  /** The bodies received, in order. */
  bodies(): unknown[] {
    return this.received.map((e) => e.body);
  }
}

/** The mock endpoints of one runtime, by name. */
export class MockRegistry {
  private readonly mocks = new Map<string, MockEndpoint>();

  /** The mock called `name` (created on first use). */
  get(name: string, retainFirst?: number, retainLast?: number): MockEndpoint {
    let mock = this.mocks.get(name);
    if (mock === undefined) {
      mock = new MockEndpoint(name, retainFirst, retainLast);
      this.mocks.set(name, mock);
    }
    return mock;
  }

  /** The producer of `mock:name`. */
  producer(name: string, retainFirst?: number, retainLast?: number): Processor {
    const mock = this.get(name, retainFirst, retainLast);
    return {
      process(exchange, done) {
        mock.record(exchange);
        done(true);
        return true;
      },
    };
  }
}
