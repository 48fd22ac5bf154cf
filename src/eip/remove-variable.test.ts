/** `removeVariable` as a Camel user sees it: the variable is gone; `*` removes them all. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits, type RouteKit } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

const VARS = `
- setVariables:
    variables:
      - name: a
        constant: "1"
      - name: b
        constant: "2"
`.trim();

const variablesLeft = (k: RouteKit): string[] => [...(k.mock('out').received[0]?.variables.keys() ?? [])];

describe('removeVariable', () => {
  it('removes the variable; later steps no longer see it, the others stay', async () => {
    const kit = await routeKit(
      route(`${VARS}\n- removeVariable: a\n- log: "a=[\${variable.a}] b=\${variable.b}"\n- to: mock:out`),
    );
    await kit.send('direct:in', 'x');
    expect(kit.logs).toEqual(['INFO kit.camel.yaml:13 : a=[] b=2']);
    expect(variablesLeft(kit)).toEqual(['b']);
  });

  it('takes the map form; names are case-sensitive; a missing variable is no error', async () => {
    const kit = await routeKit(
      route(`${VARS}\n- removeVariable:\n    name: B\n- removeVariable: missing\n- to: mock:out`),
    );
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception).toBeUndefined();
    expect(variablesLeft(kit)).toEqual(['a', 'b']);
  });

  it('removes every variable with *', async () => {
    const kit = await routeKit(route(`${VARS}\n- removeVariable: "*"\n- to: mock:out`));
    await kit.send('direct:in', 'x');
    expect(variablesLeft(kit)).toEqual([]);
  });

  it('computes a name that holds a Simple function per exchange', async () => {
    const kit = await routeKit(route(`${VARS}\n- removeVariable: "\${header.which}"\n- to: mock:out`));
    await kit.send('direct:in', 'x', { which: 'b' });
    await kit.send('direct:in', 'y', { which: 'a' });
    expect(kit.mock('out').received.map((e) => [...e.variables.keys()])).toEqual([['a'], ['b']]);
  });

  it('refuses global: and route: variables', async () => {
    await expect(routeKit(route(`- removeVariable: route:x`))).rejects.toThrow(
      /route variables are not supported by Dromedary yet/,
    );
  });
});
