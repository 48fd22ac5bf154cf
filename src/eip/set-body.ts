/** The `setBody` EIP. */
import { setValueStep } from './set-named-value.js';
import { bodyTarget } from './value-targets.js';

/**
 * `setBody`: evaluates the step's expression (`simple`, `constant`, `header` … inline, or under `expression:`) and
 * makes the result the message body; headers, properties and variables stay. A null result makes the body null. An
 * expression that fails to evaluate fails the exchange and leaves the body as it was (Camel's `SetBodyProcessor`).
 */
export const setBody = setValueStep('setBody', bodyTarget);
