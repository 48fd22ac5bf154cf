/**
 * The Java exception classes error handling matches on (`onException`, and later `doCatch`): a small hierarchy of
 * `java.lang`, `java.io`, `java.net`, `java.util` and Camel exceptions, each with its superclass, and the class of every
 * error the engine sets on an exchange.
 *
 * An error's class is, in order: its `javaClass` field (the engine's errors declare one: `ExchangeTimedOutException` →
 * `org.apache.camel.ExchangeTimedOutException`, `ExpressionEvaluationError` →
 * `org.apache.camel.ExpressionEvaluationException` …); else its `name` when that is a known class, written in full or
 * by its simple name (`IllegalStateException`); else it is an error thrown by user code (bean modules): a JS class,
 * whose type chain is its `name`, the names of the classes of its prototype chain (`MyError`, `Error`), then
 * `java.lang.Exception` and `java.lang.Throwable`. So a plain `Error` matches `java.lang.Exception`, and a
 * `class MyError extends Error` matches `MyError` too.
 *
 * Names in route files: Camel resolves class names with its class loader, so a simple name of a Java class
 * (`IllegalArgumentException`) fails start-up with ClassNotFoundException, and so does any dotted name Camel cannot
 * load; Dromedary reports both (see `classNameProblem`). A simple name that is not one of a Java class here names a JS
 * error class of user code (`MyError`, `TypeError`).
 */

/** Known classes and their superclasses, by fully qualified name. */
const SUPERCLASS: ReadonlyMap<string, string | undefined> = new Map<string, string | undefined>([
  ['java.lang.Throwable', undefined],
  ['java.lang.Exception', 'java.lang.Throwable'],
  ['java.lang.Error', 'java.lang.Throwable'],
  ['java.lang.AssertionError', 'java.lang.Error'],
  ['java.lang.RuntimeException', 'java.lang.Exception'],
  ['java.lang.IllegalArgumentException', 'java.lang.RuntimeException'],
  ['java.lang.NumberFormatException', 'java.lang.IllegalArgumentException'],
  ['java.lang.IllegalStateException', 'java.lang.RuntimeException'],
  ['java.lang.NullPointerException', 'java.lang.RuntimeException'],
  ['java.lang.UnsupportedOperationException', 'java.lang.RuntimeException'],
  ['java.lang.ArithmeticException', 'java.lang.RuntimeException'],
  ['java.lang.ClassCastException', 'java.lang.RuntimeException'],
  ['java.lang.IndexOutOfBoundsException', 'java.lang.RuntimeException'],
  ['java.lang.ArrayIndexOutOfBoundsException', 'java.lang.IndexOutOfBoundsException'],
  ['java.lang.SecurityException', 'java.lang.RuntimeException'],
  ['java.lang.InterruptedException', 'java.lang.Exception'],
  ['java.util.NoSuchElementException', 'java.lang.RuntimeException'],
  ['java.util.ConcurrentModificationException', 'java.lang.RuntimeException'],
  ['java.util.concurrent.TimeoutException', 'java.lang.Exception'],
  ['java.util.concurrent.ExecutionException', 'java.lang.Exception'],
  ['java.util.concurrent.RejectedExecutionException', 'java.lang.RuntimeException'],
  ['java.time.DateTimeException', 'java.lang.RuntimeException'],
  ['java.io.IOException', 'java.lang.Exception'],
  ['java.io.UncheckedIOException', 'java.lang.RuntimeException'],
  ['java.io.FileNotFoundException', 'java.io.IOException'],
  ['java.io.EOFException', 'java.io.IOException'],
  ['java.io.InterruptedIOException', 'java.io.IOException'],
  ['java.net.SocketException', 'java.io.IOException'],
  ['java.net.ConnectException', 'java.net.SocketException'],
  ['java.net.SocketTimeoutException', 'java.io.InterruptedIOException'],
  ['java.net.UnknownHostException', 'java.io.IOException'],
  ['org.apache.camel.CamelException', 'java.lang.Exception'],
  ['org.apache.camel.CamelExchangeException', 'org.apache.camel.CamelException'],
  ['org.apache.camel.ExchangeTimedOutException', 'org.apache.camel.CamelExchangeException'],
  ['org.apache.camel.InvalidPayloadException', 'org.apache.camel.CamelExchangeException'],
  ['org.apache.camel.NoSuchHeaderException', 'org.apache.camel.CamelExchangeException'],
  ['org.apache.camel.NoSuchPropertyException', 'org.apache.camel.CamelExchangeException'],
  ['org.apache.camel.ValidationException', 'org.apache.camel.CamelExchangeException'],
  ['org.apache.camel.component.direct.DirectConsumerNotAvailableException', 'org.apache.camel.CamelExchangeException'],
  ['org.apache.camel.component.seda.SedaConsumerNotAvailableException', 'org.apache.camel.CamelExchangeException'],
  ['org.apache.camel.NoTypeConversionAvailableException', 'org.apache.camel.CamelException'],
  ['org.apache.camel.RuntimeCamelException', 'java.lang.RuntimeException'],
  ['org.apache.camel.RuntimeExchangeException', 'org.apache.camel.RuntimeCamelException'],
  ['org.apache.camel.CamelExecutionException', 'org.apache.camel.RuntimeExchangeException'],
  ['org.apache.camel.ExpressionEvaluationException', 'org.apache.camel.RuntimeCamelException'],
  ['org.apache.camel.TypeConversionException', 'org.apache.camel.RuntimeCamelException'],
  ['org.apache.camel.NoSuchBeanException', 'org.apache.camel.RuntimeCamelException'],
  ['org.apache.camel.NoSuchEndpointException', 'org.apache.camel.RuntimeCamelException'],
  ['org.apache.camel.ResolveEndpointFailedException', 'org.apache.camel.RuntimeCamelException'],
]);

