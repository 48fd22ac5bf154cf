/** The `convertBodyTo` EIP. */
import { convertStep } from './convert-value.js';
import { bodyTarget } from './value-targets.js';

/**
 * `convertBodyTo`: converts the body to `type` (`convertBodyTo: Integer` or `{type, mandatory, charset}`) with the
 * body-type table (`String`, `Integer`/`int`, `Long`, `Double`, `Float`, `Boolean`, `byte[]`, `java.util.Map`,
 * `java.util.List`, `Object`, short or `java.lang.` names). A null body is left null. An unknown type is a compile
 * error; a body that cannot be converted fails the exchange, or becomes null with `mandatory: false` (text that is no
 * number still fails, as in Camel). `charset` is used between text and bytes.
 */
export const convertBodyTo = convertStep('convertBodyTo', bodyTarget, 'skip');
