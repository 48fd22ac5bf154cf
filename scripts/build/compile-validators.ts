/**
 * Build step (run by `npm run build` after `tsc`): compiles the committed JSON Schemas into standalone ajv validator
 * modules under `dist/validators/`, so nothing compiles a schema at run time. The route DSL is split into groups of
 * top-level keys, and a file loads only the groups its keys need.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';

import { VALIDATOR_GROUPS } from '../../src/validate/validator-groups.js';
import { addDslKeywords } from '../../src/validate/keywords.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'camel-yaml-dsl.schema.json'), 'utf8')) as {
  $id: string;
  items: { properties: Record<string, { $ref: string }> };
};

const outDir = join(root, 'dist', 'validators');
mkdirSync(outDir, { recursive: true });
for (const [group, keys] of Object.entries(VALIDATOR_GROUPS)) {
  const ajv = new Ajv({
    coerceTypes: true,
    allErrors: true,
    strict: false,
    inlineRefs: false,
    verbose: true,
    code: { source: true, esm: true, lines: false },
  });
  addDslKeywords(ajv);
  ajv.addSchema(schema);
  const refs: Record<string, string> = {};
  for (const key of keys) {
    const prop = schema.items.properties[key];
    if (prop === undefined) throw new Error(`unknown top-level key ${key} in validator group ${group}`);
    refs[key] = `${schema.$id}${prop.$ref}`;
  }
  const code = standalone.default(ajv, refs);
  writeFileSync(join(outDir, `${group}.js`), code);
  console.log(`validators: ${group} (${String(keys.length)} keys, ${String(Math.round(code.length / 1024))} KiB)`);
}