const simpleName = (qualified: string): string => qualified.slice(qualified.lastIndexOf('.') + 1);

/** Known classes by simple name (each simple name above is unique). */
const BY_SIMPLE_NAME: ReadonlyMap<string, string> = new Map([...SUPERCLASS.keys()].map((q) => [simpleName(q), q]));

/** Whether `name` is a fully qualified class Dromedary knows. */
export function isKnownExceptionClass(name: string): boolean {
  return SUPERCLASS.has(name);
}

/** Every fully qualified class Dromedary knows (for did-you-mean hints). */
export function knownExceptionClasses(): readonly string[] {
  return [...SUPERCLASS.keys()];
}

/** The known class with this simple name (`IllegalArgumentException` → `java.lang.IllegalArgumentException`). */
export function qualifiedExceptionName(simple: string): string | undefined {
  return BY_SIMPLE_NAME.get(simple);
}

/** A known class and its superclasses, most specific first. */
function javaChain(qualified: string): string[] {
  const chain: string[] = [];
  for (let c: string | undefined = qualified; c !== undefined; c = SUPERCLASS.get(c)) chain.push(c);
  return chain;
}

/** The Java class of an error: its `javaClass`, else its name when that is a known class; undefined for user errors. */
function declaredClass(error: Error): string | undefined {
  const declared = (error as { javaClass?: unknown }).javaClass;
  if (typeof declared === 'string' && SUPERCLASS.has(declared)) return declared;
  if (SUPERCLASS.has(error.name)) return error.name;
  // A JS `Error` is not `java.lang.Error` (an error the JVM raises), whatever the names say.
  return error.name === 'Error' ? undefined : BY_SIMPLE_NAME.get(error.name);
}

/** The JS class names of a user error: its `name`, then its prototype chain's constructors (`MyError`, `Error`). */
function jsChain(error: Error): string[] {
  const names: string[] = [];
  for (let proto: unknown = Object.getPrototypeOf(error); proto !== null && proto !== Object.prototype;) {
    const ctor = (proto as { constructor?: unknown }).constructor;
    if (typeof ctor === 'function' && ctor.name !== '' && !names.includes(ctor.name)) names.push(ctor.name);
    proto = Object.getPrototypeOf(proto);
  }
  if (error.name !== '' && !names.includes(error.name)) names.unshift(error.name);
  return names;
}

/**
 * The classes `error` is an instance of, most specific first and ending with `java.lang.Throwable`: the position of a
 * class in this list is how far it is from the error's own class (Camel's inheritance distance).
 */
export function exceptionTypes(error: Error): readonly string[] {
  const declared = declaredClass(error);
  if (declared !== undefined) return javaChain(declared);
  return [...jsChain(error), 'java.lang.Exception', 'java.lang.Throwable'];
}

/** The class an error's log line and `${exception}` would name in Camel: its Java class, else its JS name. */
export function exceptionClassOf(error: Error): string {
  return exceptionTypes(error)[0] ?? error.name;
}

/** The error and its causes (`cause`), innermost cause first, as Camel walks them when it matches a clause. */
export function causeChain(error: Error): Error[] {
  const chain: Error[] = [];
  for (let e: unknown = error; e instanceof Error && !chain.includes(e); e = e.cause) chain.push(e);
  return chain.reverse();
}

/**
 * Why a class name written in a route file (an `onException` exception, a `throwException` type) cannot be used, as
 * a message and an optional hint; undefined when it can. `allowUserClasses`: whether a simple name that is not a Java
 * class may name a JS error class of user code (true for matching, false where a Java class must be created).
 */
export function classNameProblem(
  name: string,
  allowUserClasses: boolean,
): { readonly message: string; readonly hint?: string } | undefined {
  if (SUPERCLASS.has(name)) return undefined;
  const qualified = BY_SIMPLE_NAME.get(name);
  if (qualified !== undefined) {
    return {
      message: `'${name}' is not a fully qualified class name: Camel fails to start with ClassNotFoundException`,
      hint: `write ${qualified}`,
    };
  }
  if (!name.includes('.') && allowUserClasses && /^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  return {
    message: `'${name}' is not an exception class Dromedary knows: Camel fails to start with ClassNotFoundException`,
  };
}
