/** The `setHeader` EIP. */
import { setValueStep } from './set-named-value.js';
import { headerTarget } from './value-targets.js';

/**
 * `setHeader`: evaluates the expression and sets the header `name` (required; a Simple template when it holds a
 * function, evaluated per exchange). Header names ignore case: setting `Foo` replaces `foo`'s value and keeps the
 * first spelling. A null result sets the header to null — it stays present. An expression that fails to evaluate
 * fails the exchange and the header is not set (Camel's `SetHeaderProcessor`).
 */
export const setHeader = setValueStep('setHeader', headerTarget);
