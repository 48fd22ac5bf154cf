/** `throwException` as a Camel user sees it: the exchange fails with an exception of the class and message asked for. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { exceptionTypes } from '../engine/error-handler/exception-types.js';
import { route } from './eip-test-support.js';
import { ThrownException } from './throw-exception.js';

afterEach(stopRouteKits);

describe('throwException', () => {
  it('fails the exchange with the named Java class and the message evaluated for it; later steps do not run', async () => {
    const kit = await routeKit(
      route(`
        - throwException:
            exceptionType: java.lang.IllegalArgumentException
            message: "bad \${body}"
        - to: mock:after
      `),
    );
    const exchange = await kit.send('direct:in', 'abc');
    const error = exchange.exception;
    expect(error).toBeInstanceOf(ThrownException);
    expect(String(error)).toBe('java.lang.IllegalArgumentException: bad abc');
    expect(error === undefined ? [] : exceptionTypes(error).slice(0, 2)).toEqual([
      'java.lang.IllegalArgumentException',
      'java.lang.RuntimeException',
    ]);
    expect(kit.mock('after').count).toBe(0);
  });

  it('has an empty message without one, as Camel prints just the class', async () => {
    const kit = await routeKit(route(`- throwException:\n    exceptionType: org.apache.camel.CamelExchangeException`));
    const exchange = await kit.send('direct:in', 'x');
    expect(String(exchange.exception)).toBe('org.apache.camel.CamelExchangeException');
  });

  it('fails with the evaluation error when the message cannot be evaluated', async () => {
    const kit = await routeKit(
      route(
        `- throwException:\n    exceptionType: java.lang.IllegalStateException\n    message: "\${properties:nope}"`,
      ),
    );
    const exchange = await kit.send('direct:in', 'x');
    expect(exchange.exception?.name).toBe('ExpressionEvaluationError');
  });

  it('refuses a class Camel could not load, with its place and the likely name', async () => {
    await expect(routeKit(route(`- throwException:\n    exceptionType: IllegalArgumentException`))).rejects.toThrow(
      /^7:28 COMPILE_UNKNOWN_EXCEPTION_CLASS 'IllegalArgumentException' is not a fully qualified class name/,
    );
    await expect(routeKit(route(`- throwException:\n    exceptionType: com.acme.Boom`))).rejects.toThrow(
      /7:28 COMPILE_UNKNOWN_EXCEPTION_CLASS 'com.acme.Boom' is not an exception class Dromedary knows/,
    );
  });

  it('needs an exceptionType, and refuses ref (no exception beans yet)', async () => {
    await expect(routeKit(route(`- throwException:\n    message: m`))).rejects.toThrow(
      /6:11 DSL_MISSING_REQUIRED throwException needs an exceptionType/,
    );
    await expect(routeKit(route(`- throwException:\n    ref: myException`))).rejects.toThrow(
      /7:18 COMPILE_UNSUPPORTED_STEP the throwException option 'ref' is not supported by Dromedary yet/,
    );
  });
});
