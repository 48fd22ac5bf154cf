/** `choice` as a Camel user sees it: which branch each exchange takes, and what happens after the choice. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

const KINDS = `
- choice:
    when:
      - simple: "\${header.kind} == 'a'"
        steps:
          - to: mock:a
      - simple: "\${header.kind} in 'a,b,c'"
        steps:
          - to: mock:abc
    otherwise:
      steps:
        - to: mock:other
- to: mock:after
`.trim();

describe('choice', () => {
  it('runs the first when that holds, even if a later one holds too, else otherwise; the route goes on', async () => {
    const kit = await routeKit(route(KINDS));
    for (const kind of ['a', 'c', 'z', 'b']) await kit.send('direct:in', kind, { kind });
    expect(kit.mock('a').bodies()).toEqual(['a']);
    expect(kit.mock('abc').bodies()).toEqual(['c', 'b']);
    expect(kit.mock('other').bodies()).toEqual(['z']);
    expect(kit.mock('after').bodies()).toEqual(['a', 'c', 'z', 'b']);
  });

  it('lets the exchange go on unchanged when nothing matches and there is no otherwise', async () => {
    const kit = await routeKit(
      route(`
        - choice:
            when:
              - simple: "\${body} == 'match'"
                steps:
                  - setBody:
                      constant: changed
        - to: mock:after
      `),
    );
    await kit.send('direct:in', 'other', { h: 1 });
    await kit.send('direct:in', 'match');
    expect(kit.mock('after').bodies()).toEqual(['other', 'changed']);
    expect(kit.mock('after').received[0]?.headers.get('h')).toBe(1);
  });

  it('logs what each branch logs, in order (test/golden/choice-predicates, abridged)', async () => {
    const kit = await routeKit(
      route(`
        - choice:
            when:
              - simple: "\${header.n} == 2"
                steps:
                  - log: "\${body}: n == 2"
              - simple: "\${header.n} > 4"
                steps:
                  - log: "\${body}: n > 4"
            otherwise:
              steps:
                - log: "\${body}: neither 2 nor > 4"
        - log: "\${body}: after"
      `),
    );
    for (const n of [1, 2, 5]) await kit.send('direct:in', `item-${String(n)}`, { n });
    expect(kit.logs).toEqual([
      'INFO kit.camel.yaml:16 : item-1: neither 2 nor > 4',
      'INFO kit.camel.yaml:17 : item-1: after',
      'INFO kit.camel.yaml:10 : item-2: n == 2',
      'INFO kit.camel.yaml:17 : item-2: after',
      'INFO kit.camel.yaml:13 : item-5: n > 4',
      'INFO kit.camel.yaml:17 : item-5: after',
    ]);
  });

  it('nests: a choice inside a branch chooses again', async () => {
    const kit = await routeKit(
      route(`
        - choice:
            when:
              - simple: "\${body} > 10"
                steps:
                  - choice:
                      when:
                        - simple: "\${body} > 100"
                          steps:
                            - to: mock:huge
                      otherwise:
                        steps:
                          - to: mock:big
            otherwise:
              steps:
                - to: mock:small
      `),
    );
    for (const n of [5, 50, 500]) await kit.send('direct:in', n);
    expect([kit.mock('small').bodies(), kit.mock('big').bodies(), kit.mock('huge').bodies()]).toEqual([
      [5],
      [50],
      [500],
    ]);
  });

  it('fails the exchange when a predicate fails: no branch, not even otherwise, and no later step runs', async () => {
    const kit = await routeKit(
      route(`
        - choice:
            when:
              - simple: "\${body} == 'first'"
                steps:
                  - to: mock:first
              - simple: "\${properties:missing} == 'x'"
                steps:
                  - to: mock:second
            otherwise:
              steps:
                - to: mock:other
        - to: mock:after
      `),
    );
    const failed = await kit.send('direct:in', 'x');
    const matchedBefore = await kit.send('direct:in', 'first');
    expect(failed.exception?.message).toMatch(/missing/);
    expect(matchedBefore.exception).toBeUndefined();
    expect(kit.mock('other').count + kit.mock('second').count).toBe(0);
    expect(kit.mock('after').bodies()).toEqual(['first']);
  });

  it('with precondition, chooses the branch once at compile time: later exchanges do not change it', async () => {
    const kit = await routeKit(
      route(`
        - choice:
            precondition: true
            when:
              - simple: "\${header.kind} == 'a'"
                steps:
                  - to: mock:a
              - simple: "'{{flavour}}' == 'b'"
                steps:
                  - to: mock:b
            otherwise:
              steps:
                - to: mock:other
        - to: mock:after
      `),
      { flavour: 'b' },
    );
    for (const kind of ['a', 'b', 'z']) await kit.send('direct:in', kind, { kind });
    expect(kit.mock('a').count).toBe(0);
    expect(kit.mock('b').bodies()).toEqual(['a', 'b', 'z']);
    expect(kit.mock('after').count).toBe(3);
  });

  it('with precondition and nothing chosen, runs nothing: otherwise if given, else no step', async () => {
    const kit = await routeKit(
      route(`
        - choice:
            precondition: true
            when:
              - simple: "'{{flavour}}' == 'b'"
                steps:
                  - to: mock:b
        - to: mock:after
      `),
      { flavour: 'c' },
    );
    await kit.send('direct:in', 'x');
    expect([kit.mock('b').count, kit.mock('after').count]).toEqual([0, 1]);
  });

  it('with precondition, refuses a predicate that cannot be evaluated when the route is compiled', async () => {
    await expect(
      routeKit(
        route(`
          - choice:
              precondition: true
              when:
                - simple: "\${properties:missing} == 'x'"
                  steps:
                    - to: mock:x
        `),
      ),
    ).rejects.toThrow(/DSL_INVALID_VALUE the precondition cannot be evaluated/);
  });
});
