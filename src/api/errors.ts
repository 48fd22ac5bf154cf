/**
 * Typed errors with stable codes. Problems in route files are never thrown: they are `Diagnostic`s. These errors are
 * for misuse of the API or CLI that leaves nothing to validate or run.
 */

/** Base class: every error Dromedary throws on purpose has a stable `code`. */
export class DromedaryError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A usage mistake: a path that does not exist, an unknown option. The CLI exits 2 on it. */
export class UsageError extends DromedaryError {
  constructor(message: string, code = 'USAGE') {
    super(code, message);
  }
}

/**
 * An expression could not be evaluated for an exchange; becomes the exchange's exception. Its Java class (what
 * `onException` matches) is Camel's `org.apache.camel.ExpressionEvaluationException`.
 */
export class ExpressionEvaluationError extends DromedaryError {
  readonly javaClass = 'org.apache.camel.ExpressionEvaluationException';

  constructor(message: string) {
    super('EXPRESSION_EVALUATION', message);
  }
}

/**
 * A value could not be converted to the type asked for (`convertBodyTo`, `bodyAs`, `resultType`). Its Java class (what
 * `onException` matches) is Camel's `org.apache.camel.TypeConversionException`.
 */
export class TypeConversionError extends DromedaryError {
  readonly javaClass = 'org.apache.camel.TypeConversionException';

  constructor(message: string) {
    super('TYPE_CONVERSION', message);
  }
}
