/** The log EIP as a Camel user sees it: the log lines (level, logger, message), in order, one per exchange. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

describe('log', () => {
  it("logs the Simple message at INFO under the step's file:line, once per exchange, in order", async () => {
    const kit = await routeKit(
      route(`
        - log: "got \${body}"
        - log: "header \${header.h}"
      `),
    );
    await kit.send('direct:in', 'a', { h: 1 });
    await kit.send('direct:in', 'b', { h: 2 });
    expect(kit.logs).toEqual([
      'INFO kit.camel.yaml:6 : got a',
      'INFO kit.camel.yaml:7 : header 1',
      'INFO kit.camel.yaml:6 : got b',
      'INFO kit.camel.yaml:7 : header 2',
    ]);
  });

  it('leaves the exchange as it is', async () => {
    const kit = await routeKit(route(`- log: "\${body}"\n- to: mock:out`));
    await kit.send('direct:in', 'x', { h: 'v' });
    expect(kit.mock('out').bodies()).toEqual(['x']);
    expect(kit.mock('out').received[0]?.headers.get('h')).toBe('v');
  });

  it('logs a message without functions as constant text', async () => {
    const kit = await routeKit(route(`- log: "costs $5 {not a function} \\\\n"`));
    await kit.send('direct:in', 'x');
    expect(kit.logs).toEqual(['INFO kit.camel.yaml:6 : costs $5 {not a function} \\n']);
  });

  it('prints null for a lone null value and nothing for a null part of a template', async () => {
    const kit = await routeKit(
      route(`
        - log: "\${header.missing}"
        - log: "[\${header.missing}]"
        - log: "\${body}"
      `),
    );
    await kit.send('direct:in', null);
    expect(kit.logs).toEqual([
      'INFO kit.camel.yaml:6 : null',
      'INFO kit.camel.yaml:7 : []',
      'INFO kit.camel.yaml:8 : null',
    ]);
  });

  it('renders values as Camel prints them: maps, lists, bytes, numbers', async () => {
    const kit = await routeKit(route(`- log: "\${body}"`));
    await kit.send('direct:in', { a: 1, b: ['x', 'y'] });
    await kit.send('direct:in', [1, 2.5]);
    await kit.send('direct:in', new TextEncoder().encode('bytes'));
    expect(kit.logs).toEqual([
      'INFO kit.camel.yaml:6 : {a=1, b=[x, y]}',
      'INFO kit.camel.yaml:6 : [1, 2.5]',
      'INFO kit.camel.yaml:6 : bytes',
    ]);
  });

  it('logs at loggingLevel; OFF logs nothing', async () => {
    const kit = await routeKit(
      route(`
        - log:
            message: warned
            loggingLevel: WARN
        - log:
            message: failed
            loggingLevel: ERROR
        - log:
            message: detail
            loggingLevel: DEBUG
        - log:
            message: finest
            loggingLevel: TRACE
        - log:
            message: silent
            loggingLevel: "OFF"
      `),
    );
    await kit.send('direct:in', 'x');
    expect(kit.logs).toEqual([
      'WARN kit.camel.yaml:6 : warned',
      'ERROR kit.camel.yaml:9 : failed',
      'DEBUG kit.camel.yaml:12 : detail',
      'TRACE kit.camel.yaml:15 : finest',
    ]);
  });

  it('does not evaluate a message that is not logged (OFF): a failing template does not fail the exchange', async () => {
    const kit = await routeKit(
      route(`
        - log:
            message: "\${properties:missing}"
            loggingLevel: "OFF"
        - to: mock:after
      `),
    );
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception).toBeUndefined();
    expect(kit.mock('after').count).toBe(1);
  });

  it("names the logger logName, with Camel's tokens replaced", async () => {
    const kit = await routeKit(
      route(`
        - log:
            message: plain
            logName: my.logger
        - log:
            message: tokens
            logName: "\${routeId}/\${source.name}/\${source.line}/\${contextId}"
        - log:
            id: mylog
            message: node
            logName: "\${nodeId}@\${source}"
      `),
    );
    await kit.send('direct:in', 'x');
    expect(kit.logs).toEqual([
      'INFO my.logger : plain',
      'INFO r/kit.camel.yaml/9/kit : tokens',
      'INFO mylog@kit.camel.yaml:12 : node',
    ]);
  });

  it('refuses a logName token Dromedary cannot fill', async () => {
    await expect(routeKit(route(`- log:\n    message: m\n    logName: "\${groupId}"`))).rejects.toThrow(
      /COMPILE_UNSUPPORTED_STEP the logName token \$\{groupId\}/,
    );
    await expect(routeKit(route(`- log:\n    message: m\n    logName: "\${nodeId}"`))).rejects.toThrow(
      /the logName token \$\{nodeId\}/,
    );
  });

  it('reads the message in logLanguage when given', async () => {
    const kit = await routeKit(
      route(`
        - log:
            message: "\${body} stays as written"
            logLanguage: constant
        - log:
            message: h
            logLanguage: header
      `),
    );
    await kit.send('direct:in', 'x', { h: 'from the header' });
    expect(kit.logs).toEqual([
      'INFO kit.camel.yaml:6 : ${body} stays as written',
      'INFO kit.camel.yaml:9 : from the header',
    ]);
  });

  it('refuses a logLanguage Dromedary does not have', async () => {
    await expect(routeKit(route(`- log:\n    message: m\n    logLanguage: klingon`))).rejects.toThrow(
      /EXPR_UNSUPPORTED_LANGUAGE the klingon language is not supported by Dromedary/,
    );
  });

  it('fails the exchange when the message cannot be evaluated: nothing is logged, later steps do not run', async () => {
    const kit = await routeKit(route(`- log: "value \${properties:missing}"\n- to: mock:after`));
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception?.message).toMatch(/missing/);
    // Only the route's error handler logs the failure.
    expect(kit.logs.map((l) => l.split(' : ')[0])).toEqual(['ERROR dromedary.error-handler']);
    expect(kit.mock('after').count).toBe(0);
  });

  it.each(['marker', 'logger'])('refuses %s, which Dromedary does not apply yet', async (option) => {
    await expect(routeKit(route(`- log:\n    message: m\n    ${option}: x`))).rejects.toThrow(
      `COMPILE_UNSUPPORTED_STEP the log option '${option}' is not supported by Dromedary yet`,
    );
  });

  it('needs a message', async () => {
    await expect(routeKit(route(`- log: ""`))).rejects.toThrow(/DSL_MISSING_REQUIRED log needs a message/);
  });
});
