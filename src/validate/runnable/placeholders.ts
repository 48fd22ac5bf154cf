/**
 * Property placeholders: `{{key}}`, `{{?key}}` (optional), `{{key:default}}`, `{{env:NAME[:default]}}` and
 * `{{sys:name[:default]}}`. A placeholder that no source can resolve is reported with the key it needs.
 */
import type { PathSegment } from '../../dsl/yaml-source.js';
import { closest } from '../suggest.js';
import type { Finding } from './finding.js';
import { walkStrings } from './walk.js';

/** Where placeholder values come from while validating. */
export interface PlaceholderScope {
  /** Keys defined by properties files, Kamelet parameters or route template parameters. */
  readonly has: (key: string) => boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Names worth suggesting for a misspelt key (Kamelet and template parameters). */
  readonly suggestions: readonly string[];
}

const PLACEHOLDER = /\{\{([^{}]+)\}\}/g;

function resolvable(body: string, scope: PlaceholderScope): boolean {
  const text = body.trim();
  if (text.startsWith('?')) return true;
  const m = /^(env|sys):([^:]+)(:.*)?$/.exec(text);
  if (m !== null) {
    if (m[3] !== undefined) return true;
    const name = m[2] ?? '';
    return m[1] === 'env' ? scope.env[name] !== undefined || scope.has(name) : scope.has(name);
  }
  const colon = text.indexOf(':');
  if (colon >= 0) return true;
  return scope.has(text);
}

function hintFor(key: string, env: string | undefined, near: string | undefined): string {
  if (near !== undefined) return `did you mean '${near}'?`;
  if (env !== undefined) return `set the environment variable ${env}, or give a default: {{env:${env}:default}}`;
  return `set it in application.properties, with -p ${key}=…, or give a default: {{${key}:default}}`;
}

/** Findings for every placeholder of `value` that has no value and no default. */
export function checkPlaceholders(value: unknown, scope: PlaceholderScope): Finding[] {
  const out: Finding[] = [];
  walkStrings(value, (s: string, path: PathSegment[]) => {
    for (const m of s.matchAll(PLACEHOLDER)) {
      const body = m[1] ?? '';
      if (resolvable(body, scope)) continue;
      const key = body.trim();
      const near = closest(key, scope.suggestions);
      const env = /^env:([^:]+)$/.exec(key)?.[1];
      out.push({
        code: 'PROPERTY_UNRESOLVED',
        message: `property '${key}' has no value`,
        path,
        anchor: 'value',
        offset: m.index,
        hint: hintFor(key, env, near),
      });
    }
  });
  return out;
}
