/** The `removeProperty` EIP. */
import { removeOneStep } from './remove-by-name.js';
import { propertyTarget } from './value-targets.js';

/**
 * `removeProperty`: removes the exchange property `name` (`removeProperty: name` or `{name}`); property names are
 * case-sensitive, and a property that is not there is no error. The name is literal text (Camel's
 * `RemovePropertyProcessor`).
 */
export const removeProperty = removeOneStep('removeProperty', propertyTarget);
