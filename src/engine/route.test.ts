import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Message, Source } from '../api/index.js';
import type { Processor } from '../api/processor.js';
import { HeaderMap } from './headers.js';
import { Route } from './route.js';
import { SourceConsumer } from './source-consumer.js';

type Emit = Parameters<Source['start']>[0];

class FakeSource implements Source {
  emit: Emit | undefined;
  resumed = 0;
  stopped = false;
  start(emit: Emit): void {
    this.emit = emit;
  }
  resume(): void {
    this.resumed += 1;
  }
  stop(): Promise<void> {
    this.stopped = true;
    return Promise.resolve();
  }
}

const message = (data: unknown): Message => ({
  id: '1',
  source: 's',
  type: 't',
  data,
  headers: new HeaderMap([['h', 1]]),
});

/** A processor that completes when the test says so. */
function held(): { processor: Processor; release: () => void; failNext: () => void } {
  const pending: (() => void)[] = [];
  let fail = false;
  return {
    processor: {
      process(exchange, done) {
        const f = fail;
        pending.push(() => {
          if (f) exchange.exception = new Error('failed');
          done(false);
        });
        return false;
      },
    },
    release: () => pending.shift()?.(),
    failNext: () => {
      fail = true;
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Route', () => {
  it('turns messages into exchanges and acknowledges each after it completed', () => {
    const source = new FakeSource();
    const h = held();
    const route = new Route({ id: 'r', from: 'fake:x', consumer: new SourceConsumer(source), processor: h.processor });
    route.start();
    const acks: (Error | undefined)[] = [];
    expect(source.emit?.(message('a'), (e) => acks.push(e))).toBe(true);
    expect(acks).toEqual([]);
    expect(route.metrics.inflight).toBe(1);
    h.release();
    expect(acks).toEqual([undefined]);
    expect(route.metrics.snapshot()).toMatchObject({ total: 1, failed: 0, inflight: 0 });
  });

  it('acknowledges a failed exchange with its error and counts it', () => {
    const source = new FakeSource();
    const h = held();
    const route = new Route({ id: 'r', from: 'fake:x', consumer: new SourceConsumer(source), processor: h.processor });
    route.start();
    const acks: (Error | undefined)[] = [];
    h.failNext();
    source.emit?.(message('a'), (e) => acks.push(e));
    h.release();
    expect(acks[0]?.message).toBe('failed');
    expect(route.metrics.snapshot()).toMatchObject({ total: 1, failed: 1, lastError: 'failed' });
  });

  it('pushes back when maxInflight exchanges are in progress and resumes the source when one completes', () => {
    const source = new FakeSource();
    const h = held();
    const route = new Route({
      id: 'r',
      from: 'fake:x',
      consumer: new SourceConsumer(source),
      processor: h.processor,
      maxInflight: 2,
    });
    route.start();
    expect(source.emit?.(message(1), () => undefined)).toBe(true);
    expect(source.emit?.(message(2), () => undefined)).toBe(false);
    expect(source.resumed).toBe(0);
    h.release();
    expect(source.resumed).toBe(1);
  });

  it('drains in-flight exchanges on stop, and gives up after the timeout', async () => {
    vi.useFakeTimers();
    const source = new FakeSource();
    const h = held();
    const route = new Route({ id: 'r', from: 'fake:x', consumer: new SourceConsumer(source), processor: h.processor });
    route.start();
    source.emit?.(message(1), () => undefined);
    const stopping = route.stop(1000);
    await Promise.resolve();
    expect(source.stopped).toBe(true);
    expect(route.state).toBe('Stopping');
    h.release();
    await expect(stopping).resolves.toBe(true);
    expect(route.state).toBe('Stopped');

    route.start();
    source.emit?.(message(2), () => undefined);
    const giveUp = route.stop(1000);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(giveUp).resolves.toBe(false);
  });
});

describe('Route suspension', () => {
  it('holds the consumer back while suspended, lets in-flight exchanges finish, and goes on when resumed', async () => {
    const source = new FakeSource();
    const h = held();
    const route = new Route({ id: 'r', from: 'fake:x', consumer: new SourceConsumer(source), processor: h.processor });
    route.start();
    const acks: (Error | undefined)[] = [];
    source.emit?.(message(1), (e) => acks.push(e));
    const suspending = route.suspend(1000);
    expect(route.state).toBe('Suspending');
    h.release();
    await expect(suspending).resolves.toBe(true);
    expect(route.state).toBe('Suspended');
    expect(route.accepting).toBe(false);

    // A message the source emits now is held, not run, and the source is told to wait.
    expect(source.emit?.(message(2), (e) => acks.push(e))).toBe(false);
    expect(route.metrics.snapshot()).toMatchObject({ total: 1, inflight: 0 });

    route.resume();
    expect(route.state).toBe('Started');
    expect(route.metrics.inflight).toBe(1);
    expect(source.resumed).toBe(1); // the held message runs first, then the source is asked for more
    h.release();
    expect(acks).toEqual([undefined, undefined]);
    expect(route.metrics.snapshot()).toMatchObject({ total: 2, failed: 0 });
  });

  it('acknowledges a held message with an error when the route stops instead of resuming', async () => {
    const source = new FakeSource();
    const route = new Route({
      id: 'r',
      from: 'fake:x',
      consumer: new SourceConsumer(source),
      processor: { process: (_e, done) => (done(true), true) },
    });
    route.start();
    await route.suspend();
    const acks: (Error | undefined)[] = [];
    source.emit?.(message(1), (e) => acks.push(e));
    await route.stop(1000);
    expect(acks[0]?.message).toBe('route r stopped before the message was processed');
    expect(route.metrics.snapshot()).toMatchObject({ total: 0 });
  });

  it('start resumes a suspended route; suspend on a stopped route changes nothing', async () => {
    const source = new FakeSource();
    const route = new Route({
      id: 'r',
      from: 'fake:x',
      consumer: new SourceConsumer(source),
      processor: { process: (_e, done) => (done(true), true) },
    });
    await expect(route.suspend()).resolves.toBe(true);
    expect(route.state).toBe('Stopped');
    route.start();
    await route.suspend();
    route.start();
    expect(route.state).toBe('Started');
  });
});
