/**
 * `aggregate` as a Camel user sees it (checked against Camel 4.22, see test/golden/aggregate-*): groups by correlation
 * key, the completion conditions and the properties they set, and the incoming exchanges going on unchanged.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import type { Exchange } from '../api/exchange.js';
import { BeanRegistry } from '../compile/bean-registry.js';
import { aggregateRoute, BODIES, outcomes, PKG, sendAll, settle } from './aggregate-test-support.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

describe('aggregate by size', () => {
  it('sends each group of completionSize through its steps; the incoming exchanges go on unchanged', async () => {
    const kit = await routeKit(
      aggregateRoute(
        `aggregationStrategy: "${BODIES}"
        completionSize: 3`,
        '- to: mock:after',
      ),
    );
    const sent = await sendAll(kit, [
      ['a1', 'a'],
      ['b1', 'b'],
      ['a2', 'a'],
      ['a3', 'a'],
      ['b2', 'b'],
      ['b3', 'b'],
      ['a4', 'a'],
    ]);
    await kit.mock('out').receivedCount(2);
    expect(outcomes(kit)).toEqual([
      { body: ['a1', 'a2', 'a3'], by: 'size', size: 3, key: 'a' },
      { body: ['b1', 'b2', 'b3'], by: 'size', size: 3, key: 'b' },
    ]);
    expect(kit.mock('after').bodies()).toEqual(['a1', 'b1', 'a2', 'a3', 'b2', 'b3', 'a4']);
    expect(sent.every((e) => e.exception === undefined && !e.properties.has('CamelAggregatedSize'))).toBe(true);
    const [first] = kit.mock('out').received;
    // The group's exchange is the copy of its first message, which names that message's exchange.
    expect(first?.properties.get('CamelCorrelationId')).toBe(sent[0]?.exchangeId);
    expect(first?.headers.get('k')).toBe('a');
  });

  it("prints Camel's grouped list as List<Exchange>(n elements), typed as Camel's class", async () => {
    const kit = await routeKit(
      route(`
        - aggregate:
            correlationExpression:
              constant: all
            aggregationStrategy: "${BODIES}"
            completionSize: 2
            steps:
              - log: "\${body} size=\${body.size()} first=\${body[0]} type=\${bodyType}"
      `),
    );
    await sendAll(kit, [
      ['x', undefined],
      ['y', undefined],
    ]);
    await settle();
    expect(kit.logs).toEqual([
      `INFO kit.camel.yaml:12 : List<Exchange>(2 elements) size=2 first=x type=${PKG}.AbstractListAggregationStrategy.GroupedExchangeList`,
    ]);
  });

  it('takes the size from completionSizeExpression when it gives a positive number', async () => {
    const kit = await routeKit(
      aggregateRoute(`aggregationStrategy: "${BODIES}"
        completionSize: 5
        completionSizeExpression:
          header: n`),
    );
    for (const [body, n] of [
      ['a', 2],
      ['b', 2],
      ['c', 0],
      ['d', 0],
      ['e', 0],
    ] as const)
      await kit.send('direct:in', body, { k: 'x', n });
    await settle();
    // 'c' has no positive size expression: the fixed completionSize (5) applies and is not reached.
    expect(outcomes(kit).map((o) => o.body)).toEqual([['a', 'b']]);
  });
});

describe('aggregate by predicate', () => {
  it('tests the aggregated exchange by default, and the incoming one with its size and key with eagerCheckCompletion', async () => {
    const strategy = `#class:${PKG}.StringAggregationStrategy`;
    const lazy = await routeKit(
      aggregateRoute(`aggregationStrategy: "${strategy}"
        completionPredicate:
          simple: "\${exchangeProperty.CamelGroupedExchange} == 'abc'"`),
    );
    await sendAll(lazy, [
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'x'],
      ['d', 'x'],
    ]);
    await settle();
    expect(outcomes(lazy)).toEqual([{ body: 'abc', by: 'predicate', size: 3, key: 'x' }]);

    const eager = await routeKit(
      aggregateRoute(`aggregationStrategy: "${strategy}"
        eagerCheckCompletion: true
        completionPredicate:
          simple: "\${body} == 'stop' && \${exchangeProperty.CamelAggregatedSize} == 3 && \${exchangeProperty.CamelAggregatedCorrelationKey} == 'x'"`),
    );
    await sendAll(eager, [
      ['stop', 'x'],
      ['b', 'x'],
      ['stop', 'x'],
    ]);
    await settle();
    expect(outcomes(eager)).toEqual([{ body: 'stopbstop', by: 'predicate', size: 3, key: 'x' }]);
  });
});

describe('aggregate with timers (fake time)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(async () => {
    await stopRouteKits();
    vi.useRealTimers();
  });

  it('completes a group after completionTimeout of inactivity, on the next check (every second by default)', async () => {
    const kit = await routeKit(
      aggregateRoute(`aggregationStrategy: "${BODIES}"
        completionTimeout: 1500`),
    );
    await sendAll(kit, [['a', 'x']]);
    await vi.advanceTimersByTimeAsync(1000);
    await sendAll(kit, [['b', 'x']]); // renews the deadline: 1000 + 1500
    await vi.advanceTimersByTimeAsync(1500); // check at 2000: not yet
    expect(kit.mock('out').received).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(500); // check at 3000: 2500 < 3000
    expect(outcomes(kit)).toEqual([{ body: ['a', 'b'], by: 'timeout', size: 2, key: 'x' }]);
    expect(kit.mock('out').received[0]?.properties.get('CamelAggregatedTimeout')).toBe(1500);
  });

  it('takes the timeout from completionTimeoutExpression, checked every completionTimeoutCheckerInterval', async () => {
    const kit = await routeKit(
      aggregateRoute(`aggregationStrategy: "${BODIES}"
        completionTimeoutCheckerInterval: 100
        completionTimeoutExpression:
          header: wait`),
    );
    await kit.send('direct:in', 'a', { k: 'x', wait: 250 });
    await kit.send('direct:in', 'b', { k: 'y', wait: 50 });
    await vi.advanceTimersByTimeAsync(100);
    expect(outcomes(kit).map((o) => o.key)).toEqual(['y']);
    await vi.advanceTimersByTimeAsync(200);
    expect(outcomes(kit).map((o) => [o.key, o.by])).toEqual([
      ['y', 'timeout'],
      ['x', 'timeout'],
    ]);
  });

  it('drops timed-out groups with discardOnCompletionTimeout', async () => {
    const kit = await routeKit(
      aggregateRoute(`aggregationStrategy: "${BODIES}"
        completionTimeout: 100
        discardOnCompletionTimeout: true`),
    );
    await sendAll(kit, [['a', 'x']]);
    await vi.advanceTimersByTimeAsync(3000);
    expect(kit.mock('out').received).toHaveLength(0);
  });

  it('completes every open group each completionInterval', async () => {
    const kit = await routeKit(
      aggregateRoute(`aggregationStrategy: "${BODIES}"
        completionInterval: 1000`),
    );
    await sendAll(kit, [
      ['a', 'x'],
      ['b', 'y'],
    ]);
    await vi.advanceTimersByTimeAsync(1000);
    await sendAll(kit, [['c', 'x']]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(outcomes(kit)).toEqual([
      { body: ['a'], by: 'interval', size: 1, key: 'x' },
      { body: ['b'], by: 'interval', size: 1, key: 'y' },
      { body: ['c'], by: 'interval', size: 1, key: 'x' },
    ]);
  });

  it('with completeAllOnStop, lets pending timeouts complete their groups before the route stops', async () => {
    const kit = await routeKit(
      aggregateRoute(`aggregationStrategy: "${BODIES}"
        completionTimeout: 5000
        completeAllOnStop: true`),
    );
    await sendAll(kit, [['a', 'x']]);
    const stopped = kit.stop();
    await vi.advanceTimersByTimeAsync(6000);
    await stopped;
    expect(outcomes(kit)).toEqual([{ body: ['a'], by: 'timeout', size: 1, key: 'x' }]);
  });
});

describe('aggregate signals', () => {
  it('completes all groups on CamelAggregationCompleteAllGroups (the signal is not aggregated) and …Inclusive', async () => {
    const kit = await routeKit(
      aggregateRoute(
        `aggregationStrategy: "${BODIES}"
        completionSize: 10`,
        '- to: mock:after',
      ),
    );
    await sendAll(kit, [
      ['a', 'x'],
      ['b', 'y'],
    ]);
    await kit.send('direct:in', 'signal', { CamelAggregationCompleteAllGroups: true });
    await settle();
    expect(outcomes(kit).map((o) => [o.body, o.by])).toEqual([
      [['a'], 'force'],
      [['b'], 'force'],
    ]);
    await kit.send('direct:in', 'c', { k: 'x', CamelAggregationCompleteAllGroupsInclusive: 'true' });
    await settle();
    expect(outcomes(kit).map((o) => o.body)).toEqual([['a'], ['b'], ['c']]);
    expect(kit.mock('after').bodies()).toEqual(['a', 'b', 'signal', 'c']);
    expect(kit.mock('after').received.every((e) => !e.headers.has('CamelAggregationCompleteAllGroups'))).toBe(true);
  });

  it('completes the other groups when a new key opens a group, with completionOnNewCorrelationGroup', async () => {
    const kit = await routeKit(
      aggregateRoute(`aggregationStrategy: "${BODIES}"
        completionSize: 10
        completionOnNewCorrelationGroup: true`),
    );
    await sendAll(kit, [
      ['a1', 'a'],
      ['a2', 'a'],
      ['b1', 'b'],
    ]);
    await settle();
    expect(outcomes(kit)).toEqual([{ body: ['a1', 'a2'], by: 'force', size: 2, key: 'a' }]);
  });

  it('completes the current group when the strategy sets CamelAggregationCompleteCurrentGroup', async () => {
    const beans = new BeanRegistry();
    beans.add({
      name: 'untilDot',
      fingerprint: '1',
      value: {
        aggregate(oldExchange: Exchange | null, newExchange: Exchange): Exchange {
          const into = oldExchange ?? newExchange;
          if (oldExchange !== null) into.body = `${String(oldExchange.body)}${String(newExchange.body)}`;
          if (String(newExchange.body).endsWith('.')) into.properties.set('CamelAggregationCompleteCurrentGroup', true);
          return into;
        },
      },
    });
    const kit = await routeKit(
      aggregateRoute(`aggregationStrategy: untilDot\n        completionSize: 10`),
      {},
      { beans },
    );
    await sendAll(kit, [
      ['Hello ', 'x'],
      ['world.', 'x'],
      ['Again', 'x'],
    ]);
    await settle();
    expect(outcomes(kit)).toEqual([{ body: 'Hello world.', by: 'strategy', size: 2, key: 'x' }]);
  });
});
