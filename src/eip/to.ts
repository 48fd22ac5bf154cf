/** The `to` EIP. */
import { defineStep } from '../compile/step-context.js';
import { patternOption, sendWithPattern } from './send-exchange.js';
import { refuseUnapplied } from './step-options.js';
import { asMap, stringOption } from './sync-step.js';
import { variableTarget } from './value-targets.js';

/**
 * `to`: sends the exchange to a fixed endpoint (`to: uri`, or `{uri, parameters}` with the parameters merged into the
 * URI's options), resolved when the route is compiled: an unknown component or option is a compile error. The same
 * exchange goes on after the endpoint is done (a `direct:` route's changes are kept; `mock:` and `log:` change
 * nothing); a failure at the endpoint fails the exchange. As Camel's `SendProcessor`:
 * - `pattern` (InOnly/InOut) is the exchange pattern while sending only (an InOut send to `seda:` waits for the
 *   reply); the exchange's own pattern is restored afterwards;
 * - `variableSend` sends the variable's value as the body (headers as they are); the body stays that value afterwards,
 *   as Camel only restores it together with `variableReceive`;
 * - `variableReceive` is refused (not supported yet).
 */
export const to = defineStep({
  name: 'to',
  compile(definition, ctx) {
    const map = asMap(definition, 'uri');
    const uri = stringOption(map, 'uri');
    if (uri === undefined) {
      ctx.error([], 'DSL_MISSING_REQUIRED', 'to needs a uri');
      return undefined;
    }
    if (refuseUnapplied(map, ctx, 'to', ['variableReceive'])) return undefined;
    const variable = stringOption(map, 'variableSend');
    const refusal = variable === undefined ? undefined : variableTarget.refusal?.(variable);
    if (refusal !== undefined) {
      ctx.error(['variableSend'], 'COMPILE_UNSUPPORTED_STEP', refusal);
      return undefined;
    }
    const producer = ctx.producer(uri, map['parameters'], typeof definition === 'string' ? [] : ['uri']);
    if (producer === undefined) return undefined;
    const pattern = patternOption(map);
    return {
      process(exchange, done) {
        if (variable !== undefined) exchange.body = variableTarget.get(exchange, variable) ?? null;
        return sendWithPattern(producer, exchange, done, pattern);
      },
    };
  },
});
