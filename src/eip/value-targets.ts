/**
 * Where the set, remove and convert EIPs keep values: the body, message headers, exchange properties and variables,
 * each with Camel's rules for `null` and for names:
 *
 * | target | names | setting `null` |
 * |---|---|---|
 * | body | — | the body becomes null |
 * | header | case-insensitive (first spelling kept) | the header stays, with a null value |
 * | exchange property | case-sensitive | removes the property (`AbstractExchange.setProperty`) |
 * | variable | case-sensitive | removes the variable (`ExchangeVariableRepository.setVariable`) |
 *
 * A name that holds a Simple function (`${header.which}`) is evaluated per exchange, as Camel's reifiers do for
 * setHeader, setProperty, setVariable, setHeaders, setVariables, convertHeaderTo, convertVariableTo and
 * removeVariable.
 */
import { ExpressionEvaluationError } from '../api/errors.js';
import type { Exchange } from '../api/exchange.js';
import type { StepContext } from '../compile/step-context.js';
import type { PathSegment } from '../dsl/yaml-source.js';
import { renderText } from '../expr/convert.js';

/** One place values live in an exchange. */
export interface ValueTarget {
  /** What the target is called in messages (`header`, `exchange property` …). */
  readonly kind: string;
  /** Whether values are named (all but the body). */
  readonly named: boolean;
  /** The value, or `undefined` when there is none. */
  get(exchange: Exchange, name: string): unknown;
  /** Stores a value with the target's rule for `null` (table above). */
  set(exchange: Exchange, name: string, value: unknown): void;
  /** Removes a value; answers whether there was one. */
  delete(exchange: Exchange, name: string): boolean;
  /** The names present, in insertion order. */
  names(exchange: Exchange): string[];
  /** Why a name cannot be used in Dromedary, or undefined when it can. */
  refusal?(name: string): string | undefined;
}

/** The message body (`setBody`, `transform`, `convertBodyTo`). */
export const bodyTarget: ValueTarget = {
  kind: 'body',
  named: false,
  get: (e) => e.body ?? undefined,
  set: (e, _name, value) => {
    e.body = value ?? null;
  },
  delete: (e) => {
    e.body = null;
    return true;
  },
  names: () => [],
};

/** Message headers: case-insensitive names; a null value is kept. */
export const headerTarget: ValueTarget = {
  kind: 'header',
  named: true,
  get: (e, name) => e.headers.get(name),
  set: (e, name, value) => {
    e.headers.set(name, value ?? null);
  },
  delete: (e, name) => e.headers.delete(name),
  names: (e) => [...e.headers.keys()],
};

/** A target backed by a case-sensitive map where setting `null` removes the entry. */
function mapTarget(kind: string, map: (e: Exchange) => Map<string, unknown>): ValueTarget {
  return {
    kind,
    named: true,
    get: (e, name) => map(e).get(name),
    set: (e, name, value) => {
      if (value === null || value === undefined) map(e).delete(name);
      else map(e).set(name, value);
    },
    delete: (e, name) => map(e).delete(name),
    names: (e) => [...map(e).keys()],
  };
}

/** Exchange properties: case-sensitive names; setting null removes the property. */
export const propertyTarget: ValueTarget = mapTarget('exchange property', (e) => e.properties);

/** Variables: case-sensitive names; setting null removes the variable. `global:`/`route:` scopes are refused. */
export const variableTarget: ValueTarget = {
  ...mapTarget('variable', (e) => e.variables),
  refusal: (name) => {
    const scope = /^(global|route):/.exec(name)?.[1];
    return scope === undefined ? undefined : `${scope} variables are not supported by Dromedary yet`;
  },
};

/** Whether text holds a Simple function (`${…}` or `$simple{…}`), as Camel's `LanguageSupport.hasSimpleFunction`. */
export function hasSimpleFunction(text: string): boolean {
  return text.includes('${') || text.includes('$simple{');
}

/** A name as the step computes it for one exchange. */
export type NameOf = (exchange: Exchange) => string;

/**
 * Compiles a name written in a definition (at `at`): constant text, or a Simple template evaluated per exchange when
 * it holds a function. A name the target refuses is reported at compile time (constant) or fails the exchange
 * (computed); a computed name that is null or empty fails the exchange, as Camel's null key does.
 * @returns undefined when the name cannot be compiled (the problem is reported).
 */
export function compileName(
  name: string,
  target: ValueTarget,
  ctx: StepContext,
  at: readonly PathSegment[],
): NameOf | undefined {
  if (!hasSimpleFunction(name)) {
    const refusal = target.refusal?.(name);
    if (refusal !== undefined) {
      ctx.error(at, 'COMPILE_UNSUPPORTED_STEP', refusal);
      return undefined;
    }
    return () => name;
  }
  const expression = ctx.expression({ simple: name }, at);
  if (expression === undefined) return undefined;
  return (exchange) => {
    const value = expression.evaluate(exchange, ctx.evaluation);
    const computed = value === null || value === undefined ? '' : renderText(value);
    if (computed === '') throw new ExpressionEvaluationError(`the ${target.kind} name ${name} evaluated to null`);
    const refusal = target.refusal?.(computed);
    if (refusal !== undefined) throw new ExpressionEvaluationError(refusal);
    return computed;
  };
}
