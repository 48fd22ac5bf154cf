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
