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
    const keys = Object.keys(obj);
    const targets = keys.map((key) => {
      const camel = kebabToCamel(key);
      return camel !== key && !(camel in obj) ? camel : key;
    });
    if (targets.some((t, i) => t !== keys[i])) {
      // Rebuild the map so renamed keys keep their written place.
      const entries = keys.map((k, i) => [targets[i] ?? k, obj[k]] as const);
      for (const k of keys) Reflect.deleteProperty(obj, k);
      for (const [k, val] of entries) obj[k] = val;
      keys.forEach((k, i) => {
        const to = targets[i] ?? k;
        if (to !== k) renamed.push({ path: [...path, to], from: k, to });
      });
    }
    for (const key of targets) {
      // A free map's keys are data; a list under the same name (template parameters) is DSL again.
      if (!FREE_MAP_KEYS.has(key) || Array.isArray(obj[key])) visit(obj[key], [...path, key]);
    }
  };
  visit(value, [...base]);
  return renamed;
}
