import { describe, expect, it } from 'vitest';

import type { Exchange } from '../api/exchange.js';
import type { AsyncCallback, Processor } from '../api/processor.js';
import { DefaultExchange } from './exchange.js';
import { Pipeline, pipelineOf } from './pipeline.js';

const sync = (fn: (e: Exchange) => void): Processor => ({
  process(exchange, done) {
    fn(exchange);
    done(true);
    return true;
  },
});

function later(fn: (e: Exchange) => void, wait: (run: () => void) => void): Processor {
  return {
    process(exchange: Exchange, done: AsyncCallback) {
      wait(() => {
        fn(exchange);
        done(false);
      });
      return false;
    },
  };
}

describe('Pipeline', () => {
  it('runs synchronous steps in order and completes synchronously', () => {
    const e = new DefaultExchange();
    const seen: boolean[] = [];
    const returned = new Pipeline([sync((x) => (x.body = 'a')), sync((x) => (x.body = `${String(x.body)}b`))]).process(
      e,
      (s) => seen.push(s),
    );
    expect(returned).toBe(true);
    expect(seen).toEqual([true]);
    expect(e.body).toBe('ab');
  });

  it('continues after an asynchronous step and reports completion once, asynchronously', () => {
    const pending: (() => void)[] = [];
    const e = new DefaultExchange();
    const seen: boolean[] = [];
    const p = new Pipeline([
      sync((x) => (x.body = '1')),
      later(
        (x) => (x.body = `${String(x.body)}2`),
        (run) => pending.push(run),
      ),
      sync((x) => (x.body = `${String(x.body)}3`)),
    ]);
    expect(p.process(e, (s) => seen.push(s))).toBe(false);
    expect(e.body).toBe('1');
    pending.shift()?.();
    expect(e.body).toBe('123');
    expect(seen).toEqual([false]);
  });

  it('stops at a failure or a stopped exchange, and turns a throw into the exception', () => {
    const e = new DefaultExchange();
    const after: string[] = [];
    new Pipeline([
      sync(() => {
        throw new Error('boom');
      }),
      sync(() => after.push('ran')),
    ]).process(e, () => undefined);
    expect(e.exception?.message).toBe('boom');
    expect(after).toEqual([]);
    const s = new DefaultExchange();
    new Pipeline([sync((x) => (x.stopped = true)), sync(() => after.push('ran'))]).process(s, () => undefined);
    expect(after).toEqual([]);
  });

  it('uses the step itself when there is only one', () => {
    const step = sync(() => undefined);
    expect(pipelineOf([step])).toBe(step);
  });
});
