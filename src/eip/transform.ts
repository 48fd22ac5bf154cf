/** The `transform` EIP. */
import { setValueStep } from './set-named-value.js';
import { bodyTarget } from './value-targets.js';

/**
 * `transform`: like `setBody`, the expression's result becomes the message body (Camel's `TransformProcessor` sets it
 * on the OUT message, which keeps the headers, so nothing else differs from `setBody` for a route). A null result makes
 * the body null; an expression that fails to evaluate fails the exchange and leaves the body as it was.
 */
export const transform = setValueStep('transform', bodyTarget);
