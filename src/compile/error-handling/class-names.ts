/**
 * Exception class names written in route files (`onException` exceptions, `throwException` types), checked as Camel
 * resolves them at start-up: fully qualified Java classes Dromedary knows are accepted; a Java class's simple name,
 * or a dotted name Dromedary does not know, is an error (Camel fails with ClassNotFoundException), with the likely
 * name as a hint. Where an error is only matched (`onException`), a simple name that is no Java class's names a JS
 * error class of user code (`MyError`): see `src/engine/error-handler/exception-types.ts`.
 */
import { classNameProblem, knownExceptionClasses } from '../../engine/error-handler/exception-types.js';
import { closest } from '../../validate/suggest.js';

/** Why `name` cannot be used, with a hint; undefined when it can. `matchOnly`: JS error class names are accepted. */
export function exceptionClassProblem(
  name: string,
  matchOnly: boolean,
): { readonly message: string; readonly hint?: string } | undefined {
  const problem = classNameProblem(name, matchOnly);
  if (problem === undefined || problem.hint !== undefined) return problem;
  const known = knownExceptionClasses();
  const near =
    closest(name, known) ??
    closest(
      name.slice(name.lastIndexOf('.') + 1),
      known.map((k) => k.slice(k.lastIndexOf('.') + 1)),
    );
  const qualified = near === undefined ? undefined : known.find((k) => k === near || k.endsWith(`.${near}`));
  return qualified === undefined ? problem : { ...problem, hint: `did you mean ${qualified}?` };
}
