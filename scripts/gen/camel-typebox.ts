/**
 * One-off generator: reads the facts of Camel's published YAML DSL schema (keys, types, defaults, enums, required,
 * nesting) and writes the TypeBox source `src/dsl/schema/generated/camel-definitions.ts`. Descriptions are not carried
 * over; ours live in `src/dsl/schema/descriptions.ts`.
 *
 * Camel's `oneOf` constructs are rewritten into shapes that give one precise error per mistake:
 * - string-or-object definitions become `if {type: object} then <object> else {type: string}`;
 * - choice slots (expression languages, error handlers, load balancers, data formats, tokenizers) become plain
 *   unchecked properties plus the `x-choice` keyword (exactly one valid key, as the oneOf) and `x-one-required`;
 * - groups that do not follow the regular pattern (resequence, saga options) are kept as they are, so that the
 *   verdict stays the same.
 *
 * Usage: `tsx scripts/gen/camel-typebox.ts "$(scripts/infra/camel-schema)"`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

import { format } from 'prettier';

type Json = null | boolean | number | string | Json[] | JsonObject;
/** A JSON object; the keys this generator reads are named so they can be read with dots. */
interface JsonObject {
  [k: string]: Json | undefined;
  $ref?: Json;
  type?: Json;
  items?: Json;
  properties?: Json;
  required?: Json;
  anyOf?: Json;
  oneOf?: Json;
  not?: Json;
  additionalProperties?: Json;
  maxProperties?: Json;
  definitions?: Json;
}

const OUT = 'src/dsl/schema/generated/camel-definitions.ts';
const DROPPED = new Set(['description', 'title', '$comment', 'deprecated', 'format']);

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function shortName(ref: string): string {
  const last = ref.split('/').pop() ?? ref;
  return last.split('.').pop() ?? last;
}

const lit = (v: Json): string => JSON.stringify(v);

/** Renders a property schema (a leaf type or a reference) as TypeBox code. */
function leaf(s: JsonObject): string {
  if (typeof s.$ref === 'string') return `ref(${lit(shortName(s.$ref))})`;
  const opts: JsonObject = {};
  for (const [k, v] of Object.entries(s)) if (k !== 'type' && k !== 'items' && !DROPPED.has(k)) opts[k] = v;
  const o = Object.keys(opts).length > 0 ? lit(opts) : '';
  switch (s.type) {
    case 'string':
      return `Type.String(${o})`;
    case 'boolean':
      return `Type.Boolean(${o})`;
    case 'number':
      return `Type.Number(${o})`;
    case 'array':
      return `Type.Array(${isObject(s.items) ? leaf(s.items) : 'Type.Unknown()'}${o ? `, ${o}` : ''})`;
    case 'object':
      if (s.properties === undefined) return `freeMap(${o})`;
      return objectCode(s);
    case undefined:
      if (Object.keys(s).length === 0) return 'Type.Unknown()';
      return `Type.Unsafe(${lit(rewriteRefs(s))})`;
    default:
      throw new Error(`unexpected type ${String(s.type)}`);
  }
}

function rewriteRefs(s: Json): Json {
  if (Array.isArray(s)) return s.map(rewriteRefs);
  if (!isObject(s)) return s;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(s)) {
    if (v === undefined || (DROPPED.has(k) && typeof v !== 'object')) continue;
    out[k] = k === '$ref' && typeof v === 'string' ? `#/definitions/${shortName(v)}` : rewriteRefs(v);
  }
  return out;
}

interface Choice {
  keys: string[];
  schemas: Map<string, string>;
  optional: boolean;
  /** The key of an `expression:` wrapper branch beside the language branches, if the group has one. */
  wrapper?: string;
}

/** Recognises a regular choice group: single-key branches plus, optionally, a branch that forbids all of them. */
function regularChoice(group: Json[], langKeys: string[]): Choice | undefined {
  const schemas = new Map<string, string>();
  let notKeys: string[] | undefined;
  let inlineLanguages = false;
  for (const b of group) {
    if (!isObject(b)) return undefined;
    if (typeof b.$ref === 'string' && shortName(b.$ref) === 'ExpressionDefinition') {
      for (const k of langKeys) schemas.set(k, `ref(${lit(LANG_DEFS.get(k) ?? '')})`);
      inlineLanguages = true;
      continue;
    }
    if (isObject(b.not) && Array.isArray(b.not.anyOf)) {
      notKeys = b.not.anyOf.map((r) => (isObject(r) && Array.isArray(r.required) ? String(r.required[0]) : ''));
      continue;
    }
    const req = b.required;
    const props = b.properties;
    if (!Array.isArray(req) || req.length !== 1 || !isObject(props)) return undefined;
    const key = String(req[0]);
    const ps = props[key];
    if (!isObject(ps)) return undefined;
    schemas.set(key, leaf(ps));
  }
  const keys = [...schemas.keys()];
  const forbidden = notKeys;
  if (forbidden !== undefined && (forbidden.length !== keys.length || !keys.every((k) => forbidden.includes(k)))) {
    return undefined;
  }
  const wrapper = inlineLanguages && schemas.has('expression') ? 'expression' : undefined;
  return { keys, schemas, optional: notKeys !== undefined, ...(wrapper === undefined ? {} : { wrapper }) };
}

/** The TypeBox options argument: JSON options plus the `x-choice` map, whose values are TypeBox code. */
function optionsCode(opts: JsonObject, choice: Map<string, string> | undefined): string {
  const parts = Object.entries(opts).map(([k, v]) => `${lit(k)}: ${lit(v ?? null)}`);
  if (choice !== undefined) {
    parts.push(`'x-choice': { ${[...choice].map(([k, code]) => `${lit(k)}: ${code}`).join(', ')} }`);
  }
  return parts.length > 0 ? `, { ${parts.join(', ')} }` : '';
}

