import { describe, expect, it } from 'vitest';

import type { Exchange } from '../../api/exchange.js';
import type { Processor } from '../../api/processor.js';
import { DefaultExchange } from '../exchange.js';
import { Route } from '../route.js';
import { DirectRegistry } from './direct.js';
import { SedaRegistry } from './seda.js';

const step = (fn: (e: Exchange) => void): Processor => ({
  process(e, done) {
    fn(e);
    done(true);
    return true;
  },
});

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('direct', () => {
  it('runs the consuming route on the same exchange, then lets the caller continue', () => {
    const direct = new DirectRegistry();
    const seen: (string | undefined)[] = [];
    const route = new Route({
      id: 'callee',
      from: 'direct:a',
      consumer: direct.consumer('a'),
      processor: step((e) => {
        seen.push(e.routeId);
        e.body = `${String(e.body)}+callee`;
      }),
    });
    route.start();
    const e = new DefaultExchange({ routeId: 'caller' });
    e.body = 'x';
    expect(direct.producer('a').process(e, () => undefined)).toBe(true);
    expect(e.body).toBe('x+callee');
    expect(seen).toEqual(['callee']);
    expect(e.routeId).toBe('caller');
    expect(route.metrics.total).toBe(1);
  });

  it('fails the exchange at once when no route consumes the name and it does not block', () => {
    const e = new DefaultExchange();
    new DirectRegistry().producer('nobody', { block: false }).process(e, () => undefined);
    expect(e.exception?.message).toBe('No consumers available on endpoint: direct://nobody');
    expect(e.exception?.name).toBe('DirectConsumerNotAvailableException');
  });
});

describe('seda', () => {
  it('queues a copy and lets the sender go on; the consumer route gets the copy', async () => {
    const seda = new SedaRegistry();
    const got: Exchange[] = [];
    new Route({
      id: 'q',
      from: 'seda:q',
      consumer: seda.consumer('q', { size: 10, concurrentConsumers: 1 }),
      processor: step((e) => got.push(e)),
    }).start();
    const e = new DefaultExchange();
    e.body = 'hello';
    e.headers.set('h', 1);
    expect(seda.producer('q', { size: 10, concurrentConsumers: 1 }).process(e, () => undefined)).toBe(true);
    await settle();
    expect(got).toHaveLength(1);
    expect(got[0]?.body).toBe('hello');
    expect(got[0]?.headers.get('h')).toBe(1);
    expect(got[0]?.exchangeId).not.toBe(e.exchangeId);
  });

  it('fails the sender when the queue is full, or makes it wait with blockWhenFull', async () => {
    const seda = new SedaRegistry();
    const settings = { size: 1, concurrentConsumers: 1 };
    const producer = seda.producer('full', { ...settings, blockWhenFull: false });
    producer.process(new DefaultExchange(), () => undefined);
    const second = new DefaultExchange();
    producer.process(second, () => undefined);
    expect(second.exception?.message).toBe('Queue full');
    expect(second.exception?.name).toBe('IllegalStateException');

    const blocking = seda.producer('full', { ...settings, blockWhenFull: true });
    const third = new DefaultExchange();
    let finished = false;
    expect(
      blocking.process(third, () => {
        finished = true;
      }),
    ).toBe(false);
    new Route({
      id: 'c',
      from: 'seda:full',
      consumer: seda.consumer('full', settings),
      processor: step(() => undefined),
    }).start();
    await settle();
    await settle();
    expect(finished).toBe(true);
    expect(third.exception).toBeUndefined();
  });

  it('drops the copy when full with discardWhenFull', () => {
    const seda = new SedaRegistry();
    const producer = seda.producer('d', { size: 1, concurrentConsumers: 1, discardWhenFull: true });
    producer.process(new DefaultExchange(), () => undefined);
    const second = new DefaultExchange();
    expect(producer.process(second, () => undefined)).toBe(true);
    expect(second.exception).toBeUndefined();
  });

  it('waits for the consumer and takes its result back for InOut, or with waitForTaskToComplete Always', async () => {
    const seda = new SedaRegistry();
    const settings = { size: 10, concurrentConsumers: 1 };
    new Route({
      id: 'w',
      from: 'seda:w',
      consumer: seda.consumer('w', settings),
      processor: step((e) => {
        e.body = `${String(e.body)} processed`;
        e.headers.set('done', true);
      }),
    }).start();
    const inOut = new DefaultExchange({ pattern: 'InOut' });
    inOut.body = 'request';
    let finished = false;
    seda.producer('w', settings).process(inOut, () => (finished = true));
    await settle();
    expect(finished).toBe(true);
    expect(inOut.body).toBe('request processed');
    expect(inOut.headers.get('done')).toBe(true);

    const inOnly = new DefaultExchange();
    inOnly.body = 'fire';
    seda.producer('w', { ...settings, waitForTaskToComplete: 'Never' }).process(inOnly, () => undefined);
    await settle();
    expect(inOnly.body).toBe('fire');
  });

  it('processes at most concurrentConsumers exchanges at once', async () => {
    const seda = new SedaRegistry();
    const settings = { size: 100, concurrentConsumers: 2 };
    let active = 0;
    let peak = 0;
    const pending: (() => void)[] = [];
    new Route({
      id: 'c',
      from: 'seda:c',
      consumer: seda.consumer('c', settings),
      processor: {
        process(_e, done) {
          active += 1;
          peak = Math.max(peak, active);
          pending.push(() => {
            active -= 1;
            done(false);
          });
          return false;
        },
      },
    }).start();
    const producer = seda.producer('c', { ...settings, blockWhenFull: false });
    for (let i = 0; i < 5; i++) producer.process(new DefaultExchange(), () => undefined);
    while (pending.length > 0) {
      pending.shift()?.();
      await settle();
    }
    expect(peak).toBe(2);
  });
});
