/**
 * `aggregate` as a Camel user sees it (checked against Camel 4.22, see test/golden/aggregate-*): groups by correlation
 * key, the completion conditions and the properties they set, the incoming exchanges going on unchanged, errors, and
 * what happens to open groups when the route stops or is handed over.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { routeKit, stopRouteKits, type RouteKit } from '../../test/kit/route-kit.js';
import type { Exchange } from '../api/exchange.js';
import { BeanRegistry } from '../compile/bean-registry.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

const PKG = 'org.apache.camel.processor.aggregate';
const BODIES = `#class:${PKG}.GroupedBodyAggregationStrategy`;

/**
 * A route whose aggregate groups by header `k`, with `options` (YAML: the first line as is, later lines written with
 * 8 spaces before the option level) and mock:out as its steps; `after` is a step after the aggregate.
 */
function aggregateRoute(options: string, after = ''): string {
  const lines = options.split('\n').map((l, i) => `    ${i === 0 ? l : l.replace(/^ {8}/, '')}`);
  return route(
    [
      '- aggregate:',
      '    correlationExpression:',
      '      header: k',
      ...lines,
      '    steps:',
      '      - to: mock:out',
      after,
    ].join('\n'),
  );
}

/** One exchange the mock received: its body and the aggregate's properties. */
interface Outcome {
  readonly body: unknown;
  readonly by: unknown;
  readonly size: unknown;
  readonly key: unknown;
}

/** What the mock received, one outcome per exchange. */
function outcomes(kit: RouteKit): Outcome[] {
  return kit.mock('out').received.map((e) => ({
    body: Array.isArray(e.body) ? [...(e.body as unknown[])] : e.body,
    by: e.properties.get('CamelAggregatedCompletedBy'),
    size: e.properties.get('CamelAggregatedSize'),
    key: e.properties.get('CamelAggregatedCorrelationKey'),
  }));
}

async function sendAll(
  kit: RouteKit,
  messages: readonly (readonly [unknown, string | undefined])[],
): Promise<Exchange[]> {
  const sent: Exchange[] = [];
  for (const [body, k] of messages) sent.push(await kit.send('direct:in', body, k === undefined ? {} : { k }));
  return sent;
}

