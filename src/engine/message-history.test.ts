import { describe, expect, it } from 'vitest';

import type { StepNode } from '../api/exchange.js';
import type { AsyncCallback, Processor } from '../api/processor.js';
import { DefaultExchange } from './exchange.js';
import { formatMessageHistory, historyStep, startHistory } from './message-history.js';

const node = (id: string, label = id): StepNode => ({ source: 'r.camel.yaml:3', id: `r/${id}`, label });
const from = node('r', 'from[timer://t]');
const sync: Processor = { process: (_e, done) => (done(true), true) };

describe('message history', () => {
  it('names the running step on the exchange, and records nothing while history is off', () => {
    const exchange = new DefaultExchange({ routeId: 'r', created: 0 });
    historyStep(sync, node('setBody1'), () => 5).process(exchange, () => undefined);
    expect(exchange.node?.id).toBe('r/setBody1');
    expect(exchange.history).toBeUndefined();
  });

  it('records each step with the time it took, also when it completes later', () => {
    let now = 100;
    const exchange = new DefaultExchange({ routeId: 'r', created: 90 });
    startHistory(exchange, from);
    let finish: AsyncCallback | undefined;
    const later: Processor = {
      process: (_e, done) => {
        finish = done;
        return false;
      },
    };
    historyStep(sync, node('setBody1'), () => now).process(exchange, () => undefined);
    historyStep(later, node('to1'), () => now).process(exchange, () => undefined);
    now = 130;
    finish?.(false);
    expect(exchange.history?.map((e) => [e.node.id, e.elapsed])).toEqual([
      ['r/r', -1],
      ['r/setBody1', 0],
      ['r/to1', 30],
    ]);
    expect(formatMessageHistory(exchange, from, 140).split('\n').slice(3)).toEqual([
      'r.camel.yaml:3                           r/r                            from[timer://t]                                              50',
      'r.camel.yaml:3                           r/setBody1                     setBody1                                                      0',
      'r.camel.yaml:3                           r/to1                          to1                                                          30',
    ]);
  });

  it('without history shows the from and the last step, and cuts long cells as Camel does', () => {
    const exchange = new DefaultExchange({ routeId: 'r', created: 0 });
    exchange.node = node('log1', `log[${'x'.repeat(60)}]`);
    const lines = formatMessageHistory(exchange, from, 7).split('\n');
    expect(lines[0]).toBe('Message History (complete message history is disabled)');
    expect(lines[3]).toMatch(/^r\.camel\.yaml:3 +r\/r +from\[timer:\/\/t\] +7$/);
    expect(lines[4]).toBe('\t...');
    expect(lines[5]).toBe(`${'r.camel.yaml:3'.padEnd(40)} ${'r/log1'.padEnd(30)} log[${'x'.repeat(46)}            0`);
  });
});
