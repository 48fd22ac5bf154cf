/** The `bean` EIP. */
import { defineStep } from '../compile/step-context.js';
import { refuseUnapplied } from './step-options.js';
import { asMap, stringOption } from './sync-step.js';
import { methodNames, userCodeStep } from './user-code.js';

/**
 * `bean`: calls a method of a bean declared under `beans:` (`ref`), as Camel's bean EIP calls a Java bean. The method
 * gets the message body and the exchange (`method(body, exchange)`); what it returns (awaited when a promise) becomes
 * the body, and returning `undefined` (a `void` method) leaves the body as it was. A function bean is called itself.
 * Without `method` the bean must have exactly one method. A throw or rejection fails the exchange. Camel's parameter
 * binding in the method name (`hello(${body}, ${header.x})`), `beanType` and non-singleton `scope` are refused.
 */
export const bean = defineStep({
  name: 'bean',
  compile(definition, ctx) {
    const map = asMap(definition, 'ref');
    let refused = refuseUnapplied(map, ctx, 'bean', ['beanType']);
    const scope = stringOption(map, 'scope');
    if (scope !== undefined && scope !== 'Singleton') {
      ctx.error(['scope'], 'COMPILE_UNSUPPORTED_STEP', `the bean scope ${scope} is not supported by Dromedary yet`);
      refused = true;
    }
    const ref = stringOption(map, 'ref');
    const method = stringOption(map, 'method');
    if (method?.includes('(') === true) {
      ctx.error(
        ['method'],
        'COMPILE_UNSUPPORTED_STEP',
        'parameter binding in the method name is not supported by Dromedary: the method gets (body, exchange)',
      );
      refused = true;
    }
    if (ref === undefined) {
      ctx.error([], 'DSL_MISSING_CHOICE', 'the bean step needs ref: the name of a bean declared under beans:');
      return undefined;
    }
    const target = ctx.bean(ref, ['ref']);
    if (target === undefined || refused) return undefined;
    const methods = methodNames(target);
    let name: string | undefined = method;
    if (name === undefined && typeof target !== 'function') {
      if (methods.length !== 1) {
        ctx.error(
          [],
          'BEAN_INVALID',
          `bean '${ref}' has ${methods.length === 0 ? 'no methods' : 'several methods'}: name one with method:`,
          methods.length === 0 ? undefined : `methods: ${methods.join(', ')}`,
        );
        return undefined;
      }
      name = methods[0];
    }
    if (name === undefined) {
      const fn = target as (body: unknown, exchange: unknown) => unknown;
      return userCodeStep((exchange) => fn(exchange.body, exchange), setBodyUnlessVoid);
    }
    const fn = (target as Record<string, unknown>)[name];
    if (typeof fn !== 'function') {
      ctx.error(['method'], 'BEAN_INVALID', `bean '${ref}' has no method '${name}'`, `methods: ${methods.join(', ')}`);
      return undefined;
    }
    const call = fn as (this: unknown, body: unknown, exchange: unknown) => unknown;
    return userCodeStep((exchange) => call.call(target, exchange.body, exchange), setBodyUnlessVoid);
  },
});

function setBodyUnlessVoid(exchange: { body: unknown }, result: unknown): void {
  if (result !== undefined) exchange.body = result;
}
