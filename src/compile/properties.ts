/**
 * Property placeholders, resolved when routes are compiled: `{{key}}`, `{{key:default}}`, `{{?key}}` (optional: an
 * endpoint option using it is dropped), `{{!key}}` (boolean negated), `{{env:NAME[:default]}}`, `{{sys:name[:default]}}`.
 * Sources, highest first: `-p` values, environment variables (Camel's mapping: upper case, `.` and `-` → `_`),
 * `--properties` files, `application-<profile>.properties`, `application.properties`. Property values may hold
 * placeholders themselves.
 */

/** A missing property: names the key; the compiler turns it into a diagnostic at the place it is used. */
export class MissingPropertyError extends Error {
  constructor(readonly key: string) {
    super(`property '${key}' has no value`);
    this.name = 'MissingPropertyError';
  }
}

/** Marks text whose optional placeholder had no value: the enclosing endpoint option is dropped. */
export const DROPPED = Symbol('dropped');

/** Where property values come from. */
export interface PropertySources {
  /** `-p key=value`, highest. */
  readonly overrides?: ReadonlyMap<string, string>;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Files, profile file and `application.properties`, merged with the higher ones last. */
  readonly files?: ReadonlyMap<string, string>;
}

/** Camel's environment variable name for a property key. */
export function envNameOf(key: string): string {
  return key.toUpperCase().replace(/[.-]/g, '_');
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const MAX_NESTING = 10;

/** Resolves placeholders against property sources. */
export class PropertyResolver {
  constructor(private readonly sources: PropertySources) {}

  /** The value of a key, or undefined. */
  lookup(key: string): string | undefined {
    const { overrides, env, files } = this.sources;
    return overrides?.get(key) ?? env?.[key.toUpperCase()] ?? env?.[envNameOf(key)] ?? files?.get(key);
  }

  /** One placeholder's value; `DROPPED` for an optional one with no value. Throws `MissingPropertyError`. */
  private value(body: string, depth: number): string | typeof DROPPED {
    let text = body.trim();
    const optional = text.startsWith('?');
    const negate = text.startsWith('!');
    if (optional || negate) text = text.slice(1);
    let found: string | undefined;
    let fallback: string | undefined;
    const fn = /^(env|sys):(.*)$/.exec(text);
    if (fn !== null) {
      const [name, dflt] = splitDefault(fn[2] ?? '');
      fallback = dflt;
      found = fn[1] === 'env' ? this.sources.env?.[name] : this.lookup(name);
      text = `${fn[1] ?? 'env'}:${name}`;
    } else {
      const [key, dflt] = splitDefault(text);
      fallback = dflt;
      found = this.lookup(key);
      text = key;
    }
    const raw = found ?? fallback;
    if (raw === undefined) {
      if (optional) return DROPPED;
      throw new MissingPropertyError(text);
    }
    const resolved = depth < MAX_NESTING ? this.resolveText(raw, depth + 1) : raw;
    if (resolved === DROPPED) return DROPPED;
    return negate ? String(resolved.trim() !== 'true') : resolved;
  }

  /**
   * The text with every placeholder replaced. An optional placeholder with no value makes the result `DROPPED` (in an
   * endpoint option, the option is dropped); with `optionalAsEmpty` it is just removed from the text. Throws
   * `MissingPropertyError` for the first required key that has no value.
   */
  resolveText(text: string, depth = 0, optionalAsEmpty = false): string | typeof DROPPED {
    if (!text.includes('{{')) return text;
    const state = { dropped: false };
    const out = text.replace(PLACEHOLDER, (_m, body: string) => {
      const v = this.value(body, depth);
      if (v === DROPPED) {
        state.dropped = true;
        return '';
      }
      return v;
    });
    return state.dropped && !optionalAsEmpty ? DROPPED : out;
  }

  /** Every key a text needs that has no value (for diagnostics that list them all). */
  missingKeys(text: string): string[] {
    const missing: string[] = [];
    for (const m of text.matchAll(PLACEHOLDER)) {
      try {
        this.value(m[1] ?? '', 0);
      } catch (err) {
        if (err instanceof MissingPropertyError) missing.push(err.key);
        else throw err;
      }
    }
    return missing;
  }
}

/** `key:default` → [key, default]; the default is everything after the first colon. */
function splitDefault(text: string): [string, string | undefined] {
  const colon = text.indexOf(':');
  return colon < 0 ? [text, undefined] : [text.slice(0, colon), text.slice(colon + 1)];
}
