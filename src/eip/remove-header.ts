/** The `removeHeader` EIP. */
import { removeOneStep } from './remove-by-name.js';
import { headerTarget } from './value-targets.js';

/**
 * `removeHeader`: removes the header `name` (`removeHeader: name` or `{name}`), whatever the case of its spelling; a
 * header that is not there is no error. The name is literal text (Camel's `RemoveHeaderProcessor`).
 */
export const removeHeader = removeOneStep('removeHeader', headerTarget);
