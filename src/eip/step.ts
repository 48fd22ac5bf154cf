/** The `step` EIP. */
import { groupStep } from './nested-steps.js';

/**
 * `step`: runs its nested `steps` in order on the same exchange, as one unit (Camel's `StepProcessor`); what they
 * change is seen after the step, and a failure or `stop` inside ends the route. Dromedary does not set Camel's
 * internal `CamelStepId` exchange property (`${stepId}`) while inside the step.
 */
export const step = groupStep('step');
