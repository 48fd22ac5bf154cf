/** `to` as a Camel user sees it: what endpoints receive, in which order, and what the exchange is afterwards. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

const sub = (id: string, from: string, steps: string): string => route(steps, id, from);

describe('to', () => {
  it('sends every exchange to the endpoint in order, and the same exchange goes on', async () => {
    const kit = await routeKit(
      route(`
        - to: mock:a
        - setBody:
            simple: "\${body}!"
        - to: mock:b
      `),
    );
    kit.mock('a').expectedBodiesReceived('one', 'two', 'three');
    kit.mock('b').expectedBodiesReceived('one!', 'two!', 'three!');
    for (const body of ['one', 'two', 'three']) await kit.send('direct:in', body);
    kit.mock('a').assertIsSatisfied();
    kit.mock('b').assertIsSatisfied();
  });

  it('hands the endpoint the headers, properties and variables of the exchange', async () => {
    const kit = await routeKit(
      route(`
        - setProperty:
            name: p
            constant: pv
        - setVariable:
            name: v
            constant: vv
        - to: mock:out
      `),
    );
    kit.mock('out').expectedMessageCount(1).expectedHeaderReceived('H', 'hv');
    await kit.send('direct:in', 'x', { h: 'hv' });
    kit.mock('out').assertIsSatisfied();
    const got = kit.mock('out').received[0];
    expect(got?.properties.get('p')).toBe('pv');
    expect(got?.variables.get('v')).toBe('vv');
  });

  it('prints ExchangePattern: InOnly on a log: endpoint left at its defaults, as Camel 4.22 does', async () => {
    const kit = await routeKit(route(`- to: log:out`));
    await kit.send('direct:in', 'x');
    await kit.send('direct:in', { a: 1 });
    expect(kit.logs).toEqual([
      'INFO out : Exchange[ExchangePattern: InOnly, BodyType: String, Body: x]',
      'INFO out : Exchange[ExchangePattern: InOnly, BodyType: java.util.LinkedHashMap, Body: {a=1}]',
    ]);
  });

  it('merges parameters into the URI options (uri + parameters form)', async () => {
    const kit = await routeKit(
      route(`
        - to:
            uri: log:params
            parameters:
              showHeaders: true
        - to: log:inline?showBodyType=false
      `),
    );
    await kit.send('direct:in', 'x', { h: 1 });
    expect(kit.logs).toEqual([
      'INFO params : Exchange[Headers: {h=1}, BodyType: String, Body: x]',
      'INFO inline : Exchange[Body: x]',
    ]);
  });

  it('resolves property placeholders in the URI when the route is compiled', async () => {
    const kit = await routeKit(route(`- to: "mock:{{target}}"`), { target: 'resolved' });
    await kit.send('direct:in', 'x');
    expect(kit.mock('resolved').bodies()).toEqual(['x']);
  });

  it("calls a direct: route with the same exchange; that route's changes are seen after the to", async () => {
    const kit = await routeKit(
      route(`
        - to: direct:sub
        - to: mock:after
      `) +
        sub(
          'sub',
          'direct:sub',
          `
          - setHeader:
              name: visited
              constant: sub
          - setBody:
              simple: "\${body} via sub"
          `,
        ),
    );
    const exchange = await kit.send('direct:in', 'm');
    expect(exchange.body).toBe('m via sub');
    expect(kit.mock('after').bodies()).toEqual(['m via sub']);
    expect(kit.mock('after').received[0]?.headers.get('visited')).toBe('sub');
  });

  it('fails the exchange when the endpoint fails; later steps do not run', async () => {
    const kit = await routeKit(
      route(`
        - to: direct:failing
        - to: mock:after
      `) + sub('failing', 'direct:failing', `- setBody:\n    simple: "\${properties:missing}"`),
    );
    const exchange = await kit.send('direct:in', 'm');
    expect(exchange.exception?.message).toMatch(/missing/);
    expect(exchange.body).toBe('m');
    expect(kit.mock('after').count).toBe(0);
  });

  it('uses pattern only while sending: an InOut send to seda waits for the reply', async () => {
    const kit = await routeKit(
      route(`
        - to:
            uri: seda:work
            pattern: InOut
        - to: mock:after
      `) +
        sub(
          'work',
          'seda:work',
          `
          - to: mock:inside
          - setBody:
              simple: "\${body} done"
          `,
        ),
    );
    const exchange = await kit.send('direct:in', 'job');
    expect(exchange.body).toBe('job done');
    expect(kit.mock('inside').received[0]?.pattern).toBe('InOut');
    expect(kit.mock('after').received[0]?.pattern).toBe('InOnly');
    expect(kit.mock('after').bodies()).toEqual(['job done']);
  });

  it('does not wait for seda without InOut: the reply is not seen', async () => {
    const kit = await routeKit(
      route(`
        - to: seda:work
        - to: mock:after
      `) + sub('work', 'seda:work', `- setBody:\n    constant: changed\n- to: mock:inside`),
    );
    const exchange = await kit.send('direct:in', 'job');
    await kit.mock('inside').receivedCount(1);
    expect(exchange.body).toBe('job');
    expect(kit.mock('inside').bodies()).toEqual(['changed']);
  });

  it("sends a variable's value as the body with variableSend; the headers go as they are", async () => {
    const kit = await routeKit(
      route(`
        - setVariable:
            name: payload
            simple: "\${body} from a variable"
        - to:
            uri: mock:out
            variableSend: payload
        - to:
            uri: mock:none
            variableSend: absent
      `),
    );
    await kit.send('direct:in', 'x', { h: 'kept' });
    expect(kit.mock('out').bodies()).toEqual(['x from a variable']);
    expect(kit.mock('out').received[0]?.headers.get('h')).toBe('kept');
    expect(kit.mock('none').bodies()).toEqual([null]);
  });

  it('refuses variableReceive, which Dromedary does not apply yet', async () => {
    await expect(routeKit(route(`- to:\n    uri: mock:out\n    variableReceive: reply`))).rejects.toThrow(
      /COMPILE_UNSUPPORTED_STEP the to option 'variableReceive' is not supported by Dromedary yet/,
    );
  });

  it('refuses URIs that cannot be sent to when the route is compiled', async () => {
    await expect(routeKit(route(`- to: nope:x`))).rejects.toThrow(/COMPILE_INVALID_ENDPOINT .*nope/);
    await expect(routeKit(route(`- to: direct:nobody`))).rejects.toThrow(/COMPILE_NO_CONSUMER/);
    await expect(routeKit(route(`- to:\n    uri: mock:x\n    variableSend: global:v`))).rejects.toThrow(
      /global variables are not supported/,
    );
  });
});
