/**
 * `aggregate` as a Camel user sees it (checked against Camel 4.22): errors, strategies, what happens to open groups
 * when the route stops or is handed over, and diagnostics.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import type { Exchange } from '../api/exchange.js';
import { BeanRegistry } from '../compile/bean-registry.js';
import { aggregateRoute, BODIES, outcomes, PKG, sendAll, settle } from './aggregate-test-support.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

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
