/** The `convertHeaderTo` EIP. */
import { convertStep } from './convert-value.js';
import { headerTarget } from './value-targets.js';

/**
 * `convertHeaderTo`: converts the header `name` to `type` (rules of `convertBodyTo`), storing the result under `toName`
 * when given (the original stays) — both names may be Simple templates. A header that is missing or null is left
 * alone, even when `mandatory` (Camel's `ConvertHeaderProcessor` only converts a header that is there); with
 * `mandatory: false` a value that cannot be converted becomes a null header.
 */
export const convertHeaderTo = convertStep('convertHeaderTo', headerTarget, 'skip');
