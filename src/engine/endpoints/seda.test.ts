import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { routeKit, stopRouteKits } from '../../../test/kit/route-kit.js';
import type { Logger } from '../../api/connector-runtime.js';
import type { Exchange } from '../../api/exchange.js';
import type { AsyncCallback, Processor } from '../../api/processor.js';
import { systemClock } from '../clock.js';
import { DefaultExchange } from '../exchange.js';
import { Route } from '../route.js';
import { ExchangeTimedOutException, SedaConsumerNotAvailableException } from './errors.js';
import { SedaRegistry } from './seda.js';

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** A route processor that completes only when the test says so. */
function held(): Processor & { pending: (() => void)[]; seen: Exchange[] } {
  const pending: (() => void)[] = [];
  const seen: Exchange[] = [];
  return {
    pending,
    seen,
    process(e: Exchange, done: AsyncCallback) {
      seen.push(e);
      pending.push(() => {
        e.body = `${String(e.body)} done`;
        done(false);
      });
      return false;
    },
  };
}

const sync = (fn: (e: Exchange) => void): Processor => ({
  process(e, done) {
    fn(e);
    done(true);
    return true;
  },
});

function start(seda: SedaRegistry, name: string, processor: Processor, extra = {}): Route {
  const route = new Route({
    id: `r-${name}`,
    from: `seda:${name}`,
    consumer: seda.consumer(name, { size: 10, concurrentConsumers: 1, ...extra }),
    processor,
  });
  route.start();
  return route;
}

const exchange = (body: unknown, pattern: 'InOnly' | 'InOut' = 'InOnly'): DefaultExchange => {
  const e = new DefaultExchange({ pattern });
  e.body = body;
  return e;
};

const base = { size: 10, concurrentConsumers: 1 };

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(async () => {
  await stopRouteKits();
  vi.useRealTimers();
});

describe('seda producer options', () => {
  it('failIfNoConsumers fails a send to a queue nobody consumes; discardIfNoConsumers drops it', () => {
    const seda = new SedaRegistry({ clock: systemClock });
    const failed = exchange('a');
    seda
      .producer('q', { ...base, failIfNoConsumers: true, uri: 'seda://q?failIfNoConsumers=true' })
      .process(failed, () => undefined);
    expect(failed.exception).toBeInstanceOf(SedaConsumerNotAvailableException);
    expect(failed.exception?.message).toBe('No consumers available on endpoint: seda://q?failIfNoConsumers=true');
    const dropped = exchange('b');
    seda.producer('q', { ...base, discardIfNoConsumers: true }).process(dropped, () => undefined);
    expect(dropped.exception).toBeUndefined();
    expect(seda.pending('q')).toBe(0);
    // By default the copy waits in the queue for a consumer.
    seda.producer('q', base).process(exchange('c'), () => undefined);
    expect(seda.pending('q')).toBe(1);
    const seen: unknown[] = [];
    start(
      seda,
      'q',
      sync((e) => seen.push(e.body)),
    );
    expect(seen).toEqual(['c']);
  });

  it('a waiting sender fails with ExchangeTimedOutException after timeout ms, and ignores the late result', () => {
    const seda = new SedaRegistry({ clock: systemClock });
    const consumer = held();
    start(seda, 'slow', consumer);
    const e = exchange('req', 'InOut');
    let finished = 0;
    seda.producer('slow', { ...base, timeout: 300 }).process(e, () => (finished += 1));
    vi.advanceTimersByTime(299);
    expect(finished).toBe(0);
    vi.advanceTimersByTime(1);
    expect(finished).toBe(1);
    expect(e.exception).toBeInstanceOf(ExchangeTimedOutException);
    expect(e.exception?.message).toBe('The OUT message was not received within: 300 millis');
    consumer.pending.shift()?.();
    expect(finished).toBe(1);
    expect(e.body).toBe('req');
  });

  it('takes a timed-out copy out of the queue; timeout 0 waits for ever', () => {
    const seda = new SedaRegistry({ clock: systemClock });
    const e = exchange('x');
    seda.producer('later', { ...base, waitForTaskToComplete: 'Always', timeout: 100 }).process(e, () => undefined);
    expect(seda.pending('later')).toBe(1);
    vi.advanceTimersByTime(100);
    expect(seda.pending('later')).toBe(0);
    expect(e.exception?.name).toBe('ExchangeTimedOutException');

    const patient = exchange('y', 'InOut');
    let finished = false;
    seda.producer('later', { ...base, timeout: 0 }).process(patient, () => (finished = true));
    vi.advanceTimersByTime(60_000);
    expect(finished).toBe(false);
    start(
      seda,
      'later',
      sync((ex) => (ex.body = 'answered')),
    );
    expect(finished).toBe(true);
    expect(patient.body).toBe('answered');
  });

  it('a sender blocked by blockWhenFull gives up after offerTimeout ms, as Camel words it', () => {
    const seda = new SedaRegistry({ clock: systemClock });
    const producer = seda.producer('full', { ...base, size: 1, blockWhenFull: true, offerTimeout: 100 });
    producer.process(exchange(1), () => undefined);
    const blocked = exchange(2);
    let finished = false;
    expect(producer.process(blocked, () => (finished = true))).toBe(false);
    vi.advanceTimersByTime(100);
    expect(finished).toBe(true);
    expect(blocked.exception?.name).toBe('IllegalStateException');
    expect(blocked.exception?.message).toBe('Fails to insert element into queue, after timeout of 100 milliseconds');
    const seen: unknown[] = [];
    start(
      seda,
      'full',
      sync((e) => seen.push(e.body)),
    );
    expect(seen).toEqual([1]);
  });

  it('refuses blockWhenFull together with discardWhenFull, as Camel does', () => {
    expect(() => new SedaRegistry().producer('x', { ...base, blockWhenFull: true, discardWhenFull: true })).toThrow(
      'Cannot enable both discardWhenFull=true and blockWhenFull=true',
    );
  });
});

