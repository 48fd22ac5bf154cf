/**
 * Legacy kebab-case keys (`set-body`, `to-d`), which older Camel YAML accepted. They are read as their camelCase form
 * and each one is reported, so files keep loading while users update them.
 */

/** Map keys whose values are free maps: their keys are data, never DSL keys, and are left as written. */
export const FREE_MAP_KEYS: ReadonlySet<string> = new Set(['parameters', 'properties', 'constructors']);

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;

/** The camelCase form of a kebab-case key (`to-d` → `toD`); any other key unchanged. */
export function kebabToCamel(key: string): string {
  if (!KEBAB.test(key)) return key;
  return key.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** A legacy key that was renamed: where it is (path of the renamed key) and its two spellings. */
export interface RenamedKey {
  readonly path: readonly (string | number)[];
  readonly from: string;
  readonly to: string;
}

/**
 * Renames kebab-case keys to camelCase in place, everywhere except inside free maps, and returns what it renamed.
 * A renamed key that collides with a camelCase key already present is left alone (the schema reports both).
 */
export function normalizeKebabKeys(value: unknown, base: readonly (string | number)[] = []): RenamedKey[] {
  const renamed: RenamedKey[] = [];
  const visit = (v: unknown, path: (string | number)[]): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        visit(item, [...path, i]);
      });
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    const obj = v as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      const camel = kebabToCamel(key);
      let target = key;
      if (camel !== key && !(camel in obj)) {
        obj[camel] = obj[key];
        Reflect.deleteProperty(obj, key);
        renamed.push({ path: [...path, camel], from: key, to: camel });
        target = camel;
      }
      if (!FREE_MAP_KEYS.has(target)) visit(obj[target], [...path, target]);
    }
  };
  visit(value, [...base]);
  return renamed;
}
