/**
 * Flow steps: `stop` (ends the exchange's route here, successfully), `step` and `pipeline` (group steps).
 */
import { defineStep } from '../compile/step-context.js';
import { asMap, syncStep } from './sync-step.js';

/** `stop`. */
export const stop = defineStep({
  name: 'stop',
  compile: () =>
    syncStep((e) => {
      e.stopped = true;
    }),
});

/** `step`: its nested steps, as one unit. */
export const step = defineStep({
  name: 'step',
  compile: (definition, ctx) => ctx.steps(asMap(definition, 'id')['steps'], ['steps']),
});

/** `pipeline`: its nested steps in order. */
export const pipeline = defineStep({
  name: 'pipeline',
  compile: (definition, ctx) => ctx.steps(asMap(definition, 'id')['steps'], ['steps']),
});
