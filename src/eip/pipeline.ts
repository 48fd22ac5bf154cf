/** The `pipeline` EIP. */
import { groupStep } from './nested-steps.js';

/**
 * `pipeline`: runs its nested `steps` in order on the same exchange, each seeing the previous one's result (Camel's
 * `Pipeline`); a failure or `stop` inside ends the route.
 */
export const pipeline = groupStep('pipeline');
