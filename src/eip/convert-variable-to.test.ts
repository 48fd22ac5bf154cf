/** `convertVariableTo` as a Camel user sees it: the variable's new type, and a missing variable failing. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

const SET_V = `- setVariable:\n    name: v\n    simple: "\${body}"`;

describe('convertVariableTo', () => {
  it('converts the variable in place', async () => {
    const kit = await routeKit(
      route(`${SET_V}\n- convertVariableTo:\n    name: v\n    type: java.lang.String\n- to: mock:out`),
    );
    await kit.send('direct:in', 5);
    expect([...(kit.mock('out').received[0]?.variables ?? [])]).toEqual([['v', '5']]);
  });

  it('stores the result under toName and leaves the original as it was', async () => {
    const kit = await routeKit(
      route(`${SET_V}\n- convertVariableTo:\n    name: v\n    toName: flag\n    type: Boolean\n- to: mock:out`),
    );
    await kit.send('direct:in', 'TRUE');
    expect([...(kit.mock('out').received[0]?.variables ?? [])]).toEqual([
      ['v', 'TRUE'],
      ['flag', true],
    ]);
  });

  it('fails the exchange when the variable is missing and mandatory (Camel: NoSuchVariableException)', async () => {
    const kit = await routeKit(route(`- convertVariableTo:\n    name: nope\n    type: Integer\n- to: mock:after`));
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception?.message).toBe('No variable available with name: nope');
    expect(kit.mock('after').count).toBe(0);
  });

  it('with mandatory: false, leaves a missing variable alone and removes one that cannot be converted', async () => {
    const kit = await routeKit(
      route(
        [
          `- convertVariableTo:\n    name: nope\n    type: Integer\n    mandatory: false`,
          SET_V,
          `- convertVariableTo:\n    name: v\n    toName: w\n    type: Boolean\n    mandatory: false`,
          `- to: mock:out`,
        ].join('\n'),
      ),
    );
    const exchange = await kit.send('direct:in', 'perhaps');
    expect(exchange.exception).toBeUndefined();
    expect([...(kit.mock('out').received[0]?.variables ?? [])]).toEqual([['v', 'perhaps']]);
  });

  it('fails the exchange when the variable cannot be converted; later steps do not run', async () => {
    const kit = await routeKit(
      route(`${SET_V}\n- convertVariableTo:\n    name: v\n    type: Integer\n- to: mock:after`),
    );
    const exchange = await kit.send('direct:in', 'twelve');
    expect(exchange.exception?.name).toBe('TypeConversionError');
    expect(exchange.variables.get('v')).toBe('twelve');
    expect(kit.mock('after').count).toBe(0);
  });

  it('refuses global: and route: variables', async () => {
    await expect(routeKit(route(`- convertVariableTo:\n    name: global:v\n    type: Integer`))).rejects.toThrow(
      /global variables are not supported by Dromedary yet/,
    );
  });
});
