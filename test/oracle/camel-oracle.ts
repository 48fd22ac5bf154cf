/**
 * The Camel oracle for verdicts: Camel's own published YAML DSL schema, run by ajv with scalar coercion, plus the two
 * rules Camel applies around it (legacy kebab-case keys read as camelCase; unique route ids within a file). It is
 * written independently of Dromedary's validator, so comparing the two finds disagreements.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Ajv, type ValidateFunction } from 'ajv';
import { parseAllDocuments } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');

/** Resolves Camel's schema through scripts/infra/camel-schema (Maven Central, cached); throws when it cannot. */
export function camelSchemaPath(): string {
  const out = execFileSync(join(ROOT, 'scripts', 'infra', 'camel-schema'), {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const path = out.trim().split('\n').pop() ?? '';
  if (path === '') throw new Error('scripts/infra/camel-schema printed no path');
  return path;
}

let compiled: ValidateFunction | undefined;

function camelValidator(): ValidateFunction {
  if (compiled !== undefined) return compiled;
  const schema = JSON.parse(readFileSync(camelSchemaPath(), 'utf8')) as Record<string, unknown>;
  delete schema['$schema'];
  const ajv = new Ajv({ strict: false, coerceTypes: true, allErrors: false, logger: false });
  compiled = ajv.compile(schema);
  return compiled;
}

const FREE_MAPS = new Set(['parameters', 'properties', 'constructors']);

function camelCase(key: string): string {
  return /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(key)
    ? key.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase())
    : key;
}

/** A deep copy with kebab-case keys renamed, free maps left alone. */
function renameKebab(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(renameKebab);
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) {
    const key = camelCase(k);
    const target = key in v && key !== k ? k : key;
    out[target] = FREE_MAPS.has(target) && !Array.isArray(val) ? val : renameKebab(val);
  }
  return out;
}

function routeIds(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const route = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['route'] : undefined;
    const id = typeof route === 'object' && route !== null ? (route as Record<string, unknown>)['id'] : undefined;
    return typeof id === 'string' ? [id] : [];
  });
}

/** Camel's verdict on route lists (each a top-level YAML list of items). */
export function camelAcceptsLists(lists: readonly unknown[]): boolean {
  const validate = camelValidator();
  const ids: string[] = [];
  for (const list of lists) {
    if (!validate(renameKebab(list))) return false;
    ids.push(...routeIds(list));
  }
  return new Set(ids).size === ids.length;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The route lists of an Integration or Kamelet spec; false when an embedded source is not YAML. */
function manifestLists(kind: unknown, spec: Record<string, unknown>): unknown[] | false | undefined {
  if (kind === 'Kamelet') {
    const template = spec['template'];
    return isRecord(template) ? [Object.entries(template).map(([k, v]) => ({ [k]: v }))] : undefined;
  }
  if (kind !== 'Integration') return undefined;
  const lists: unknown[] = spec['flows'] === undefined ? [] : [spec['flows']];
  for (const s of Array.isArray(spec['sources']) ? spec['sources'] : []) {
    const content = isRecord(s) ? s['content'] : undefined;
    if (typeof content !== 'string') continue;
    const inner = parseAllDocuments(content);
    if (!Array.isArray(inner) || inner.some((d) => d.errors.length > 0)) return false;
    for (const d of inner) lists.push(d.toJS() as unknown);
  }
  return lists;
}

/**
 * Camel's verdict on a file's text, or undefined when the file is a kind the schema does not judge (Pipes, YAML that
 * is no route file). Route lists are taken from plain files, Integration `spec.flows` and YAML `spec.sources`, and
 * Kamelet templates.
 */
export function camelAcceptsText(text: string): boolean | undefined {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) return false;
  const lists: unknown[] = [];
  let judged = false;
  for (const doc of docs) {
    if (doc.errors.length > 0) return false;
    const value: unknown = doc.toJS();
    if (Array.isArray(value)) {
      lists.push(value);
      judged = true;
    } else if (isRecord(value) && isRecord(value['spec'])) {
      const found = manifestLists(value['kind'], value['spec']);
      if (found === false) return false;
      if (found !== undefined) {
        lists.push(...found);
        judged = true;
      }
    }
  }
  return judged ? camelAcceptsLists(lists) : undefined;
}