let LANG_DEFS = new Map<string, string>();

function objectCode(s: JsonObject, extra: JsonObject = {}): string {
  const props = isObject(s.properties) ? s.properties : {};
  const required = new Set(Array.isArray(s.required) ? s.required.map(String) : []);
  const fields = new Map<string, string>();
  for (const [k, v] of Object.entries(props)) {
    if (isObject(v) && Object.keys(v).length > 0) fields.set(k, leaf(v));
  }
  const opts: JsonObject = { ...extra };
  if (s.additionalProperties === false) opts.additionalProperties = false;
  if (typeof s.maxProperties === 'number') opts.maxProperties = s.maxProperties;
  const verbatim: Json[] = [];
  let choice: Map<string, string> | undefined;
  const groups = Array.isArray(s.anyOf) ? s.anyOf : [];
  const langKeys = [...LANG_DEFS.keys()];
  const regular =
    groups.length === 1
      ? groups.map((g) => regularChoice(isObject(g) && Array.isArray(g.oneOf) ? g.oneOf : [], langKeys))
      : [];
  if (groups.length > 0 && regular.length === 1 && regular[0] !== undefined) {
    const c = regular[0];
    choice = c.schemas;
    if (c.wrapper !== undefined) opts['x-choice-wrapper'] = c.wrapper;
    if (!c.optional) opts['x-one-required'] = c.keys;
  } else if (groups.length > 0) {
    verbatim.push(...groups.map(rewriteRefs));
  }
  // Keys of a choice, and placeholders that only exist in branches, stay unchecked properties: the choice checks them.
  for (const [k, v] of Object.entries(props)) {
    if (choice?.has(k) === true || (!fields.has(k) && isObject(v) && Object.keys(v).length === 0)) {
      fields.set(k, 'Type.Unknown()');
    }
  }
  if (verbatim.length > 0) opts.anyOf = verbatim;
  const body = [...fields]
    .map(([k, code]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : lit(k)}: ${required.has(k) ? code : `O(${code})`}`)
    .join(', ');
  return `Type.Object({ ${body} }${optionsCode(opts, choice)})`;
}

function definitionCode(s: JsonObject): string {
  if (Array.isArray(s.oneOf)) {
    const objectBranch = s.oneOf.find((b) => isObject(b) && b.type === 'object');
    if (!isObject(objectBranch)) throw new Error('string-or-object without object branch');
    const merged: JsonObject = { ...objectBranch, required: s.required ?? [] };
    return `stringOr(${objectCode(merged)})`;
  }
  if (s.type === 'array') return leaf(s);
  if (typeof s.$ref === 'string') {
    // A $ref with identical sibling properties: the siblings carry the whole definition.
    return objectCode(s);
  }
  return objectCode(s);
}

async function main(): Promise<void> {
  const input = process.argv[2];
  if (input === undefined) throw new Error('usage: camel-typebox <camelYamlDsl.json>');
  const root = JSON.parse(readFileSync(input, 'utf8')) as JsonObject;
  const items = root.items as JsonObject;
  const defs = items.definitions as JsonObject;
  const exprDef = Object.entries(defs).find(([k]) => k.endsWith('.language.ExpressionDefinition'))?.[1] as JsonObject;
  const langBranches = ((exprDef.anyOf as JsonObject[])[0]?.oneOf ?? []) as JsonObject[];
  LANG_DEFS = new Map(
    langBranches.map((b) => {
      const key = String((b.required as Json[])[0]);
      const p = (b.properties as JsonObject)[key] as JsonObject;
      return [key, shortName(String(p.$ref))];
    }),
  );
  const names = new Map<string, string>();
  const lines: string[] = [];
  for (const [fqcn, def] of Object.entries(defs).sort(([a], [b]) => shortName(a).localeCompare(shortName(b)))) {
    const name = shortName(fqcn);
    if (names.has(name)) throw new Error(`duplicate short name ${name}`);
    names.set(name, fqcn);
    let code: string;
    if (name === 'ExpressionDefinition') {
      const keys = [...LANG_DEFS.keys()];
      const choice = new Map(keys.map((k) => [k, `ref(${lit(LANG_DEFS.get(k) ?? '')})`]));
      const fields = keys.map((k) => `${k}: O(Type.Unknown())`).join(', ');
      code = `Type.Object({ ${fields} }${optionsCode({ 'x-one-required': keys }, choice)})`;
    } else {
      code = definitionCode(def as JsonObject);
    }
    lines.push(`  ${lit(name)}: ${code},`);
  }
  const top = items.properties as JsonObject;
  const topLines = Object.entries(top).map(([k, v]) => `  ${k}: ${lit(shortName(String((v as JsonObject).$ref)))},`);
  const text = `// Generated by scripts/gen/camel-typebox.ts from the facts of the Camel 4.22 YAML DSL schema. Do not edit.
// Regenerate: npx tsx scripts/gen/camel-typebox.ts "$(scripts/infra/camel-schema)"
/* eslint-disable max-lines */
import { Type, type TSchema } from 'typebox';

import { freeMap, O, ref, stringOr } from '../builders.js';

/** Every definition of the DSL, keyed by the short name of the Camel model class it describes. */
export const camelDefinitions: Record<string, TSchema> = {
${lines.join('\n')}
};

/** The top-level keys of a route file and the definition each one takes. */
export const topLevelKeys: Record<string, string> = {
${topLines.join('\n')}
};
`;
  writeFileSync(
    OUT,
    await format(text, { parser: 'typescript', printWidth: 120, singleQuote: true, trailingComma: 'all' }),
  );
  console.log(`wrote ${OUT}: ${String(names.size)} definitions`);
}

await main();
