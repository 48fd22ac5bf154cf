/**
 * `mock:name`: keeps a copy of every exchange it receives, for tests to assert on (counts, bodies, headers). Copies
 * are kept because the route goes on changing the original. `retainFirst`/`retainLast` bound what is kept.
 */
import type { Exchange } from '../../api/exchange.js';
import type { Processor } from '../../api/processor.js';
import { copyExchange } from '../copy.js';

/** One mock endpoint's record. */
export class MockEndpoint {
  readonly received: Exchange[] = [];
  count = 0;

  constructor(
    readonly name: string,
    private readonly retainFirst = -1,
    private readonly retainLast = -1,
  ) {}

  record(exchange: Exchange): void {
    this.count += 1;
    if (this.retainFirst >= 0 && this.received.length >= this.retainFirst) return;
    this.received.push(copyExchange(exchange));
    if (this.retainLast >= 0 && this.received.length > this.retainLast) this.received.shift();
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