/** Lets the completed groups (sent on a later turn of the event loop) go through the steps. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

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

describe('aggregate errors', () => {
  it('fails an exchange with no correlation key (CamelExchangeException), unless ignoreInvalidCorrelationKeys', async () => {
    const kit = await routeKit(
      aggregateRoute(`aggregationStrategy: "${BODIES}"\n        completionSize: 2`, '- to: mock:after'),
    );
    const [failed] = await sendAll(kit, [['a', undefined]]);
    expect(failed?.exception?.name).toBe('CamelExchangeException');
    expect(failed?.exception?.message).toBe('Invalid correlation key');
    // Camel labels the step by its correlation expression's text (test/golden/aggregate-size's history table).
    expect(failed?.node?.label).toBe('aggregate[k]');
    expect(kit.mock('after').received).toHaveLength(0);
    const ignoring = await routeKit(
      aggregateRoute(
        `aggregationStrategy: "${BODIES}"\n        completionSize: 2\n        ignoreInvalidCorrelationKeys: true`,
        '- to: mock:after',
      ).replace('direct:in', 'direct:in2'),
    );
    const [ignored] = await sendAll({ ...ignoring, send: (u, b, h) => ignoring.send('direct:in2', b, h) }, [['a', '']]);
    expect(ignored?.exception).toBeUndefined();
    expect(ignoring.mock('after').bodies()).toEqual(['a']);
  });

  it('fails exchanges for a key closed by closeCorrelationKeyOnCompletion', async () => {
    const kit = await routeKit(
      aggregateRoute(`aggregationStrategy: "${BODIES}"
        completionSize: 2
        closeCorrelationKeyOnCompletion: 0`),
    );
    const sent = await sendAll(kit, [
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'x'],
      ['d', 'y'],
    ]);
    expect(sent.map((e) => e.exception?.message)).toEqual([
      undefined,
      undefined,
      'The correlation key [x] has been closed',
      undefined,
    ]);
    expect(sent[2]?.exception?.name).toBe('ClosedCorrelationKeyException');
  });

  it('fails the exchange when the strategy answers null (UseOriginalAggregationStrategy does, as in Camel)', async () => {
    const kit = await routeKit(
      aggregateRoute(`aggregationStrategy: "#class:${PKG}.UseOriginalAggregationStrategy"\n        completionSize: 2`),
    );
    const [first] = await sendAll(kit, [['a', 'x']]);
    expect(first?.exception?.message).toBe(
      'AggregationStrategy UseOriginalAggregationStrategy returned null which is not allowed',
    );
  });

  it('fails the exchange when the strategy throws, or drops the group with discardOnAggregationFailure', async () => {
    const beans = new BeanRegistry();
    beans.add({
      name: 'picky',
      fingerprint: '1',
      value: (oldExchange: Exchange | null, newExchange: Exchange): Exchange => {
        if (newExchange.body === 'bad') throw new Error('cannot take bad');
        return oldExchange ?? newExchange;
      },
    });
    const failing = await routeKit(
      aggregateRoute(`aggregationStrategy: picky\n        completionSize: 2`),
      {},
      { beans },
    );
    const [, bad] = await sendAll(failing, [
      ['a', 'x'],
      ['bad', 'x'],
    ]);
    expect(bad?.exception?.message).toBe('Error occurred during aggregation');
    expect((bad?.exception?.cause as Error).message).toBe('cannot take bad');
    await stopRouteKits();

    const discarding = await routeKit(
      aggregateRoute(
        `aggregationStrategy: picky\n        completionSize: 2\n        discardOnAggregationFailure: true`,
      ),
      {},
      { beans },
    );
    const sent = await sendAll(discarding, [
      ['a', 'x'],
      ['bad', 'x'],
      ['b', 'x'],
      ['c', 'x'],
    ]);
    await settle();
    expect(sent.every((e) => e.exception === undefined)).toBe(true);
    expect(discarding.mock('out').bodies()).toEqual(['b']);
  });

  it("logs a completed group's failure as the route logs a failed exchange", async () => {
    const kit = await routeKit(
      route(`
        - aggregate:
            correlationExpression:
              header: k
            aggregationStrategy: "${BODIES}"
            completionSize: 1
            steps:
              - setBody:
                  simple: "\${body[5]}"
      `),
    );
    await sendAll(kit, [['a', 'x']]);
    await settle();
    const [line] = kit.logs.filter((l) => l.startsWith('ERROR dromedary.error-handler'));
    expect(line).toMatch(/^ERROR dromedary.error-handler : Failed delivery for \(MessageId: /);
    expect(line).toContain('setBody[simple{${body[5]}}]');
  });
});

describe('aggregate strategies', () => {
  it('GroupedExchange and GroupedMessage collect exchanges and messages in a new exchange; UseLatest keeps the last', async () => {
    const kit = await routeKit(
      route(`
        - aggregate:
            correlationExpression:
              constant: all
            aggregationStrategy: "#class:${PKG}.GroupedExchangeAggregationStrategy"
            completionSize: 2
            steps:
              - to: mock:exchanges
        - aggregate:
            correlationExpression:
              constant: all
            aggregationStrategy: "#class:${PKG}.GroupedMessageAggregationStrategy"
            completionSize: 2
            steps:
              - to: mock:messages
        - aggregate:
            correlationExpression:
              constant: all
            aggregationStrategy: "#class:${PKG}.UseLatestAggregationStrategy"
            completionSize: 2
            steps:
              - to: mock:latest
      `),
    );
    const sent = await sendAll(kit, [
      ['a', undefined],
      ['b', undefined],
    ]);
    await settle();
    const [grouped] = kit.mock('exchanges').received;
    const exchanges = grouped?.body as Exchange[];
    expect(exchanges.map((e) => e.body)).toEqual(['a', 'b']);
    expect(exchanges.map((e) => e.properties.get('CamelCorrelationId'))).toEqual(sent.map((e) => e.exchangeId));
    expect(String(grouped?.body)).toBe('List<Exchange>(2 elements)');
    expect(grouped?.headers.size).toBe(0);
    const messages = kit.mock('messages').received[0]?.body as { body: unknown }[];
    expect(messages.map((m) => m.body)).toEqual(['a', 'b']);
    expect(kit.mock('latest').bodies()).toEqual(['b']);
  });

  it('StringAggregationStrategy joins with the delimiter its bean properties set', async () => {
    const { builtinBeanTypes } = await import('../compile/builtin-bean-types.js');
    const beans = new BeanRegistry();
    beans.add({
      name: 'dashes',
      fingerprint: '1',
      value: builtinBeanTypes.get(`${PKG}.StringAggregationStrategy`)?.create({ delimiter: '-' }),
    });
    const kit = await routeKit(aggregateRoute(`aggregationStrategy: dashes\n        completionSize: 3`), {}, { beans });
    await sendAll(kit, [
      ['a', 'x'],
      [null, 'x'],
      [1, 'x'],
    ]);
    await settle();
    expect(kit.mock('out').bodies()).toEqual(['a-1']);
    expect(() => builtinBeanTypes.get(`${PKG}.StringAggregationStrategy`)?.create({ separator: '-' })).toThrow(
      /no property 'separator'/,
    );
  });

  it('adapts a POJO bean: aggregationStrategyMethodName merges bodies, …AllowNull calls it for the first too', async () => {
    const beans = new BeanRegistry();
    beans.add({
      name: 'joiner',
      fingerprint: '1',
      value: { join: (a: unknown, b: unknown) => `${String(a)}+${String(b)}`, other: () => 1 },
    });
    const plain = await routeKit(
      aggregateRoute(`aggregationStrategy: joiner
        aggregationStrategyMethodName: join
        completionSize: 3`),
      {},
      { beans },
    );
    await sendAll(plain, [
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'x'],
    ]);
    await settle();
    expect(plain.mock('out').bodies()).toEqual(['a+b+c']);
    await stopRouteKits();
    const allowNull = await routeKit(
      aggregateRoute(`aggregationStrategy: "#bean:joiner"
        aggregationStrategyMethodName: join
        aggregationStrategyMethodAllowNull: true
        completionSize: 2`),
      {},
      { beans },
    );
    await sendAll(allowNull, [
      ['a', 'x'],
      ['b', 'x'],
    ]);
    await settle();
    expect(allowNull.mock('out').bodies()).toEqual(['null+a+b']);
  });
});

describe('aggregate on stop and hand-over', () => {
  it('keeps open groups on stop by default, and completes them (force) with forceCompletionOnStop', async () => {
    const kit = await routeKit(aggregateRoute(`aggregationStrategy: "${BODIES}"\n        completionSize: 10`));
    await sendAll(kit, [['a', 'x']]);
    await kit.stop();
    expect(kit.mock('out').received).toHaveLength(0);

    const forcing = await routeKit(
      aggregateRoute(
        `aggregationStrategy: "${BODIES}"\n        completionSize: 10\n        forceCompletionOnStop: true`,
      ),
    );
    await sendAll(forcing, [
      ['a', 'x'],
      ['b', 'y'],
    ]);
    await forcing.stop();
    expect(outcomes(forcing).map((o) => [o.body, o.by])).toEqual([
      [['a'], 'force'],
      [['b'], 'force'],
    ]);
  });

  it('with completeAllOnStop and no timer that could complete a group, completes it by force', async () => {
    const kit = await routeKit(
      aggregateRoute(`aggregationStrategy: "${BODIES}"\n        completionSize: 10\n        completeAllOnStop: true`),
    );
    await sendAll(kit, [['a', 'x']]);
    await kit.stop();
    expect(outcomes(kit)).toEqual([{ body: ['a'], by: 'force', size: 1, key: 'x' }]);
  });

  it('completes every open group when the route is handed over, and answers how many', async () => {
    const kit = await routeKit(aggregateRoute(`aggregationStrategy: "${BODIES}"\n        completionSize: 10`));
    await sendAll(kit, [
      ['a', 'x'],
      ['b', 'y'],
      ['c', 'x'],
    ]);
    const result = await kit.plan.runtime.route('r')?.handOver(1000);
    expect(result).toEqual({ drained: true, forceCompleted: 2 });
    expect(outcomes(kit)).toEqual([
      { body: ['a', 'c'], by: 'force', size: 2, key: 'x' },
      { body: ['b'], by: 'force', size: 1, key: 'y' },
    ]);
  });
});

describe('aggregate diagnostics', () => {
  const fails = (yaml: string, beans?: BeanRegistry): Promise<unknown> =>
    routeKit(yaml, {}, beans === undefined ? {} : { beans });

  it('needs a completion condition, and not both completionTimeout and completionInterval', async () => {
    await expect(fails(aggregateRoute(`aggregationStrategy: "${BODIES}"`))).rejects.toThrow(
      /DSL_MISSING_REQUIRED At least one of the completions options/,
    );
    await expect(
      fails(
        aggregateRoute(
          `aggregationStrategy: "${BODIES}"\n        completionTimeout: 1s\n        completionInterval: 2s`,
        ),
      ),
    ).rejects.toThrow(/DSL_CONFLICTING_KEYS Only one of completionInterval or completionTimeout/);
    await expect(
      fails(aggregateRoute(`aggregationStrategy: "${BODIES}"\n        completionTimeout: soon`)),
    ).rejects.toThrow(/DSL_INVALID_VALUE completionTimeout must be a duration/);
  });

  it('refuses options Dromedary does not apply', async () => {
    await expect(
      fails(
        aggregateRoute(`aggregationStrategy: "${BODIES}"\n        completionSize: 2\n        parallelProcessing: true`),
      ),
    ).rejects.toThrow(/COMPILE_UNSUPPORTED_STEP the aggregate option 'parallelProcessing' is not supported/);
    await expect(
      fails(
        aggregateRoute(
          `aggregationStrategy: "${BODIES}"\n        completionSize: 2\n        aggregationRepository: repo`,
        ),
      ),
    ).rejects.toThrow(/the aggregate option 'aggregationRepository'/);
  });

  it('reports strategies it cannot find or use', async () => {
    await expect(fails(aggregateRoute(`aggregationStrategy: nope\n        completionSize: 2`))).rejects.toThrow(
      /COMPILE_UNKNOWN_BEAN no bean named 'nope'/,
    );
    await expect(
      fails(aggregateRoute(`aggregationStrategy: "#class:com.acme.Nope"\n        completionSize: 2`)),
    ).rejects.toThrow(/COMPILE_UNKNOWN_BEAN com.acme.Nope is not a bean type/);
    const beans = new BeanRegistry();
    beans.add({ name: 'two', fingerprint: '1', value: { a: () => 1, b: () => 2 } });
    await expect(fails(aggregateRoute(`aggregationStrategy: two\n        completionSize: 2`), beans)).rejects.toThrow(
      /BEAN_INVALID the bean two has 2 methods and no aggregate method/,
    );
  });
});
