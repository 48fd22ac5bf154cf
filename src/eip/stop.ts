/** The `stop` EIP. */
import { defineStep } from '../compile/step-context.js';
import { syncStep } from './sync-step.js';

/**
 * `stop`: ends the routing of this exchange here, successfully (Camel's `StopProcessor` marks the exchange
 * `routeStop`): no later step runs — neither in the enclosing `filter`, `choice`, `step` or `pipeline`, nor in the
 * route, nor in a route that called this one through `direct:` — and the exchange completes without an exception.
 * Other exchanges are not affected.
 */
export const stop = defineStep({
  name: 'stop',
  compile: () =>
    syncStep((exchange) => {
      exchange.stopped = true;
    }),
});
