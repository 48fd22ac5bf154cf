/**
 * `npm run gen`: writes every generated artifact from its TypeBox or registry source. Deterministic: running it twice
 * leaves no diff, and CI fails when a committed artifact is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { format } from 'prettier';

import { buildCamelSchema } from '../../src/dsl/schema/camel-schema.js';
import { connectorFiles } from './connector-catalogue.js';
import { connectorReadmes } from './connector-docs.js';
import { renderDiagnosticCodes } from './diagnostic-codes-doc.js';

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`gen: ${path}`);
}

write('schemas/camel-yaml-dsl.schema.json', `${JSON.stringify(buildCamelSchema(), null, 2)}\n`);
write('docs/diagnostics.md', renderDiagnosticCodes());
for (const [path, text] of connectorFiles()) write(path, text);
for (const [path, text] of connectorReadmes()) {
  write(path, await format(text, { filepath: path, printWidth: 120, singleQuote: true, trailingComma: 'all' }));
}
