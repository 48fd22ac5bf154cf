/** The `setProperty` EIP. */
import { setValueStep } from './set-named-value.js';
import { propertyTarget } from './value-targets.js';

/**
 * `setProperty`: evaluates the expression and sets the exchange property `name` (required; a Simple template when it
 * holds a function). Property names are case-sensitive. A null result removes the property, as Camel's
 * `Exchange.setProperty(name, null)` does. An expression that fails to evaluate fails the exchange and leaves the
 * property as it was.
 */
export const setProperty = setValueStep('setProperty', propertyTarget);
