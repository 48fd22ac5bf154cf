/** `setVariables` as a Camel user sees it: several variables set in order, each seeing those set before it. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

describe('setVariables', () => {
  it('sets every variable in order: a later expression sees the variables set before it', async () => {
    const kit = await routeKit(
      route(`
        - setVariables:
            variables:
              - name: first
                simple: "\${body}-1"
              - name: second
                simple: "\${variable.first}-2"
              - name: third
                constant: three
        - log: "\${variable.first} \${variable.second} \${variable.third}"
      `),
    );
    await kit.send('direct:in', 'x');
    expect(kit.logs).toEqual(['INFO kit.camel.yaml:14 : x-1 x-1-2 three']);
  });

  it('overwrites existing variables and removes those whose value is null', async () => {
    const kit = await routeKit(
      route(`
        - setVariable:
            name: gone
            constant: present
        - setVariables:
            variables:
              - name: gone
                simple: "\${header.missing}"
              - name: kept
                constant: k
        - to: mock:out
      `),
    );
    await kit.send('direct:in', 'x');
    expect([...(kit.mock('out').received[0]?.variables ?? [])]).toEqual([['kept', 'k']]);
  });

  it('stops at the first failing item: earlier variables stay, later ones are not set, the exchange fails', async () => {
    const kit = await routeKit(
      route(`
        - setVariables:
            variables:
              - name: a
                constant: "1"
              - name: b
                simple: "\${properties:missing}"
              - name: c
                constant: "3"
        - to: mock:after
      `),
    );
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception?.message).toMatch(/missing/);
    expect([...exchange.variables.keys()]).toEqual(['a']);
    expect(kit.mock('after').count).toBe(0);
  });

  it('needs at least one variable, and refuses global: variables', async () => {
    await expect(routeKit(route(`- setVariables:\n    variables: []`))).rejects.toThrow(
      /setVariables needs at least one item in variables/,
    );
    await expect(
      routeKit(route(`- setVariables:\n    variables:\n      - name: global:x\n        constant: x`)),
    ).rejects.toThrow(/global variables are not supported/);
  });
});
