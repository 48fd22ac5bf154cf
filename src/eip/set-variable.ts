/** The `setVariable` EIP. */
import { setValueStep } from './set-named-value.js';
import { variableTarget } from './value-targets.js';

/**
 * `setVariable`: evaluates the expression and sets the exchange variable `name` (required; a Simple template when it
 * holds a function). Variable names are case-sensitive. A null result removes the variable, as Camel's variable
 * repository does. `global:` and `route:` variables are refused (not supported yet). An expression that fails to
 * evaluate fails the exchange and leaves the variable as it was.
 */
export const setVariable = setValueStep('setVariable', variableTarget);
