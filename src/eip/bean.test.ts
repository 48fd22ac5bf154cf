/** `bean` as a user of bean modules sees it: the method's result becomes the body, errors fail the exchange. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { BeanRegistry } from '../compile/bean-registry.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

class Greeter {
  greeting = 'Hello';
  calls = 0;
  hello(body: unknown): string {
    this.calls += 1;
    return `${this.greeting} ${String(body)}`;
  }
  async later(body: unknown, exchange: { headers: { get(n: string): unknown } }): Promise<string> {
    await Promise.resolve();
    return `${String(body)} from ${String(exchange.headers.get('who'))}`;
  }
  nothing(): void {
    this.calls += 1;
  }
  fail(): never {
    throw new Error('no greeting today');
  }
}

function beans(): BeanRegistry {
  const registry = new BeanRegistry();
  registry.add({ name: 'greeter', value: new Greeter(), fingerprint: 'g' });
  registry.add({ name: 'upper', value: (body: unknown) => String(body).toUpperCase(), fingerprint: 'u' });
  registry.add({ name: 'single', value: { only: (body: unknown) => `[${String(body)}]` }, fingerprint: 's' });
  return registry;
}

describe('bean', () => {
  it('calls the named method with the body; its result becomes the body, a void method leaves it', async () => {
    const registry = beans();
    const kit = await routeKit(
      route(`
        - bean:
            ref: greeter
            method: hello
        - to: mock:out
        - bean:
            ref: greeter
            method: nothing
        - to: mock:out
      `),
      {},
      { beans: registry },
    );
    kit.mock('out').expectedBodiesReceived('Hello World', 'Hello World');
    await kit.send('direct:in', 'World');
    kit.mock('out').assertIsSatisfied();
    expect((registry.get('greeter')?.value as Greeter).calls).toBe(2);
  });

  it('awaits a method that returns a promise and passes the exchange second', async () => {
    const kit = await routeKit(route(`- bean: {ref: greeter, method: later}\n- to: mock:out`), {}, { beans: beans() });
    const exchange = await kit.send('direct:in', 'Hi', { who: 'Ann' });
    expect(exchange.body).toBe('Hi from Ann');
    expect(kit.mock('out').received).toHaveLength(1);
  });

  it('calls a function bean itself, and the only method of an object without method:', async () => {
    const kit = await routeKit(route(`- bean: upper\n- bean: {ref: single}\n- to: mock:out`), {}, { beans: beans() });
    expect((await kit.send('direct:in', 'abc')).body).toBe('[ABC]');
  });

  it('fails the exchange with what the method throws; later steps do not run', async () => {
    const kit = await routeKit(route(`- bean: {ref: greeter, method: fail}\n- to: mock:out`), {}, { beans: beans() });
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception?.message).toBe('no greeting today');
    expect(kit.mock('out').received).toHaveLength(0);
  });

  it('reports an unknown bean, an unknown method, a method to choose and parameter binding at their lines', async () => {
    await expect(routeKit(route(`- bean: {ref: nobody}`), {}, { beans: beans() })).rejects.toThrow(
      /^6:23 COMPILE_UNKNOWN_BEAN no bean named 'nobody'/,
    );
    await expect(routeKit(route(`- bean: {ref: greeter, method: bye}`), {}, { beans: beans() })).rejects.toThrow(
      /BEAN_INVALID bean 'greeter' has no method 'bye'/,
    );
    await expect(routeKit(route(`- bean: {ref: greeter}`), {}, { beans: beans() })).rejects.toThrow(
      /BEAN_INVALID bean 'greeter' has several methods: name one with method:/,
    );
    await expect(
      routeKit(route(`- bean: {ref: greeter, method: "hello(\${body})"}`), {}, { beans: beans() }),
    ).rejects.toThrow(/COMPILE_UNSUPPORTED_STEP parameter binding/);
  });
});
