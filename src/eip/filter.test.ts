/** `filter` as a Camel user sees it: which exchanges enter the block, the status property, and the log lines. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

describe('filter', () => {
  it('runs its steps only when the predicate holds; the route goes on after the filter either way', async () => {
    const kit = await routeKit(
      route(`
        - filter:
            simple: "\${body} > 10"
            steps:
              - to: mock:big
              - setBody:
                  simple: "big \${body}"
        - to: mock:all
      `),
    );
    kit.mock('big').expectedBodiesReceived(20, 11);
    kit.mock('all').expectedBodiesReceived(5, 'big 20', 'big 11', 10);
    for (const n of [5, 20, 11, 10]) await kit.send('direct:in', n);
    kit.mock('big').assertIsSatisfied();
    kit.mock('all').assertIsSatisfied();
    kit.mock('all').expectedHeaderReceived('missing', 'x');
    expect(kit.mock('all').unmet()).toHaveLength(4);
  });

  it('records the outcome in statusPropertyName and sets no CamelFilterMatched (test/golden/filter)', async () => {
    const kit = await routeKit(
      route(`
        - filter:
            simple: "\${header.n} > 2"
            statusPropertyName: matched
            steps:
              - log: "passed the filter: \${body} matched=\${exchangeProperty.matched}"
        - log: "after the filter: \${body} matched=\${exchangeProperty.matched} CamelFilterMatched=[\${exchangeProperty.CamelFilterMatched}]"
        - filter:
            simple: "\${body} == 'n1'"
            steps:
              - log: "second filter without status property: \${body}"
      `),
    );
    for (const n of [1, 3]) await kit.send('direct:in', `n${String(n)}`, { n });
    expect(kit.logs).toEqual([
      'INFO kit.camel.yaml:11 : after the filter: n1 matched=false CamelFilterMatched=[]',
      'INFO kit.camel.yaml:15 : second filter without status property: n1',
      'INFO kit.camel.yaml:10 : passed the filter: n3 matched=true',
      'INFO kit.camel.yaml:11 : after the filter: n3 matched=true CamelFilterMatched=[]',
    ]);
  });

  it('takes any language and the expression wrapper; a lone value is read as Camel reads it as a predicate', async () => {
    const kit = await routeKit(
      route(`
        - filter:
            header: flag
            steps:
              - to: mock:flagged
        - filter:
            expression:
              simple: "\${body} contains 'x'"
            steps:
              - to: mock:x
      `),
    );
    for (const [body, flag] of [
      ['x1', 'true'],
      ['y2', 'false'],
      ['x3', ''],
      ['y4', 'yes'],
      ['y5', undefined],
    ] as const) {
      await kit.send('direct:in', body, flag === undefined ? {} : { flag });
    }
    expect(kit.mock('flagged').bodies()).toEqual(['x1', 'y4']);
    expect(kit.mock('x').bodies()).toEqual(['x1', 'x3']);
  });

  it('nests: an inner filter only sees what the outer one let through', async () => {
    const kit = await routeKit(
      route(`
        - filter:
            simple: "\${body} > 1"
            steps:
              - filter:
                  simple: "\${body} < 4"
                  steps:
                    - to: mock:between
      `),
    );
    for (const n of [1, 2, 3, 4]) await kit.send('direct:in', n);
    expect(kit.mock('between').bodies()).toEqual([2, 3]);
  });

  it('ends the whole route for the exchange when a stop inside it runs', async () => {
    const kit = await routeKit(
      route(`
        - filter:
            simple: "\${body} == 'stop'"
            steps:
              - stop: {}
              - to: mock:never
        - to: mock:after
      `),
    );
    const stopped = await kit.send('direct:in', 'stop');
    await kit.send('direct:in', 'go');
    expect(stopped.exception).toBeUndefined();
    expect(kit.mock('never').count).toBe(0);
    expect(kit.mock('after').bodies()).toEqual(['go']);
  });

  it('fails the exchange when the predicate fails: no step inside or after runs, no status is set', async () => {
    const kit = await routeKit(
      route(`
        - filter:
            simple: "\${properties:missing} == 'x'"
            statusPropertyName: matched
            steps:
              - to: mock:inside
        - to: mock:after
      `),
    );
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception?.message).toMatch(/missing/);
    expect(exchange.properties.has('matched')).toBe(false);
    expect(kit.mock('inside').count + kit.mock('after').count).toBe(0);
  });

  it('needs a predicate', async () => {
    await expect(routeKit(route(`- filter:\n    steps:\n      - to: mock:x`))).rejects.toThrow(/expression/);
  });
});
