/** `process` as a user of processor beans sees it: the exchange is changed in place, async processors are awaited. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import type { Exchange } from '../api/exchange.js';
import { BeanRegistry } from '../compile/bean-registry.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

function beans(): BeanRegistry {
  const registry = new BeanRegistry();
  registry.add({
    name: 'stamp',
    value: (exchange: Exchange) => {
      exchange.headers.set('stamped', true);
      exchange.body = `${String(exchange.body)}!`;
    },
    fingerprint: 'a',
  });
  registry.add({
    name: 'slow',
    value: {
      async process(exchange: Exchange): Promise<void> {
        await Promise.resolve();
        exchange.body = `slow ${String(exchange.body)}`;
      },
    },
    fingerprint: 'b',
  });
  registry.add({ name: 'broken', value: { process: () => Promise.reject(new Error('went wrong')) }, fingerprint: 'c' });
  registry.add({ name: 'plain', value: { name: 'not a processor' }, fingerprint: 'd' });
  return registry;
}

describe('process', () => {
  it('hands the exchange to a function or a process(exchange) object, awaiting promises', async () => {
    const kit = await routeKit(
      route(`- process: {ref: stamp}\n- process: {ref: slow}\n- to: mock:out`),
      {},
      {
        beans: beans(),
      },
    );
    const exchange = await kit.send('direct:in', 'hi');
    expect(exchange.body).toBe('slow hi!');
    expect(exchange.headers.get('stamped')).toBe(true);
    expect(kit.mock('out').received).toHaveLength(1);
  });

  it('fails the exchange when the processor rejects', async () => {
    const kit = await routeKit(route(`- process: {ref: broken}\n- to: mock:out`), {}, { beans: beans() });
    expect((await kit.send('direct:in', 'x')).exception?.message).toBe('went wrong');
    expect(kit.mock('out').received).toHaveLength(0);
  });

  it('refuses a bean that is not a processor', async () => {
    await expect(routeKit(route(`- process: {ref: plain}`), {}, { beans: beans() })).rejects.toThrow(
      /BEAN_INVALID bean 'plain' is not a processor/,
    );
  });
});