describe('seda consumers', () => {
  it('multipleConsumers gives every consumer every message; a waiting sender gets the last result', () => {
    const seda = new SedaRegistry({ clock: systemClock });
    const a: unknown[] = [];
    const b: unknown[] = [];
    start(
      seda,
      'pub',
      sync((e) => {
        a.push(e.body);
        e.body = 'from a';
      }),
      { multipleConsumers: true },
    );
    const second = held();
    start(seda, 'pub', second, { multipleConsumers: true });
    const producer = seda.producer('pub', base);
    producer.process(exchange('one'), () => undefined);
    const e = exchange('two', 'InOut');
    let finished = false;
    producer.process(e, () => (finished = true));
    expect(a).toEqual(['one']);
    second.pending.shift()?.();
    return settle().then(() => {
      expect(a).toEqual(['one', 'two']);
      expect(second.seen.map((x) => x.body)).toEqual(['one done', 'two']);
      expect(finished).toBe(false);
      second.pending.shift()?.();
      expect(finished).toBe(true);
      expect(e.body).toBe('two done');
      b.push(...second.seen.map((x) => x.body));
      expect(b).toEqual(['one done', 'two done']);
    });
  });

  it('completes the queued exchanges before its stop resolves (Camel defers seda shutdown)', async () => {
    const seda = new SedaRegistry({ clock: systemClock });
    const consumer = held();
    const route = start(seda, 'q', consumer);
    const producer = seda.producer('q', base);
    for (const body of [1, 2, 3]) producer.process(exchange(body), () => undefined);
    let stopped = false;
    void route.stopConsumer().then(() => (stopped = true));
    while (consumer.pending.length > 0) {
      consumer.pending.shift()?.();
      await settle();
    }
    await settle();
    expect(consumer.seen.map((e) => e.body)).toEqual(['1 done', '2 done', '3 done']);
    expect(stopped).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('purgeWhenStopping drops what is queued, logging it at DEBUG as Camel does', async () => {
    const lines: string[] = [];
    const logger = (name: string): Logger => ({
      name,
      enabled: () => true,
      log: (level, message) => lines.push(`${level} ${name} : ${message}`),
    });
    const seda = new SedaRegistry({ clock: systemClock, logger });
    const consumer = held();
    const route = start(seda, 'q', consumer, { purgeWhenStopping: true });
    const producer = seda.producer('q', base);
    for (const body of [1, 2, 3]) producer.process(exchange(body), () => undefined);
    const stopped = route.stopConsumer();
    expect(lines).toEqual(['DEBUG org.apache.camel.component.seda.SedaEndpoint : Purging queue with 2 exchanges']);
    consumer.pending.shift()?.();
    await stopped;
    expect(consumer.seen.map((e) => e.body)).toEqual(['1 done']);
  });

  it('stops waiting for the queue to drain after the drain timeout, and says what stays queued', async () => {
    const lines: string[] = [];
    const logger = (name: string): Logger => ({
      name,
      enabled: () => true,
      log: (level, message) => lines.push(`${level} ${message}`),
    });
    const seda = new SedaRegistry({ clock: systemClock, logger, drainTimeoutMs: 1000 });
    const route = start(seda, 'q', held());
    const producer = seda.producer('q', base);
    for (const body of [1, 2]) producer.process(exchange(body), () => undefined);
    const stopped = route.stopConsumer();
    vi.advanceTimersByTime(1000);
    await stopped;
    expect(lines).toEqual([
      'WARN 1 exchanges remain in seda://q after waiting 1000 millis for its consumer to complete them during shutdown',
    ]);
  });
});

describe('seda in routes', () => {
  it('lets several routes consume a multipleConsumers queue, and sends InOut with exchangePattern', async () => {
    const kit = await routeKit(`
- route:
    id: pub
    from:
      uri: direct:in
      steps:
        - to: seda:pub
        - to: seda:pat?exchangePattern=InOut
        - to: log:after?showExchangePattern=true
- route:
    id: sub1
    from:
      uri: seda:pub?multipleConsumers=true
      steps:
        - to: mock:sub1
- route:
    id: sub2
    from:
      uri: seda:pub?multipleConsumers=true
      steps:
        - to: mock:sub2
- route:
    id: pat
    from:
      uri: seda:pat
      steps:
        - to: log:seen?showExchangePattern=true
        - setBody:
            constant: reply`);
    const e = await kit.send('direct:in', 'msg');
    expect(kit.mock('sub1').bodies()).toEqual(['msg']);
    expect(kit.mock('sub2').bodies()).toEqual(['msg']);
    expect(e.body).toBe('reply');
    expect(kit.logs).toContain('INFO seen : Exchange[ExchangePattern: InOut, BodyType: String, Body: msg]');
    expect(kit.logs).toContain('INFO after : Exchange[ExchangePattern: InOnly, BodyType: String, Body: reply]');
  });
});
