/**
 * `mock:name`: keeps a copy of every exchange it receives (`copyOnExchange`, default true; false keeps the exchange
 * itself), for tests to assert on, as Camel's `MockEndpoint` does. `retainFirst`/`retainLast` bound what is kept.
 *
 * Expectations: `expectedCount` (or `expectedMessageCount`), `expectedBodiesReceived`, `expectedHeaderReceived`.
 * `assertIsSatisfied()` checks them now; `assertIsSatisfiedAsync()` is Camel's `assertIsSatisfied`: when a count is
 * expected and not reached it waits for the messages up to `resultWaitTime` ms (0, the default, waits 10 seconds),
 * fails if they came faster than `resultMinimumWaitTime`, checks, and with `assertPeriod` waits that long and checks
 * again (to catch late extra messages). With `failFast` (default true) a message that breaks a body or header
 * expectation ends the wait at once. Failures are `MockAssertionError`s worded as Camel's (`mock://name Received
 * message count. Expected: <2> but was: <1>`).
 *
 * `log` logs each message at INFO under `org.apache.camel.component.mock.MockEndpoint` (`mock:name received #1 ->
 * Exchange[Id: …, BodyType: …, Body: …]`); `reportGroup` N logs a throughput line every N messages under
 * `org.apache.camel.component.mock:name`.
 */
import type { Clock, Logger } from '../../api/connector-runtime.js';
import type { Exchange } from '../../api/exchange.js';
import type { Processor } from '../../api/processor.js';
import { renderText } from '../../expr/convert.js';
import { systemClock } from '../clock.js';
import { copyExchange } from '../copy.js';
import { formatExchange } from '../exchange-formatter.js';
import { MockAssertionError } from './errors.js';
import type { EndpointService } from './lifecycle.js';
import { ThroughputLogger } from './throughput.js';

/** A mock endpoint's options (Camel's names). */
export interface MockSettings {
  readonly retainFirst?: number;
  readonly retainLast?: number;
  readonly copyOnExchange?: boolean;
  /** Messages expected; -1 (the default) expects no particular count. */
  readonly expectedCount?: number;
  readonly assertPeriod?: number;
  readonly resultWaitTime?: number;
  readonly resultMinimumWaitTime?: number;
  readonly failFast?: boolean;
  readonly log?: boolean;
  readonly reportGroup?: number;
}

/** What mock endpoints use from the runtime. */
export interface MockServices {
  readonly clock?: Clock;
  readonly logger?: (name: string) => Logger;
}

const MOCK_KEYS = [
  'retainFirst',
  'retainLast',
  'copyOnExchange',
  'expectedCount',
  'assertPeriod',
  'resultWaitTime',
  'resultMinimumWaitTime',
  'failFast',
  'log',
  'reportGroup',
] as const;

/** Mock settings from a mock endpoint's typed options. */
export function mockSettings(options: Readonly<Record<string, unknown>>): MockSettings {
  const settings: Record<string, number | boolean> = {};
  for (const key of MOCK_KEYS) {
    const v = options[key];
    if (typeof v === 'number' || typeof v === 'boolean') settings[key] = v;
  }
  return settings;
}

/** The exchange formatter Camel's mock component logs with. */
const LOG_FORMAT = { showExchangeId: true, showExchangePattern: false } as const;

/** One mock endpoint's record, and the expectations a test sets on it (Camel's MockEndpoint, in small). */
export class MockEndpoint {
  readonly received: Exchange[] = [];
  count = 0;
  private expectedCount: number | undefined;
  private expectedBodies: unknown[] | undefined;
  private readonly expectedHeaders: [string, unknown][] = [];
  private waiters: { count: number; resolve: () => void; orFailure: boolean }[] = [];
  private failFastError: string | undefined;
  private readonly clock: Clock;
  /** The throughput reporter (`reportGroup`), started with the routes that send to the mock. */
  readonly reporter: ThroughputLogger | undefined;

  constructor(
    readonly name: string,
    private readonly settings: MockSettings = {},
    private readonly services: MockServices = {},
  ) {
    this.clock = services.clock ?? systemClock;
    const expected = settings.expectedCount ?? -1;
    if (expected >= 0) this.expectedCount = expected;
    const group = settings.reportGroup;
    const reportTo = services.logger?.(`org.apache.camel.component.mock:${name}`);
    this.reporter =
      group !== undefined && group > 0 && reportTo !== undefined
        ? new ThroughputLogger({ logger: reportTo, level: 'INFO', clock: this.clock, groupSize: group })
        : undefined;
  }

  /** `mock://name`, as Camel names the endpoint in assertion messages. */
  get uri(): string {
    return `mock://${this.name}`;
  }

  record(exchange: Exchange): void {
    this.count += 1;
    if (this.settings.log === true) {
      this.services
        .logger?.('org.apache.camel.component.mock.MockEndpoint')
        .log('INFO', `mock:${this.name} received #${String(this.count)} -> ${formatExchange(exchange, LOG_FORMAT)}`);
    }
    this.reporter?.process(exchange, () => undefined);
    const kept = this.settings.copyOnExchange === false ? exchange : copyExchange(exchange);
    const { retainFirst = -1, retainLast = -1 } = this.settings;
    if (retainFirst < 0 || this.received.length < retainFirst) this.received.push(kept);
    if (retainLast >= 0 && this.received.length > retainLast) this.received.shift();
    if (this.settings.failFast !== false && this.failFastError === undefined) {
      this.failFastError = this.messageProblems(exchange, this.count - 1)[0];
    }
    if (this.waiters.length === 0) return;
    const failed = this.failFastError !== undefined;
    const ready = this.waiters.filter((w) => this.count >= w.count || (failed && w.orFailure));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
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
    this.expectedCount = bodies.length;
    return this;
  }

