/**
 * Nested steps: the `steps:` list of `step`, `pipeline`, `filter`, `when` and `otherwise`, compiled into one processor
 * that runs them in order on the same exchange, stopping early when the exchange fails or is stopped (Camel's
 * `Pipeline`). An absent or empty list is a processor that does nothing.
 */
import type { Processor } from '../api/processor.js';
import { defineStep, type StepCompiler, type StepContext } from '../compile/step-context.js';
import type { PathSegment } from '../dsl/yaml-source.js';
import { asMap } from './sync-step.js';

/** The processor for the `steps` of a definition map (`holder`) found at `at` relative to the step. */
export function nestedSteps(holder: unknown, ctx: StepContext, at: readonly PathSegment[] = []): Processor {
  return ctx.steps(asMap(holder, 'id')['steps'], [...at, 'steps']);
}

/**
 * A step kind that only groups its nested steps (`step`, `pipeline`): they run in order on the same exchange, and
 * what they change is seen after the group; a failure or `stop` inside ends the whole route, not just the group.
 */
export function groupStep(key: string): StepCompiler {
  return defineStep({ name: key, compile: (definition, ctx) => nestedSteps(definition, ctx) });
}
