/** `setVariable` as a Camel user sees it: exchange variables, case-sensitive, removed by a null value. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

describe('setVariable', () => {
  it('sets the variable; templates and endpoints see it, the message is unchanged', async () => {
    const kit = await routeKit(
      route(`
        - setVariable:
            name: v
            simple: "\${header.greeting} \${body}"
        - log: "var=\${variable.v} [\${variable.V}]"
        - to: mock:out
      `),
    );
    await kit.send('direct:in', 'b', { greeting: 'hello' });
    expect(kit.logs).toEqual(['INFO kit.camel.yaml:9 : var=hello b []']);
    const got = kit.mock('out').received[0];
    expect(got?.variables.get('v')).toBe('hello b');
    expect(got?.body).toBe('b');
    expect([...(got?.headers.keys() ?? [])]).toEqual(['greeting']);
  });

  it('overwrites a variable, and removes it when the expression is null', async () => {
    const kit = await routeKit(
      route(`
        - setVariable:
            name: v
            constant: first
        - setVariable:
            name: v
            constant: second
        - to: mock:overwritten
        - setVariable:
            name: v
            simple: "\${header.missing}"
        - to: mock:out
      `),
    );
    await kit.send('direct:in', 'x');
    expect(kit.mock('overwritten').received[0]?.variables.get('v')).toBe('second');
    expect(kit.mock('out').received[0]?.variables.has('v')).toBe(false);
  });

  it('computes a name that holds a Simple function per exchange', async () => {
    const kit = await routeKit(route(`- setVariable:\n    name: "v-\${body}"\n    constant: set\n- to: mock:out`));
    await kit.send('direct:in', 'a');
    expect([...(kit.mock('out').received[0]?.variables.keys() ?? [])]).toEqual(['v-a']);
  });

  it('refuses global: and route: variables, at compile time or when a computed name gives one', async () => {
    await expect(routeKit(route(`- setVariable:\n    name: global:g\n    constant: x`))).rejects.toThrow(
      /COMPILE_UNSUPPORTED_STEP global variables are not supported by Dromedary yet/,
    );
    const kit = await routeKit(
      route(`- setVariable:\n    name: "\${header.scope}:v"\n    constant: x\n- to: mock:after`),
    );
    const exchange = await kit.send('direct:in', 'x', { scope: 'route' });
    expect(exchange.exception?.message).toBe('route variables are not supported by Dromedary yet');
    expect(kit.mock('after').count).toBe(0);
  });

  it('fails the exchange when the expression fails: the variable stays as it was, later steps do not run', async () => {
    const kit = await routeKit(
      route(`
        - setVariable:
            name: v
            constant: before
        - setVariable:
            name: v
            simple: "\${properties:missing}"
        - to: mock:after
      `),
    );
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception?.message).toMatch(/missing/);
    expect(exchange.variables.get('v')).toBe('before');
    expect(kit.mock('after').count).toBe(0);
  });
});
