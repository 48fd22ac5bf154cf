/** The `setHeaders` EIP. */
import { setValuesStep } from './set-named-value.js';
import { headerTarget } from './value-targets.js';

/**
 * `setHeaders`: sets each header of `headers` (items as `setHeader`: `name` and an expression) in order, as Camel's
 * `SetHeadersProcessor`: each expression is evaluated and its header set before the next, so a later item sees the
 * headers set by earlier ones. A null result sets the header to null. The first item that fails to evaluate fails the
 * exchange; the headers before it stay set, those after it are not. An empty list is a compile error.
 */
export const setHeaders = setValuesStep('setHeaders', 'headers', headerTarget);
