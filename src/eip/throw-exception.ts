/** The `throwException` EIP. */
import { DromedaryError } from '../api/errors.js';
import type { Expression } from '../api/expression.js';
import { defineStep } from '../compile/step-context.js';
import { exceptionClassProblem } from '../compile/error-handling/class-names.js';
import { renderText } from '../expr/convert.js';
import { refuseUnapplied } from './step-options.js';
import { asMap, stringOption, syncStep } from './sync-step.js';

/**
 * The exception `throwException` raises: it is of the Java class the step names, which is both its `name` (so the
 * error handler's log line and `${exception}` read `java.lang.IllegalArgumentException: message`, as Camel prints it)
 * and its `javaClass` (what `onException` matches). Code `THROWN_EXCEPTION`.
 */
export class ThrownException extends DromedaryError {
  override readonly name: string;

  constructor(
    readonly javaClass: string,
    message: string,
  ) {
    super('THROWN_EXCEPTION', message);
    this.name = javaClass;
  }
}

/**
 * `throwException`: fails the exchange with a new exception of `exceptionType` (a fully qualified Java class
 * Dromedary knows; Camel fails start-up on any other), whose message is `message` — a Simple template evaluated per
 * exchange — or empty. The error handler then deals with it like any failure. `ref` (an exception bean) is reported:
 * Dromedary has no exception beans yet. A message that cannot be evaluated fails the exchange with that evaluation
 * error instead.
 */
export const throwException = defineStep({
  name: 'throwException',
  compile(definition, ctx) {
    const map = asMap(definition, 'exceptionType');
    if (refuseUnapplied(map, ctx, 'throwException', ['ref'])) return undefined;
    const type = stringOption(map, 'exceptionType')?.trim();
    if (type === undefined || type === '') {
      ctx.error([], 'DSL_MISSING_REQUIRED', 'throwException needs an exceptionType');
      return undefined;
    }
    const problem = exceptionClassProblem(type, false);
    if (problem !== undefined) {
      ctx.error(['exceptionType'], 'COMPILE_UNKNOWN_EXCEPTION_CLASS', problem.message, problem.hint);
      return undefined;
    }
    const text = stringOption(map, 'message');
    let message: Expression | undefined;
    if (text !== undefined) {
      message = ctx.expression({ simple: text }, ['message']);
      if (message === undefined) return undefined;
    }
    const compiled = message;
    return syncStep((exchange) => {
      const value = compiled === undefined ? null : compiled.evaluate(exchange, ctx.evaluation);
      exchange.exception = new ThrownException(type, value === null ? '' : renderText(value));
    });
  },
});
