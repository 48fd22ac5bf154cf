/** `removeProperty` as a Camel user sees it: the exchange property is gone; names are case-sensitive. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

const PROPS = `
- setProperty:
    name: prop
    constant: p-value
- setProperty:
    name: other
    constant: o-value
`.trim();

describe('removeProperty', () => {
  it('removes the property; later steps no longer see it, the others stay', async () => {
    const kit = await routeKit(
      route(`${PROPS}
- removeProperty:
    name: prop
- log: "after remove: prop=[\${exchangeProperty.prop}] other=\${exchangeProperty.other}"
- to: log:after?showProperties=true`),
    );
    await kit.send('direct:in', 'b');
    expect(kit.logs).toEqual([
      'INFO kit.camel.yaml:14 : after remove: prop=[] other=o-value',
      'INFO after : Exchange[Properties: {other=o-value}, BodyType: String, Body: b]',
    ]);
  });

  it('takes the bare form, and only the name as written: property names are case-sensitive', async () => {
    const kit = await routeKit(route(`${PROPS}\n- removeProperty: PROP\n- removeProperty: other\n- to: mock:out`));
    await kit.send('direct:in', 'x');
    expect([...(kit.mock('out').received[0]?.properties.keys() ?? [])]).toEqual(['prop']);
  });

  it('does nothing when the property is not there', async () => {
    const kit = await routeKit(route(`- removeProperty: missing\n- to: mock:out`));
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception).toBeUndefined();
    expect(kit.mock('out').count).toBe(1);
  });
});
