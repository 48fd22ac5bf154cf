/**
 * Small TypeBox builders shared by the DSL schema sources. They keep the generated definitions short and give every
 * construct one shape that yields precise validation errors.
 */
import { Type, type TSchema } from 'typebox';

/** The `$ref` prefix every DSL definition lives under. */
export const DEFINITIONS_PREFIX = '#/definitions/';

/** A reference to the DSL definition called `name` (the short name of a Camel model class). */
export function ref(name: string): TSchema {
  return Type.Ref(`${DEFINITIONS_PREFIX}${name}`);
}

/** Marks a property as optional. */
export const O = Type.Optional;

/** A map whose keys are free (endpoint `parameters`, bean `properties` …). */
export function freeMap(options: Record<string, unknown> = {}): TSchema {
  return Type.Unsafe({ type: 'object', ...options });
}

/**
 * A definition that takes either a bare string (its shorthand) or its object form. The string form is tried only
 * when the value is not a map, so a map with a mistake gets the object form's errors and nothing else.
 */
export function stringOr(object: TSchema): TSchema {
  return Type.Unsafe({ if: { type: 'object' }, then: object, else: { type: 'string' } });
}
