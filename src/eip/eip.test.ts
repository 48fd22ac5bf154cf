/** The EIPs as a Camel user sees them: inline routes, messages sent to direct endpoints, mock endpoints asserted. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, type RouteKit } from '../../test/kit/route-kit.js';

let kit: RouteKit | undefined;
afterEach(async () => {
  await kit?.stop();
  kit = undefined;
});

const route = (steps: string): string => `- route:\n    id: r\n    from:\n      uri: direct:in\n      steps:\n${steps}`;

describe('setBody, setHeader, setProperty, setVariable, transform', () => {
  it('sets values from expressions', async () => {
    kit = await routeKit(
      route(`        - setHeader:
            name: greeting
            simple: "hello \${body}"
        - setProperty:
            name: p
            constant: pv
        - setVariable:
            name: v
            header: greeting
        - setBody:
            simple: "\${variable.v} / \${exchangeProperty.p}"
        - to: mock:out
`),
    );
    await kit.send('direct:in', 'world');
    expect(kit.mock('out').bodies()).toEqual(['hello world / pv']);
    expect(kit.mock('out').received[0]?.headers.get('GREETING')).toBe('hello world');
  });
});

describe('setHeaders and setVariables', () => {
  it('evaluates every expression before setting any', async () => {
    kit = await routeKit(
      route(`        - setHeaders:
            headers:
              - name: a
                simple: "\${body}-a"
              - name: b
                header: a
        - setVariables:
            variables:
              - name: v
                constant: one
        - setBody:
            simple: "\${header.a} \${header.b} \${variable.v}"
        - to: mock:out
`),
    );
    await kit.send('direct:in', 'x', { a: 'old' });
    expect(kit.mock('out').bodies()).toEqual(['x-a old one']);
  });
});

describe('filter and choice', () => {
  it('filter runs its steps only when the predicate holds, then the route goes on', async () => {
    kit = await routeKit(
      route(`        - filter:
            simple: "\${body} > 10"
            steps:
              - to: mock:big
        - to: mock:all
`),
    );
    kit.mock('big').expectedBodiesReceived(20, 11);
    kit.mock('all').expectedMessageCount(3);
    for (const n of [5, 20, 11]) await kit.send('direct:in', n);
    kit.mock('big').assertIsSatisfied();
    kit.mock('all').assertIsSatisfied();
    expect(kit.mock('all').bodies()).toEqual([5, 20, 11]);
    kit.mock('all').expectedHeaderReceived('missing', 'x');
    expect(kit.mock('all').unmet()).toHaveLength(3);
  });

  it('choice takes the first matching when, else otherwise; without otherwise nothing happens', async () => {
    kit = await routeKit(
      route(`        - choice:
            when:
              - simple: "\${header.kind} == 'a'"
                steps:
                  - to: mock:a
              - simple: "\${header.kind} in 'b,c'"
                steps:
                  - to: mock:bc
            otherwise:
              steps:
                - to: mock:other
`),
    );
    for (const kind of ['a', 'c', 'z']) await kit.send('direct:in', kind, { kind });
    expect(kit.mock('a').bodies()).toEqual(['a']);
    expect(kit.mock('bc').bodies()).toEqual(['c']);
    expect(kit.mock('other').bodies()).toEqual(['z']);
  });
});

describe('stop, step, pipeline, remove*', () => {
  it('stop ends the exchange; step and pipeline run in order', async () => {
    kit = await routeKit(
      route(`        - step:
            steps:
              - setBody:
                  simple: "\${body}-s"
        - pipeline:
            steps:
              - setBody:
                  simple: "\${body}-p"
        - filter:
            simple: "\${body} startsWith 'stop'"
            steps:
              - stop: {}
        - to: mock:out
`),
    );
    await kit.send('direct:in', 'go');
    await kit.send('direct:in', 'stop');
    expect(kit.mock('out').bodies()).toEqual(['go-s-p']);
  });

  it('removes headers, properties and variables by name and pattern', async () => {
    kit = await routeKit(
      route(`        - setProperty:
            name: keep
            constant: k
        - removeHeader: a
        - removeHeaders:
            pattern: "x-*"
            excludePattern: x-keep
        - removeProperty: keep
        - to: mock:out
`),
    );
    await kit.send('direct:in', 'b', { a: 1, 'x-1': 2, 'x-keep': 3, other: 4 });
    const got = kit.mock('out').received[0];
    expect([...(got?.headers.keys() ?? [])]).toEqual(['x-keep', 'other']);
    expect(got?.properties.has('keep')).toBe(false);
  });
});

describe('log, to, toD, direct and seda', () => {
  it('logs with the log EIP under the source location, and with the log endpoint', async () => {
    kit = await routeKit(
      route(`        - log: "got \${body}"
        - to: log:out
        - log:
            message: named
            logName: my.logger
            loggingLevel: WARN
`),
    );
    await kit.send('direct:in', 'x');
    expect(kit.logs).toEqual([
      'INFO kit.camel.yaml:6 : got x',
      'INFO out : Exchange[ExchangePattern: InOnly, BodyType: String, Body: x]',
      'WARN my.logger : named',
    ]);
  });

  it('toD computes the URI per exchange; direct calls another route with the same exchange', async () => {
    kit = await routeKit(
      `${route(`        - toD: "direct:\${header.to}"
`)}- route:
    id: a
    from:
      uri: direct:a
      steps:
        - setBody:
            simple: "\${body} via a"
        - to: mock:a
- route:
    id: b
    from:
      uri: direct:b
      steps:
        - to: mock:b
`,
    );
    const e = await kit.send('direct:in', 'm', { to: 'a' });
    await kit.send('direct:in', 'n', { to: 'b' });
    expect(e.body).toBe('m via a');
    expect(kit.mock('a').bodies()).toEqual(['m via a']);
    expect(kit.mock('b').bodies()).toEqual(['n']);
  });
});
