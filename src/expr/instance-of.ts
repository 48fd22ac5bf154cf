/**
 * The `is` operator's view of Java classes: which JS values are instances of which class names, on the JS ↔ Java
 * table of `convert.ts` (so `Integer` is an integral number in int range, `Map` a plain object or `Map`).
 */
import { camelTypeName } from './convert.js';
import { isCollection, isMap } from './values.js';

const INSTANCE_TESTS: ReadonlyMap<string, (value: unknown) => boolean> = new Map<string, (value: unknown) => boolean>([
  ...instanceTest(['String', 'CharSequence', 'java.lang.CharSequence'], (v) => typeof v === 'string'),
  ...instanceTest(['Integer'], (v) => camelTypeName(v) === 'java.lang.Integer'),
  ...instanceTest(['Long'], (v) => camelTypeName(v) === 'java.lang.Long'),
  ...instanceTest(['Double'], (v) => camelTypeName(v) === 'java.lang.Double'),
  ...instanceTest(['Float'], () => false),
  ...instanceTest(['Number'], (v) => typeof v === 'number' || typeof v === 'bigint'),
  ...instanceTest(['Boolean'], (v) => typeof v === 'boolean'),
  ...instanceTest(['byte[]'], (v) => v instanceof Uint8Array),
  ...instanceTest(['Map', 'LinkedHashMap', 'HashMap', 'java.util.Map'], (v) => isMap(v)),
  ...instanceTest(['List', 'ArrayList'], (v) => Array.isArray(v)),
  ...instanceTest(['Set', 'LinkedHashSet', 'HashSet'], (v) => v instanceof Set),
  ...instanceTest(['Collection', 'Iterable', 'java.lang.Iterable'], (v) => isCollection(v)),
  ...instanceTest(['Date'], (v) => v instanceof Date),
  ...instanceTest(['Throwable', 'Exception', 'RuntimeException'], (v) => v instanceof Error),
  ...instanceTest(['Object'], (v) => v !== null && v !== undefined),
]);

function instanceTest(names: readonly string[], test: (value: unknown) => boolean): [string, typeof test][] {
  const packages = ['java.lang.', 'java.util.'];
  return names.flatMap((name) =>
    name.includes('.') || name.endsWith('[]')
      ? [[name, test]]
      : [[name, test], ...packages.map((p) => [p + name, test])],
  ) as [string, typeof test][];
}

/**
 * Camel's `instanceof` for the `is` operator: whether `value` is an instance of the named class (short `java.lang`
 * and `java.util` names allowed). `undefined` when the class is unknown to Dromedary; `null` is an instance of nothing.
 */
export function isInstanceOf(value: unknown, typeName: string): boolean | undefined {
  const test = INSTANCE_TESTS.get(typeName.trim());
  if (test === undefined) return undefined;
  return value !== null && value !== undefined && test(value);
}

/** Whether a class name is known to `isInstanceOf`. */
export function isKnownClass(typeName: string): boolean {
  return INSTANCE_TESTS.has(typeName.trim());
}
