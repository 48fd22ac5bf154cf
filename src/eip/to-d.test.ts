/** `toD` as a Camel user sees it: the URI computed per exchange, and what happens when it names no endpoint. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

/** A route whose only step fails every exchange. */
const FAILING = route(`- setBody:\n    simple: "\${properties:missing}"`, 'failing', 'direct:failing');

describe('toD', () => {
  it('computes the URI per exchange and sends each exchange to its endpoint', async () => {
    const kit = await routeKit(route(`- toD: "mock:\${header.target}"`));
    for (const [body, target] of [
      ['1', 'a'],
      ['2', 'b'],
      ['3', 'a'],
    ] as const) {
      await kit.send('direct:in', body, { target });
    }
    expect(kit.mock('a').bodies()).toEqual(['1', '3']);
    expect(kit.mock('b').bodies()).toEqual(['2']);
  });

  it('calls the direct: route chosen per exchange with the same exchange', async () => {
    const kit = await routeKit(
      route(`
        - toD: "direct:\${header.to}"
        - to: mock:after
      `) +
        route(`- setBody:\n    simple: "\${body} via a"`, 'a', 'direct:a') +
        route(`- setBody:\n    simple: "\${body} via b"`, 'b', 'direct:b'),
    );
    const a = await kit.send('direct:in', 'm', { to: 'a' });
    const b = await kit.send('direct:in', 'n', { to: 'b' });
    expect([a.body, b.body]).toEqual(['m via a', 'n via b']);
    expect(kit.mock('after').bodies()).toEqual(['m via a', 'n via b']);
  });

  it('merges parameters into every computed URI (uri + parameters form)', async () => {
    const kit = await routeKit(
      route(`
        - toD:
            uri: "log:\${header.logger}"
            parameters:
              showBodyType: false
      `),
    );
    await kit.send('direct:in', 'x', { logger: 'first' });
    await kit.send('direct:in', 'y', { logger: 'second' });
    expect(kit.logs).toEqual(['INFO first : Exchange[Body: x]', 'INFO second : Exchange[Body: y]']);
  });

  it('trims the computed URI', async () => {
    const kit = await routeKit(route(`- toD: "\${header.uri}"`));
    await kit.send('direct:in', 'x', { uri: '  mock:trimmed  ' });
    expect(kit.mock('trimmed').bodies()).toEqual(['x']);
  });

  it('sends nothing when the URI is null, and the exchange goes on unchanged', async () => {
    const kit = await routeKit(route(`- toD: "\${header.uri}"\n- to: mock:after`));
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception).toBeUndefined();
    expect(kit.mock('after').bodies()).toEqual(['x']);
  });

  it('fails the exchange for a URI without scheme:path; later steps do not run', async () => {
    const kit = await routeKit(route(`- toD: "mock:\${header.name}"\n- to: mock:after`));
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception?.message).toBe(
      'Failed to resolve endpoint: mock: due to: Endpoint should include scheme:path',
    );
    expect(kit.mock('after').count).toBe(0);
  });

  it('fails the exchange for an unknown component, a failing template or a failing endpoint; later steps do not run', async () => {
    const kit = await routeKit(
      route(`- toD: "\${header.uri}"\n- to: mock:after`) +
        route(`- toD: "\${properties:nope}"`, 'p', 'direct:p') +
        FAILING,
    );
    const unknown = await kit.send('direct:in', 'x', { uri: 'nope:x' });
    const failingEndpoint = await kit.send('direct:in', 'x', { uri: 'direct:failing' });
    const failingTemplate = await kit.send('direct:p', 'x');
    expect(unknown.exception?.message).toMatch(/nope/);
    expect(failingEndpoint.exception?.message).toMatch(/missing/);
    expect(failingTemplate.exception?.message).toMatch(/nope/);
    expect(kit.mock('after').count).toBe(0);
  });

  it('with ignoreInvalidEndpoint, skips what cannot be resolved and the exchange goes on', async () => {
    const kit = await routeKit(
      route(`
        - toD:
            uri: "\${header.uri}"
            ignoreInvalidEndpoint: true
        - to: mock:after
      `) +
        route(
          `
          - toD:
              uri: "\${properties:nope}"
              ignoreInvalidEndpoint: true
          - to: mock:after
          `,
          'p',
          'direct:p',
        ),
    );
    const sent = [
      await kit.send('direct:in', 'unknown', { uri: 'nope:x' }),
      await kit.send('direct:in', 'no-path', { uri: 'mock:' }),
      await kit.send('direct:in', 'valid', { uri: 'mock:ok' }),
      await kit.send('direct:p', 'template'),
    ];
    expect(sent.map((e) => e.exception)).toEqual([undefined, undefined, undefined, undefined]);
    expect(kit.mock('ok').bodies()).toEqual(['valid']);
    expect(kit.mock('after').bodies()).toEqual(['unknown', 'no-path', 'valid', 'template']);
  });

  it('still fails the exchange with ignoreInvalidEndpoint when the URI is valid and the endpoint fails', async () => {
    const kit = await routeKit(route(`- toD:\n    uri: "\${header.uri}"\n    ignoreInvalidEndpoint: true`) + FAILING);
    const exchange = await kit.send('direct:in', 'x', { uri: 'direct:failing' });
    expect(exchange.exception?.message).toMatch(/missing/);
  });

  it.each([1, -1, 0])('routes every exchange right whatever the cacheSize (%i)', async (cacheSize) => {
    const kit = await routeKit(route(`- toD:\n    uri: "mock:\${header.t}"\n    cacheSize: ${String(cacheSize)}`));
    for (const [i, t] of ['a', 'b', 'a', 'b', 'a'].entries()) await kit.send('direct:in', i, { t });
    expect(kit.mock('a').bodies()).toEqual([0, 2, 4]);
    expect(kit.mock('b').bodies()).toEqual([1, 3]);
  });

  it('uses pattern only while sending', async () => {
    const kit = await routeKit(
      route(`
        - toD:
            uri: "seda:\${header.q}"
            pattern: InOut
        - to: mock:after
      `) + route(`- setBody:\n    simple: "\${body} replied"`, 'work', 'seda:work'),
    );
    const exchange = await kit.send('direct:in', 'job', { q: 'work' });
    expect(exchange.body).toBe('job replied');
    expect(kit.mock('after').received[0]?.pattern).toBe('InOnly');
  });

  it.each(['variableSend', 'variableReceive', 'allowedSchemes'])(
    'refuses %s, which Dromedary does not apply yet',
    async (option) => {
      await expect(routeKit(route(`- toD:\n    uri: "mock:\${body}"\n    ${option}: v`))).rejects.toThrow(
        `COMPILE_UNSUPPORTED_STEP the toD option '${option}' is not supported by Dromedary yet`,
      );
    },
  );
});
