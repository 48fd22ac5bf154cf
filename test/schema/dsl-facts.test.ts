/**
 * Generated from the Camel 4.22 YAML DSL fact sheet (`test/fixtures/camel-dsl-facts.json`, extracted by
 * `scripts/gen/dsl-facts.ts`): every top-level key, step, language, data format, option, type, default, enum and
 * `required` it lists exists in our schema as the sheet says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { Facts } from '../../scripts/gen/dsl-facts-types.js';

type Schema = Record<string, unknown> & {
  properties?: Record<string, Schema>;
  required?: string[];
  then?: Schema;
  items?: Schema;
  'x-choice'?: Record<string, Schema>;
};

const ROOT = join(import.meta.dirname, '..', '..');
const facts = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'camel-dsl-facts.json'), 'utf8')) as Facts;
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'camel-yaml-dsl.schema.json'), 'utf8')) as Schema & {
  definitions: Record<string, Schema>;
  items: Schema;
};

/** The object form of a definition (string-or-object definitions keep it under `then`). */
function objectForm(name: string): Schema | undefined {
  const def = schema.definitions[name];
  return def?.then ?? def;
}

/** Where an option's schema lives: the properties, a choice slot, or (for Camel's irregular groups) a branch. */
function propertySchema(form: Schema, option: string): Schema | undefined {
  const direct = form['x-choice']?.[option] ?? form.properties?.[option];
  if (direct !== undefined && Object.keys(direct).length > 0) return direct;
  const branches = JSON.stringify(form['anyOf'] ?? []);
  const inBranch = (JSON.parse(branches) as { oneOf?: Schema[] }[])
    .flatMap((g) => g.oneOf ?? [])
    .find((b) => b.required?.includes(option) === true)?.properties?.[option];
  return inBranch ?? direct;
}

const refName = (s: Schema | undefined): string | undefined =>
  typeof s?.['$ref'] === 'string' ? s['$ref'].replace('#/definitions/', '') : undefined;

/** Checks one fact's type text (`string`, `[→Name]`, `→Name (or string)`, `object (free map)` …). */
function typeMatches(s: Schema, type: string): boolean {
  const ref = /^→(\w+)/.exec(type)?.[1];
  if (ref !== undefined) return refName(s) === ref;
  const array = /^\[(.*)\]$/.exec(type)?.[1];
  if (array !== undefined) {
    if (s['type'] !== 'array' || s.items === undefined) return false;
    const itemRef = /^→(\w+)/.exec(array)?.[1];
    if (itemRef !== undefined) return refName(s.items) === itemRef;
    const wrapped = /^\{(\w+): →(\w+)/.exec(array);
    if (wrapped !== null) return true;
    return s.items['type'] === array;
  }
  if (type === 'object (free map)') return s['type'] === 'object';
  return s['type'] === type;
}

describe('the schema holds every fact of the Camel 4.22 YAML DSL fact sheet', () => {
  it('has the 18 top-level keys', () => {
    expect(facts.topLevel).toHaveLength(18);
    expect(Object.keys(schema.items.properties ?? {}).sort()).toEqual([...facts.topLevel].sort());
  });

  it('has the 65 step keys', () => {
    expect(facts.steps).toHaveLength(65);
    expect(Object.keys(schema.definitions['ProcessorDefinition']?.properties ?? {}).sort()).toEqual(
      [...facts.steps].sort(),
    );
  });

  it('has the 27 expression languages', () => {
    expect(facts.languages).toHaveLength(27);
    expect(Object.keys(objectForm('ExpressionDefinition')?.['x-choice'] ?? {}).sort()).toEqual(
      [...facts.languages].sort(),
    );
  });

  it('has the 48 data formats', () => {
    expect(facts.dataFormats).toHaveLength(48);
    expect(Object.keys(objectForm('MarshalDefinition')?.['x-choice'] ?? {}).sort()).toEqual(
      [...facts.dataFormats].sort(),
    );
  });

  it.each(facts.options.map((f) => [`${f.definition}.${f.option}`, f] as const))('%s', (_name, fact) => {
    const form = objectForm(fact.definition);
    expect(form, `definition ${fact.definition}`).toBeDefined();
    if (form === undefined) return;
    const prop = propertySchema(form, fact.option);
    expect(prop, `option ${fact.option}`).toBeDefined();
    if (prop === undefined) return;
    expect(typeMatches(prop, fact.type), `type ${fact.type}: ${JSON.stringify(prop)}`).toBe(true);
    expect(form.required?.includes(fact.option) ?? false, 'required').toBe(fact.required);
    if (fact.default !== undefined && fact.type === 'number') expect(prop['default']).toBe(Number(fact.default));
    else if (fact.default !== undefined) expect(String(prop['default'])).toBe(fact.default);
    if (fact.enum !== undefined) expect(prop['enum']).toEqual(fact.enum);
  });
});
