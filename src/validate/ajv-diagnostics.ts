/**
 * Turns the errors of a precompiled DSL validator into diagnostics: exactly one per mistake, each at the line and
 * column of the key or value at fault, in words a Camel user recognises.
 */
import type { Diagnostic } from '../api/diagnostic.js';
import type { DiagnosticCode } from '../api/diagnostic-codes.js';
import type { DslEntry } from '../dsl/load.js';
import { diagnosticAt, toPointer } from '../dsl/located.js';
import type { Anchor, PathSegment } from '../dsl/yaml-source.js';
import type { AjvError } from './precompiled.js';
import { closest } from './suggest.js';

interface VerboseError extends AjvError {
  readonly schema?: unknown;
  readonly parentSchema?: { properties?: Record<string, unknown>; 'x-choice'?: Record<string, unknown> };
}

function parsePointer(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v = root;
  for (const seg of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[String(seg)];
  }
  return v;
}

/** The name of what sits at a path: its last map key (`/from/steps/0/to` → `to`). */
function nameAt(entryKey: string, path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === 'string') return seg;
  }
  return entryKey;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'string') return `the string '${v}'`;
  return `${typeof v} ${JSON.stringify(v)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  boolean: 'a boolean (true or false)',
  number: 'a number',
  object: 'a map',
  array: 'a list',
};

/** Drops errors that only restate others: `if` wrappers, and the branch errors of a failed anyOf/oneOf. */
function essentialErrors(errors: readonly VerboseError[]): VerboseError[] {
  const groups = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  return errors.filter((e) => {
    if (e.keyword === 'if') return false;
    if (e.keyword === 'x-choice' && e.params['conflict'] !== true) return false;
    return !groups.some(
      (g) => g !== e && e.instancePath.startsWith(g.instancePath) && e.schemaPath.startsWith(`${g.schemaPath}/`),
    );
  });
}

interface Shaped {
  code: DiagnosticCode;
  message: string;
  at: PathSegment[];
  anchor: Anchor;
  hint?: string;
  /** For a missing required option: its name. */
  missing?: string;
}

/** What a keyword handler gets: the error, where it is, and the value there. */
interface ErrorContext {
  readonly e: VerboseError;
  readonly path: PathSegment[];
  /** The name of the definition or option at `path`. */
  readonly here: string;
  readonly data: unknown;
  /** The key as written in the file (its kebab-case spelling when it was renamed). */
  readonly written: (p: PathSegment[]) => string;
}

const withHint = (hint: string | undefined): { hint?: string } => (hint === undefined ? {} : { hint });
const keysOf = (v: unknown): string[] => Object.keys(typeof v === 'object' && v !== null ? v : {});
const quoted = (keys: readonly string[]): string => keys.map((k) => `'${k}'`).join(', ');

function unknownKey({ e, path, here, written }: ErrorContext): Shaped {
  const key = String(e.params['additionalProperty']);
  const allowed = Object.keys(e.parentSchema?.properties ?? {});
  const isStep = allowed.includes('setBody') && allowed.includes('to');
  const what = written([...path, key]);
  return {
    code: isStep ? 'DSL_UNKNOWN_STEP' : 'DSL_UNKNOWN_KEY',
    message: isStep ? `unknown step '${what}'` : `unknown option '${what}' in ${here}`,
    at: [...path, key],
    anchor: 'key',
    ...withHint(mapHint(closest(key, allowed))),
  };
}

function mapHint(suggestion: string | undefined): string | undefined {
  return suggestion === undefined ? undefined : `did you mean '${suggestion}'?`;
}

function wrongType({ e, path, here, data }: ErrorContext): Shaped {
  const elseBranch = e.schemaPath.endsWith('/else/type');
  const type = String(e.params['type']);
  const want = elseBranch ? 'a string or a map' : (TYPE_WORDS[type] ?? type);
  const isStepItem = e.schemaPath === '#/type' && typeof path[path.length - 1] === 'number' && path.includes('steps');
  const placeholder = typeof data === 'string' && /\{\{.+\}\}/.test(data);
  return {
    code: 'DSL_WRONG_TYPE',
    message: isStepItem
      ? `a step must be a map with one key, found ${describe(data)}`
      : `${here} must be ${want}, found ${describe(data)}`,
    at: path,
    anchor: 'value',
    ...withHint(placeholder ? 'Camel types this option strictly; placeholders fit only string options' : undefined),
  };
}

function invalidValue({ e, path, here, data }: ErrorContext): Shaped {
  const allowed = (e.params['allowedValues'] as unknown[]).map(String);
  return {
    code: 'DSL_INVALID_VALUE',
    message: `${here} must be one of ${allowed.join(', ')}, found ${describe(data)}`,
    at: path,
    anchor: 'value',
    ...withHint(mapHint(closest(typeof data === 'string' ? data : '', allowed))),
  };
}

function conflicting({ e, path, here, data }: ErrorContext): Shaped {
  const group = Object.keys(e.parentSchema?.['x-choice'] ?? {});
  const present = keysOf(data).filter((k) => group.includes(k));
  const what = group.includes('simple') ? 'expression' : 'of these keys';
  return {
    code: 'DSL_CONFLICTING_KEYS',
    message: `${here} takes only one ${what}, found ${present.map((k) => `'${k}'`).join(' and ')}`,
    at: [...path, present[present.length - 1] ?? ''],
    anchor: 'key',
  };
}

const HANDLERS: Record<string, (c: ErrorContext) => Shaped> = {
  additionalProperties: unknownKey,
  type: wrongType,
  enum: invalidValue,
  'x-choice': conflicting,
  required: ({ e, path, here }) => ({
    code: 'DSL_MISSING_REQUIRED',
    message: `${here} is missing the required option '${String(e.params['missingProperty'])}'`,
    at: path,
    anchor: 'key',
    missing: String(e.params['missingProperty']),
  }),
  maxProperties: ({ path, data }) => ({
    code: 'DSL_MULTIPLE_KEYS',
    message: `a step holds exactly one key, found ${quoted(keysOf(data))}`,
    at: [...path, keysOf(data)[1] ?? ''],
    anchor: 'key',
    hint: 'start each step with its own "- " list item, or indent the extra keys under the step',
  }),
  'x-one-required': ({ e, path, here }) => {
    const group = Array.isArray(e.schema) ? e.schema.map(String) : [];
    return {
      code: 'DSL_MISSING_CHOICE',
      message: `${here} needs one of ${group.slice(0, 6).join(', ')}${group.length > 6 ? ' …' : ''}`,
      at: path,
      anchor: 'key',
    };
  },
};

const within = (path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean =>
  prefix.length <= path.length && prefix.every((seg, i) => seg === path[i]);

/** The path of the map an error is about (for key errors, the map that holds the key). */
const mapPath = (s: Shaped): PathSegment[] =>
  s.anchor === 'key' && s.code !== 'DSL_MISSING_REQUIRED' ? s.at.slice(0, -1) : s.at;

/**
 * Drops errors that only echo another one: everything inside a step that holds more than one key (its shape is the
 * mistake), and a missing required option whose key is present but misspelt or misplaced (the unknown key error
 * says so, with a hint).
 */
function pruneEchoes(shaped: readonly Shaped[]): Shaped[] {
  const multiple = shaped.filter((s) => s.code === 'DSL_MULTIPLE_KEYS').map(mapPath);
  const unknown = shaped.filter((s) => s.code === 'DSL_UNKNOWN_KEY' || s.code === 'DSL_UNKNOWN_STEP');
  const kept: Shaped[] = [];
  for (const s of shaped) {
    if (s.code !== 'DSL_MULTIPLE_KEYS' && multiple.some((m) => within(s.at, m))) continue;
    if (s.code === 'DSL_MISSING_REQUIRED') {
      const missing = s.missing ?? '';
      const misspelt = unknown.find(
        (u) => within(u.at, s.at) && u.at.length === s.at.length + 1 && u.hint === `did you mean '${missing}'?`,
      );
      const misplaced = unknown.find((u) => u.at[u.at.length - 1] === missing && within(s.at, mapPath(u)));
      if (misspelt !== undefined) continue;
      if (misplaced !== undefined) {
        misplaced.hint = `'${missing}' belongs under ${String(s.at[s.at.length - 1])}`;
        continue;
      }
    }
    kept.push(s);
  }
  return kept;
}

function shape(entry: DslEntry, e: VerboseError, path: PathSegment[], written: (p: PathSegment[]) => string): Shaped {
  const here = nameAt(entry.key, path);
  const handler = HANDLERS[e.keyword];
  if (handler !== undefined) return handler({ e, path, here, data: valueAt(entry.value, path), written });
  return {
    code: 'DSL_INVALID',
    message: `${here} matches none of the forms Camel allows here`,
    at: path,
    anchor: 'key',
  };
}

/**
 * The diagnostics of one entry's validator errors. `renamed` maps the pointer of a key renamed from kebab-case to
 * the spelling in the file, so messages quote what the user wrote.
 */
export function diagnosticsFromAjv(
  entry: DslEntry,
  errors: readonly AjvError[],
  renamed: ReadonlyMap<string, string>,
): Diagnostic[] {
  const original = (p: PathSegment[]): string => {
    const written = renamed.get(toPointer([...entry.path, ...p]));
    return written ?? String(p[p.length - 1]);
  };
  const shaped = essentialErrors(errors).map((e) => ({
    ...shape(entry, e, parsePointer(e.instancePath), original),
    from: e,
  }));
  const seen = new Set<string>();
  return pruneEchoes(shaped).flatMap((s) => {
    const full = [...entry.path, ...s.at];
    const key = `${s.code}${toPointer(full)}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      diagnosticAt(
        entry.source,
        { path: full, anchor: s.anchor, pointerPrefix: entry.pointerPrefix },
        { severity: 'error', code: s.code, message: s.message, hint: s.hint },
      ),
    ];
  });
}
