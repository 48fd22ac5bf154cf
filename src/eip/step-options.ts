/**
 * Step options Camel applies but Dromedary does not yet. Running a route that sets one would silently behave
 * differently from Camel, so compiling it reports `COMPILE_UNSUPPORTED_STEP` at the option (the same code and wording
 * as unsupported steps, route options and endpoint options): `drom run` refuses the file.
 */
import type { StepContext } from '../compile/step-context.js';

/**
 * Reports every option of `names` that `map` sets (anything but absent, `null` or `false`) as not supported yet.
 * @returns whether any was reported.
 */
export function refuseUnapplied(
  map: Record<string, unknown>,
  ctx: StepContext,
  step: string,
  names: readonly string[],
): boolean {
  let refused = false;
  for (const name of names) {
    const value = map[name];
    if (value === undefined || value === null || value === false) continue;
    ctx.error([name], 'COMPILE_UNSUPPORTED_STEP', `the ${step} option '${name}' is not supported by Dromedary yet`);
    refused = true;
  }
  return refused;
}