  /** Expects every message to carry this header value. */
  expectedHeaderReceived(name: string, value: unknown): this {
    this.expectedHeaders.push([name, value]);
    return this;
  }

  /** Resolves once `n` messages have arrived. */
  receivedCount(n: number): Promise<void> {
    return this.waitFor(n, false);
  }

  /** Resolves once `n` messages have arrived, or (`orFailure`) a message broke an expectation. */
  private waitFor(n: number, orFailure: boolean): Promise<void> {
    if (this.count >= n || (orFailure && this.failFastError !== undefined)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count: n, resolve, orFailure }));
  }

  /** The body and header expectations one message breaks (Camel's wording, without the endpoint). */
  private messageProblems(exchange: Exchange, i: number): string[] {
    const problems: string[] = [];
    const bodies = this.expectedBodies;
    if (bodies !== undefined && i < bodies.length && JSON.stringify(exchange.body) !== JSON.stringify(bodies[i])) {
      problems.push(
        `Body of message: ${String(i)}. Expected: <${renderText(bodies[i])}> but was: <${renderText(exchange.body)}>`,
      );
    }
    for (const [name, value] of this.expectedHeaders) {
      const got = exchange.headers.get(name);
      if (got === undefined && value !== null && value !== undefined) {
        problems.push(`No header with name ${name} found for message: ${String(i)}`);
      } else if (got !== value && !(got === undefined && value === null)) {
        problems.push(
          `Header with name ${name} for message: ${String(i)}. Expected: <${renderText(value)}> but was: <${renderText(got)}>`,
        );
      }
    }
    return problems;
  }

  /** What is not met of the expectations now, each as Camel words it (without the endpoint); empty when all hold. */
  unmet(): string[] {
    const problems: string[] = [];
    if (this.expectedCount !== undefined && this.expectedCount >= 0 && this.count !== this.expectedCount) {
      problems.push(
        `Received message count. Expected: <${String(this.expectedCount)}> but was: <${String(this.count)}>`,
      );
    }
    this.received.forEach((e, i) => problems.push(...this.messageProblems(e, i)));
    return problems;
  }

  /** Checks the expectations now. @throws MockAssertionError listing what is not met. */
  assertIsSatisfied(): void {
    const problems = this.unmet();
    if (problems.length > 0) throw new MockAssertionError(this.uri, problems);
  }

  /**
   * Camel's `assertIsSatisfied`: waits (on the clock) as described above, then checks.
   * @throws MockAssertionError (as a rejection) listing what is not met.
   */
  async assertIsSatisfiedAsync(): Promise<void> {
    const log = this.services.logger?.('org.apache.camel.component.mock.MockEndpoint');
    log?.log('INFO', `Asserting: ${this.uri} is satisfied`);
    await this.check(true);
    const period = this.settings.assertPeriod ?? 0;
    if (period > 0) {
      await this.sleep(period);
      log?.log('INFO', `Re-asserting: ${this.uri} is satisfied after ${String(period)} millis`);
      await this.check(false);
    }
  }

  private async check(wait: boolean): Promise<void> {
    const expected = this.expectedCount ?? -1;
    if (wait && expected > 0 && this.count !== expected) await this.waitForMessages(expected);
    if (this.failFastError !== undefined) throw new MockAssertionError(this.uri, [this.failFastError]);
    this.assertIsSatisfied();
  }

  /** Waits for `expected` messages (Camel's latch), at most `resultWaitTime` (0: 10 s). */
  private async waitForMessages(expected: number): Promise<void> {
    const started = this.clock.now();
    const waitTime = this.settings.resultWaitTime ?? 0;
    let timer: { cancel(): void } | undefined;
    const timedOut = new Promise<void>((resolve) => {
      timer = this.clock.setTimeout(resolve, waitTime === 0 ? 10000 : Math.max(0, waitTime));
    });
    await Promise.race([this.waitFor(expected, true), timedOut]);
    timer?.cancel();
    const took = this.clock.now() - started;
    const minimum = this.settings.resultMinimumWaitTime ?? 0;
    if (minimum > 0 && took < minimum) {
      throw new MockAssertionError(this.uri, [
        `Expected minimum ${String(minimum)} millis waiting on the result, but was faster with ${String(took)} millis.`,
      ]);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.clock.setTimeout(resolve, Math.max(0, ms)));
  }

  /** The bodies received, in order. */
  bodies(): unknown[] {
    return this.received.map((e) => e.body);
  }
}

/** The mock endpoints of one runtime, by name. */
export class MockRegistry {
  private readonly mocks = new Map<string, MockEndpoint>();

  constructor(private readonly services: MockServices = {}) {}

  /** The mock called `name` (created on first use, with the settings of that use). */
  get(name: string, settings?: MockSettings): MockEndpoint {
    let mock = this.mocks.get(name);
    if (mock === undefined) {
      mock = new MockEndpoint(name, settings, this.services);
      this.mocks.set(name, mock);
    }
    return mock;
  }

  /** The producer of `mock:name`; with `reportGroup` also a service that starts the reporter's clocks. */
  producer(name: string, settings?: MockSettings): Processor | (Processor & EndpointService) {
    const mock = this.get(name, settings);
    const process: Processor['process'] = (exchange, done) => {
      mock.record(exchange);
      done(true);
      return true;
    };
    const reporter = mock.reporter;
    if (reporter === undefined) return { process };
    return {
      process,
      start: () => {
        reporter.start();
      },
      stop: () => {
        reporter.stop();
      },
    };
  }
}
