/** The `removeHeaders` EIP. */
import { removeManyStep } from './remove-by-name.js';
import { headerTarget } from './value-targets.js';

/**
 * `removeHeaders`: removes every header whose name matches `pattern` — `*` for all, `prefix*`, an exact name or a
 * regular expression, all ignoring case — except those `excludePattern` (same forms) matches. Matching nothing is no
 * error.
 */
export const removeHeaders = removeManyStep('removeHeaders', headerTarget);
