/** The `removeVariable` EIP. */
import { removeOneStep } from './remove-by-name.js';
import { variableTarget } from './value-targets.js';

/**
 * `removeVariable`: removes the variable `name` (a Simple template when it holds a function, as Camel's
 * `RemoveVariableReifier`); `*` removes every variable. A variable that is not there is no error; `global:`/`route:`
 * variables are refused.
 */
export const removeVariable = removeOneStep('removeVariable', variableTarget, {
  computedName: true,
  starRemovesAll: true,
});
