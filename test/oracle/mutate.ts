/**
 * Mechanical mutations of route files for the oracle comparison: renamed keys, wrong types, dropped fields, swapped
 * nesting and extra keys. Deterministic for a given seed.
 */

/** A small seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Path = (string | number)[];

function nodes(v: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(v)) v.forEach((x: unknown, i) => nodes(x, [...path, i], out));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) nodes(x, [...path, k], out);
  return out;
}

function get(root: unknown, path: Path): unknown {
  let v = root;
  for (const s of path) v = (v as Record<string, unknown>)[String(s)];
  return v;
}

function parentOf(root: unknown, path: Path): [Record<string, unknown> | unknown[], string | number] | undefined {
  if (path.length === 0) return undefined;
  const parent = get(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (last === undefined || typeof parent !== 'object' || parent === null) return undefined;
  return [parent as Record<string, unknown>, last];
}

const KEY_EDITS = [
  (k: string) => k.slice(0, -1),
  (k: string) => (k.length > 2 ? `${k.charAt(1)}${k.charAt(0)}${k.slice(2)}` : `${k}x`),
  (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
  (k: string) => k.toUpperCase(),
  (k: string) => `${k}s`,
];

const VALUE_SWAPS: ((v: unknown) => unknown)[] = [
  () => 42,
  () => 'yes',
  () => true,
  () => ['a', 'b'],
  () => ({ bogus: 1 }),
  () => null,
  (v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)),
  (v) => [v],
];

/** Applies one random mutation to a deep copy of `value`; returns it and a label describing what changed. */
export function mutate(value: unknown, rnd: () => number): { value: unknown; label: string } {
  const copy = structuredClone(value);
  const all = nodes(copy).filter((p) => p.length > 0);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  if (all.length === 0) return { value: copy, label: 'none' };
  const path = pick(all);
  const at = parentOf(copy, path);
  if (at === undefined) return { value: copy, label: 'none' };
  const [parent, last] = at;
  const kind = Math.floor(rnd() * 5);
  const where = path.join('/');
  if (kind === 0 && typeof last === 'string' && !Array.isArray(parent)) {
    const edit = pick(KEY_EDITS);
    const renamed = edit(last);
    const entries = Object.entries(parent).map(([k, v]) => [k === last ? renamed : k, v] as const);
    for (const k of Object.keys(parent)) Reflect.deleteProperty(parent, k);
    for (const [k, v] of entries) parent[k] = v;
    return { value: copy, label: `rename ${where} -> ${renamed}` };
  }
  if (kind === 1) {
    const swap = pick(VALUE_SWAPS);
    (parent as Record<string, unknown>)[String(last)] = swap(get(copy, path));
    return { value: copy, label: `retype ${where}` };
  }
  if (kind === 2) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else Reflect.deleteProperty(parent, last);
    return { value: copy, label: `drop ${where}` };
  }
  if (kind === 3) {
    // Swap nesting: lift the value over its parent, or push it one level down.
    const v = get(copy, path);
    const grand = parentOf(copy, path.slice(0, -1));
    if (grand !== undefined && rnd() < 0.5) {
      (grand[0] as Record<string, unknown>)[String(grand[1])] = v;
      return { value: copy, label: `lift ${where}` };
    }
    (parent as Record<string, unknown>)[String(last)] = typeof last === 'string' ? { [last]: v } : { steps: [v] };
    return { value: copy, label: `nest ${where}` };
  }
  if (!Array.isArray(parent)) {
    parent[pick(['id', 'uri', 'steps', 'log', 'simple', 'expression', 'description', 'disabled'])] = pick([
      'x',
      1,
      true,
      [],
    ]);
    return { value: copy, label: `add key under ${path.slice(0, -1).join('/')}` };
  }
  parent.push(pick([{ log: 'x' }, { to: 'log:x' }, 'bare', { route: {} }]));
  return { value: copy, label: `append to ${path.slice(0, -1).join('/')}` };
}
