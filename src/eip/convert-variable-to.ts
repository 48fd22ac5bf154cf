/** The `convertVariableTo` EIP. */
import { convertStep } from './convert-value.js';
import { variableTarget } from './value-targets.js';

/**
 * `convertVariableTo`: converts the variable `name` to `type` (rules of `convertBodyTo`), storing it under `toName`
 * when given. Unlike headers, a missing variable fails the exchange when `mandatory` (the default; Camel's
 * `NoSuchVariableException`) and is left alone otherwise; with `mandatory: false` a value that cannot be converted
 * removes the target variable (a null variable does not exist).
 */
export const convertVariableTo = convertStep('convertVariableTo', variableTarget, 'fail-if-mandatory');
