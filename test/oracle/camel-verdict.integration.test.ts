/**
 * Our verdict equals Camel's: for every example, every invalid fixture, and over a thousand mechanical mutations of
 * the plain route files among them, `validate()` calls a file valid exactly when Camel's published schema (with
 * scalar coercion, legacy kebab-case keys and unique route ids) accepts it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';

import { validateText } from '../../src/validate/validate.js';
import { camelAcceptsLists, camelAcceptsText, camelSchemaPath } from './camel-oracle.js';
import { mutate, random } from './mutate.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DIRS = ['examples', join('test', 'fixtures', 'invalid')];

function files(): { name: string; text: string }[] {
  return DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') })),
  );
}

async function ourVerdict(name: string, text: string): Promise<boolean> {
  const diagnostics = await validateText(name, text);
  return !diagnostics.some((d) => d.severity === 'error');
}

describe('verdicts agree with Camel 4.22 (camel-yaml-dsl schema from Maven Central)', () => {
  it('resolves the Camel schema', () => {
    expect(camelSchemaPath()).toMatch(/camelYamlDsl\.json$/);
  });

  it.each(files().map((f) => [f.name, f.text] as const))('%s', async (name, text) => {
    const camel = camelAcceptsText(text);
    if (camel === undefined) return; // Pipes: no DSL for Camel's schema to judge
    expect(await ourVerdict(name, text)).toBe(camel);
  });

  it('agrees on at least 1,000 mutated variants', async () => {
    const plain = files().filter((f) => {
      const docs = parseAllDocuments(f.text);
      return Array.isArray(docs) && docs.length === 1 && docs[0]?.errors.length === 0 && Array.isArray(docs[0].toJS());
    });
    expect(plain.length).toBeGreaterThan(20);
    const rnd = random(20261123);
    const disagreements: string[] = [];
    let compared = 0;
    let invalid = 0;
    for (let round = 0; compared < 1200; round++) {
      const source = plain[round % plain.length];
      if (source === undefined) break;
      const original: unknown = parseAllDocuments(source.text)[0]?.toJS();
      let { value, label } = mutate(original, rnd);
      if (rnd() < 0.3)
        ({ value, label } = ((m) => ({ value: m.value, label: `${label}; ${m.label}` }))(mutate(value, rnd)));
      const text = stringify(value);
      const reparsed: unknown = parseAllDocuments(text)[0]?.toJS();
      const camel = Array.isArray(reparsed) ? camelAcceptsLists([reparsed]) : camelAcceptsText(text);
      if (camel === undefined) continue;
      const ours = await ourVerdict('variant.yaml', text);
      compared++;
      if (!camel) invalid++;
      if (ours !== camel)
        disagreements.push(`${source.name} [${label}]: camel=${String(camel)} ours=${String(ours)}\n${text}`);
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThanOrEqual(1000);
    // The mutations must exercise both verdicts.
    expect(invalid).toBeGreaterThan(200);
    expect(compared - invalid).toBeGreaterThan(100);
  }, 300_000);
});
