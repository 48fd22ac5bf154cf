/**
 * How expression languages see JS values as Camel's Java values (GUIDE §4): a plain object or a `Map` is a
 * `java.util.LinkedHashMap`, an array a `java.util.ArrayList`, a `Set` a `java.util.LinkedHashSet`, a `Uint8Array` a
 * `byte[]`. These helpers classify values and walk them the way Camel's `ObjectHelper` does.
 */

/** The smallest and largest `java.lang.Integer`. */
export const INT_MIN = -2147483648;
export const INT_MAX = 2147483647;

/** A map as Camel sees one: anything with `get` and `has` (a `Map`, the exchange's headers). */
export interface MapLike {
  get(key: string): unknown;
  has(key: string): boolean;
}

/** Whether `value` is a plain object (`{}` literal or `Object.create(null)`): Camel's `LinkedHashMap`. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether `value` answers `get`/`has` like a `java.util.Map` (a `Map`, a `Headers`), plain objects excluded. */
export function isMapLike(value: unknown): value is MapLike {
  if (value instanceof Map) return true;
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<MapLike>;
  return typeof candidate.get === 'function' && typeof candidate.has === 'function';
}

/** Whether `value` is a map for Camel: a plain object, a `Map` or another `get`/`has` object. */
export function isMap(value: unknown): value is Record<string, unknown> | MapLike {
  return isPlainObject(value) || isMapLike(value);
}

/** Whether `value` is a collection for Camel (`java.util.Collection`): an array or a `Set`. */
export function isCollection(value: unknown): value is readonly unknown[] | ReadonlySet<unknown> {
  return Array.isArray(value) || value instanceof Set;
}

/** An own property of an object, or `undefined`; never reads the prototype chain (`constructor`, `__proto__`). */
export function ownProperty(target: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(target, key) ? (target as Record<string, unknown>)[key] : undefined;
}

/** The value under `key` in a map (plain object or `get`/`has` map), `null` when absent. */
export function mapGet(map: Record<string, unknown> | MapLike, key: string): unknown {
  if (isMapLike(map)) return map.has(key) ? (map.get(key) ?? null) : null;
  return ownProperty(map, key) ?? null;
}

/** The entries of a map, in insertion order. */
export function mapEntries(map: Record<string, unknown> | MapLike): [unknown, unknown][] {
  if (map instanceof Map) return [...(map as Map<unknown, unknown>).entries()];
  if (isMapLike(map)) {
    const iterable = map as Partial<Iterable<[unknown, unknown]>>;
    return typeof iterable[Symbol.iterator] === 'function' ? [...(iterable as Iterable<[unknown, unknown]>)] : [];
  }
  return Object.entries(map);
}

/**
 * The number of elements Camel would count: collection, map and `byte[]` sizes, string length; `undefined` for
 * anything else.
 */
export function sizeOf(value: unknown): number | undefined {
  if (typeof value === 'string' || Array.isArray(value) || value instanceof Uint8Array) return value.length;
  if (value instanceof Set || value instanceof Map) return value.size;
  if (isPlainObject(value)) return Object.keys(value).length;
  if (isMapLike(value)) return mapEntries(value).length;
  return undefined;
}

/**
 * The values Camel's `ObjectHelper.createIterable` yields: nothing for `null`, the elements of a collection, the
 * values of a map, the comma-separated parts of a string (empty parts skipped), the value itself otherwise.
 */
export function iterateValues(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value as unknown[];
  if (value instanceof Set) return [...(value as Set<unknown>)];
  if (isMap(value)) return mapEntries(value).map(([, v]) => v);
  if (typeof value === 'string') {
    if (!value.includes(',')) return value === '' ? [] : [value];
    return value.split(',').filter((part) => part !== '');
  }
  return [value];
}
