/** The `setVariables` EIP. */
import { setValuesStep } from './set-named-value.js';
import { variableTarget } from './value-targets.js';

/**
 * `setVariables`: sets each variable of `variables` (items as `setVariable`) in order, as Camel's
 * `SetVariablesProcessor`: a later item sees the variables set by earlier ones; a null result removes the variable.
 * The first item that fails to evaluate fails the exchange; the variables before it stay set. An empty list is a
 * compile error; `global:`/`route:` variables are refused.
 */
export const setVariables = setValuesStep('setVariables', 'variables', variableTarget);
