/**
 * How a route is recognised from one compilation to the next (dev mode's plan diff): a route with an `id` by its id;
 * a route without one by its file and a hash of its content (with placeholders resolved), so that inserting a route
 * changes no other route's identity. Such a route keeps the visible id (`route1`, `route2` …) it was first given;
 * new ones get the next free number. The fingerprint says whether a route with the same identity changed: its file
 * and its resolved definition, with those of the error handling that applies to it (so a property it uses, or a
 * `routeConfiguration` it uses, changes it, and nothing else does).
 */
import { createHash } from 'node:crypto';

const hash = (text: string): string => createHash('sha1').update(text).digest('hex').slice(0, 16);

/** Identity and fingerprint of one route definition. */
export interface RouteIdentity {
  /** `id:<id>` for a route with an id, `auto:<file>:<content hash>` for one without. */
  readonly key: string;
  readonly fingerprint: string;
}

/**
 * The identity of a route defined in `file` with the resolved definition `value` and its own `id`, if any. `applies`
 * are the resolved definitions of what else applies to the route (its error handler, route configurations and
 * `onException`s): they are part of its fingerprint, not of its key.
 */
export function routeIdentity(file: string, value: unknown, id: string | undefined, applies?: unknown): RouteIdentity {
  // JSON.stringify answers undefined for undefined, whatever its declared type says.
  const json = JSON.stringify(value) as string | undefined;
  const content = hash(`${file}\n${json ?? ''}`);
  const fingerprint = applies === undefined ? content : hash(`${content}\n${JSON.stringify(applies)}`);
  return { key: id === undefined ? `auto:${file}:${content}` : `id:${id}`, fingerprint };
}

/**
 * The identity with the beans the route references folded into its fingerprint (`refs`: bean name → the bean's
 * fingerprint), so that a changed bean definition or bean module changes exactly the routes that use it.
 */
export function withBeanRefs(identity: RouteIdentity, refs: ReadonlyMap<string, string>): RouteIdentity {
  if (refs.size === 0) return identity;
  const beans = [...refs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, f]) => `${n}=${f}`);
  return { key: identity.key, fingerprint: hash(`${identity.fingerprint}\n${beans.join('\n')}`) };
}

/**
 * Gives id-less routes their visible ids: the id a route with the same key had before (`previous`), else the next
 * `routeN` not taken by any other route. `explicit` are the ids routes were given in their definitions.
 */
export class AutoIds {
  private next = 0;
  private readonly taken: Set<string>;

  constructor(
    explicit: Iterable<string>,
    private readonly previous: ReadonlyMap<string, string> = new Map(),
  ) {
    this.taken = new Set(explicit);
  }

  /** The id for the id-less route with this key. */
  idFor(key: string): string {
    const before = this.previous.get(key);
    if (before !== undefined && !this.taken.has(before)) {
      this.taken.add(before);
      return before;
    }
    let id: string;
    do id = `route${String(++this.next)}`;
    while (this.taken.has(id) || [...this.previous.values()].includes(id));
    this.taken.add(id);
    return id;
  }
}
