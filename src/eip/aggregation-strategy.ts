/**
 * Camel's `AggregationStrategy` contract, and the adapters that turn a user's bean into one: an object with an
 * `aggregate(oldExchange, newExchange)` method, a function with that signature, or a plain object whose named method
 * merges message bodies (`aggregationStrategyMethodName`, Camel's `AggregationStrategyBeanAdapter`).
 */
import type { Exchange } from '../api/exchange.js';
import { methodNames } from './user-code.js';

/**
 * How exchanges of one group are merged. `aggregate` is called once per incoming exchange: the first time with
 * `oldExchange` null, then with what the previous call answered. It answers the group's exchange (usually
 * `oldExchange` changed, or `newExchange`); null is an error. It runs synchronously; a throw is the aggregation's
 * failure.
 */
export interface AggregationStrategy {
  aggregate(oldExchange: Exchange | null, newExchange: Exchange): Exchange | null;
  /** Called once when the group completed, before its exchange is sent on (list strategies move their list to the body). */
  onCompletion?(exchange: Exchange): void;
  /** Called when the group completed by timeout (`index`/`total` are -1 here, `timeout` the configured ms or -1). */
  timeout?(exchange: Exchange, index: number, total: number, timeout: number): void;
  /** Whether `preComplete` decides completion before each aggregation (Camel's pre-completion mode). */
  canPreComplete?(): boolean;
  /** In pre-completion mode: whether the group completes before `newExchange` joins it (it then starts a new group). */
  preComplete?(oldExchange: Exchange | null, newExchange: Exchange): boolean;
  /** How errors name the strategy (`AggregationStrategy <name> returned null …`). */
  toString(): string;
}

/** How a bean is adapted (the `aggregate` step's `aggregationStrategyMethodName` and `…MethodAllowNull`). */
export interface StrategyAdapterOptions {
  readonly methodName?: string;
  /** Call the method also for the first exchange of a group (with a null old body). Default false. */
  readonly allowNull?: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isThenable(v: unknown): boolean {
  return isRecord(v) && typeof v['then'] === 'function';
}

/** Rejects a promise answer: an aggregation strategy must merge synchronously. */
function syncResult<T>(value: T): T {
  if (isThenable(value)) throw new Error('an aggregation strategy must answer synchronously, not with a promise');
  return value;
}

/** The arguments of a POJO method: one half for the old exchange, one for the new (body, headers, properties). */
function pojoArguments(arity: number, oldExchange: Exchange | null, newExchange: Exchange): unknown[] {
  const per = arity >= 6 ? 3 : arity >= 4 ? 2 : 1;
  const side = (e: Exchange | null): unknown[] =>
    [e === null ? null : e.body, e === null ? null : e.headers, e === null ? null : e.properties].slice(0, per);
  return [...side(oldExchange), ...side(newExchange)];
}

/**
 * Camel's `AggregationStrategyBeanAdapter`: calls `method` with the bodies (and, for a method declaring 4 or 6
 * parameters, the headers and properties) of the old and the new exchange; a non-null result becomes the body of the
 * old exchange (of the new one on the first call). A throw becomes that exchange's exception, which fails the
 * aggregated exchange when it is sent on. Without `allowNull`, the first exchange of a group is taken as it is.
 */
function pojoStrategy(target: object, method: string, allowNull: boolean, name: string): AggregationStrategy {
  const fn = (target as Record<string, unknown>)[method] as (...args: unknown[]) => unknown;
  return {
    aggregate(oldExchange, newExchange) {
      if (!allowNull && oldExchange === null) return newExchange;
      const into = oldExchange ?? newExchange;
      try {
        const out = syncResult(fn.apply(target, pojoArguments(fn.length, oldExchange, newExchange)));
        if (out !== null && out !== undefined) into.body = out;
      } catch (err) {
        into.exception = err instanceof Error ? err : new Error(String(err));
      }
      return into;
    },
    toString: () => name,
  };
}

/** Wraps an object that implements the contract, so that a promise answer is refused. */
function contractStrategy(target: Record<string, unknown>, name: string): AggregationStrategy {
  const call = (key: string, args: unknown[]): unknown =>
    (target[key] as (...a: unknown[]) => unknown).apply(target, args);
  const has = (key: string): boolean => typeof target[key] === 'function';
  return {
    aggregate: (o, n) => syncResult(call('aggregate', [o, n])) as Exchange | null,
    ...(has('onCompletion') ? { onCompletion: (e: Exchange) => void call('onCompletion', [e]) } : {}),
    ...(has('timeout')
      ? { timeout: (e: Exchange, i: number, t: number, ms: number) => void call('timeout', [e, i, t, ms]) }
      : {}),
    ...(has('canPreComplete') ? { canPreComplete: () => call('canPreComplete', []) === true } : {}),
    ...(has('preComplete')
      ? { preComplete: (o: Exchange | null, n: Exchange) => call('preComplete', [o, n]) === true }
      : {}),
    toString: () => name,
  };
}

/**
 * The aggregation strategy a bean stands for, or a sentence saying why it is none. `name` is how errors name it (the
 * bean reference). With `methodName`, the bean is a POJO whose method merges bodies; without, an object with an
 * `aggregate` method (or a function) is used as the strategy itself, and an object with exactly one method is used
 * as a POJO with that method, as Camel picks the only public method.
 */
export function toAggregationStrategy(
  bean: unknown,
  name: string,
  options: StrategyAdapterOptions = {},
): AggregationStrategy | string {
  const allowNull = options.allowNull ?? false;
  if (typeof bean === 'function' && options.methodName === undefined) {
    const fn = bean as (o: Exchange | null, n: Exchange) => unknown;
    return { aggregate: (o, n) => syncResult(fn(o, n)) as Exchange | null, toString: () => name };
  }
  if (!isRecord(bean) && typeof bean !== 'function') return `the bean ${name} is not an object or a function`;
  const target = bean as Record<string, unknown>;
  const methods = methodNames(target);
  if (options.methodName !== undefined) {
    if (typeof target[options.methodName] === 'function')
      return pojoStrategy(target, options.methodName, allowNull, name);
    return `the bean ${name} has no method ${options.methodName} (methods: ${methods.join(', ') || 'none'})`;
  }
  if (typeof target['aggregate'] === 'function') return contractStrategy(target, name);
  const [only] = methods;
  if (methods.length === 1 && only !== undefined) return pojoStrategy(target, only, allowNull, name);
  return methods.length === 0
    ? `the bean ${name} has no aggregate(oldExchange, newExchange) method`
    : `the bean ${name} has ${String(methods.length)} methods and no aggregate method (name one with aggregationStrategyMethodName)`;
}
