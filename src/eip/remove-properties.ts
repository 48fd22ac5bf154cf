/** The `removeProperties` EIP. */
import { removeManyStep } from './remove-by-name.js';
import { propertyTarget } from './value-targets.js';

/**
 * `removeProperties`: removes every exchange property whose name matches `pattern` — `*`, `prefix*`, an exact name or
 * a regular expression; Camel's pattern match ignores case here too — except those `excludePattern` matches.
 */
export const removeProperties = removeManyStep('removeProperties', propertyTarget);
