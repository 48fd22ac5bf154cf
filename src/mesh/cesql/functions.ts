/**
 * CESQL functions (spec §3.5): definitions, overloading by arity, and the registry that holds the built-ins and
 * user-defined functions. Function names are case-insensitive.
 */
import type { CesqlValue } from './ast.js';
import type { CesqlType } from './casts.js';
import { BUILTIN_FUNCTIONS } from './builtins.js';

/** A parameter type: a CESQL type (arguments are implicitly cast to it) or `Any` (passed as they are). */
export type CesqlParameterType = CesqlType | 'Any';

/**
 * What a function returns when it fails: `error` describes the failure; `value`, if given and of the declared
 * return type, is the result, otherwise the zero value of the return type is used (spec §3.5.3). Either way the
 * caller gets a `functionEvaluation` error.
 */
export interface CesqlFunctionFailure {
  readonly error: string;
  readonly value?: CesqlValue;
}

/**
 * A function definition. `parameters` are the types of the fixed parameters; `variadic`, when set, makes the
 * function accept any number of further arguments of that type. `call` receives the arguments already cast to the
 * parameter types (never a missing attribute: a call with a missing attribute argument is not made and yields the
 * zero value of `returns`); it must return a value of type `returns` (an Integer must be a signed 32-bit integer)
 * or a {@link CesqlFunctionFailure}. A user-defined `call` that throws, or returns anything else, yields the zero
 * value and a `functionEvaluation` error. `call` must be pure and synchronous; it must not keep `args`.
 */
export interface CesqlFunction {
  readonly name: string;
  readonly parameters: readonly CesqlParameterType[];
  readonly variadic?: CesqlParameterType;
  readonly returns: CesqlType;
  readonly call: (args: readonly CesqlValue[]) => CesqlValue | CesqlFunctionFailure;
}

/** A function found for a call site: its definition and whether it is a built-in (trusted to honour its types). */
export interface ResolvedFunction {
  readonly definition: CesqlFunction;
  readonly builtin: boolean;
}

interface Overloads {
  readonly fixed: Map<number, ResolvedFunction>;
  variadic?: ResolvedFunction;
}

const TYPES = new Set(['Boolean', 'Integer', 'String', 'Any']);

/**
 * The functions an expression may call. Holds the built-ins (LENGTH, CONCAT, CONCAT_WS, LOWER, UPPER, TRIM,
 * LEFT, RIGHT, SUBSTRING/2, SUBSTRING/3, ABS, and the casting functions INT, BOOL, STRING, IS_INT, IS_BOOL) and
 * any user-defined functions registered with {@link CesqlFunctionRegistry.register}. Expressions resolve their calls
 * when compiled: functions registered later do not change expressions already compiled.
 */
export class CesqlFunctionRegistry {
  private readonly byName = new Map<string, Overloads>();

  private constructor(private readonly sealed: boolean) {}

  /** A registry with the built-ins, then `functions` (see {@link CesqlFunctionRegistry.register}). */
  static create(functions: readonly CesqlFunction[] = []): CesqlFunctionRegistry {
    const registry = CesqlFunctionRegistry.builtins(false);
    for (const f of functions) registry.register(f);
    return registry;
  }

  /** @internal The built-ins only; a sealed registry refuses registrations. */
  static builtins(sealed: boolean): CesqlFunctionRegistry {
    const registry = new CesqlFunctionRegistry(sealed);
    for (const f of BUILTIN_FUNCTIONS) registry.add(f, true);
    return registry;
  }

  /**
   * Adds a user-defined function. Throws a `TypeError` (the spec's "the engine MUST reject them") when the name is
   * not a function identifier (`[A-Za-z][A-Za-z_]*`), a type is unknown, the name and arity are already defined
   * (built-ins included), a second variadic overload is added, or a variadic overload would not have more fixed
   * parameters than every fixed-arity overload of the name (spec §3.5), or when the registry is the shared
   * built-in one.
   */
  register(definition: CesqlFunction): this {
    if (this.sealed) {
      throw new TypeError('CESQL: the shared built-in registry cannot be extended; use createCesqlFunctionRegistry()');
    }
    this.add(definition, false);
    return this;
  }

  /** The overload of `name` (any case) for `arity` arguments: the fixed-arity one, else the variadic one. */
  resolve(name: string, arity: number): ResolvedFunction | undefined {
    const overloads = this.byName.get(name.toUpperCase());
    if (overloads === undefined) return undefined;
    const fixed = overloads.fixed.get(arity);
    if (fixed !== undefined) return fixed;
    const variadic = overloads.variadic;
    return variadic !== undefined && arity >= variadic.definition.parameters.length ? variadic : undefined;
  }

  private add(definition: CesqlFunction, builtin: boolean): void {
    const name = definition.name;
    const reject = (why: string): never => {
      throw new TypeError(`CESQL function ${name}: ${why}`);
    };
    if (!/^[A-Za-z][A-Za-z_]*$/.test(name)) reject('the name must match [A-Za-z][A-Za-z_]*');
    const types = [...definition.parameters, definition.returns, definition.variadic ?? 'Any'];
    if (!types.every((t) => TYPES.has(t)) || (definition.returns as string) === 'Any') reject('unknown type');
    if (typeof definition.call !== 'function') reject('call must be a function');
    const key = name.toUpperCase();
    const overloads = this.byName.get(key) ?? { fixed: new Map<number, ResolvedFunction>() };
    const arity = definition.parameters.length;
    const entry: ResolvedFunction = { definition, builtin };
    if (definition.variadic === undefined) {
      if (overloads.fixed.has(arity)) reject(`an overload with ${String(arity)} parameters already exists`);
      if (overloads.variadic !== undefined && arity >= overloads.variadic.definition.parameters.length) {
        reject(`arity ${String(arity)} is not below the fixed parameters of the variadic overload`);
      }
      overloads.fixed.set(arity, entry);
    } else {
      if (overloads.variadic !== undefined) reject('a variadic overload already exists');
      if ([...overloads.fixed.keys()].some((n) => n >= arity)) {
        reject('a variadic overload needs more fixed parameters than every other overload has');
      }
      overloads.variadic = entry;
    }
    this.byName.set(key, overloads);
  }
}

/** The shared registry of built-ins used when no registry is given; it cannot be extended. */
export const BUILTIN_REGISTRY: CesqlFunctionRegistry = CesqlFunctionRegistry.builtins(true);

/**
 * A new registry holding the built-ins plus `functions`, registered in order (throws as
 * {@link CesqlFunctionRegistry.register} does).
 */
export function createCesqlFunctionRegistry(functions: readonly CesqlFunction[] = []): CesqlFunctionRegistry {
  return CesqlFunctionRegistry.create(functions);
}
