/**
 * One-off extractor: reads the Camel YAML DSL fact sheet (the reference `camel-dsl-options.md`) and writes its facts
 * as data, `test/fixtures/camel-dsl-facts.json`. `test/schema/dsl-facts.test.ts` then checks that every key, option,
 * type, default, enum and `required` of the sheet exists in our schema.
 *
 * Usage: `tsx scripts/gen/dsl-facts.ts <path to camel-dsl-options.md>`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

import type { Facts, OptionFact } from './dsl-facts-types.js';

const OUT = 'test/fixtures/camel-dsl-facts.json';

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());
}

function parse(text: string): Facts {
  const options: OptionFact[] = [];
  const topLevel: string[] = [];
  const steps: string[] = [];
  const languages: string[] = [];
  const dataFormats: string[] = [];
  let definition: string | undefined;
  let section = '';
  for (const line of text.split('\n')) {
    const heading = /^(#+) (.*)$/.exec(line);
    if (heading !== null) {
      if ((heading[1] ?? '').length === 2) section = heading[2] ?? '';
      definition = undefined;
      continue;
    }
    const def = /^`(\w+)` ·/.exec(line);
    if (def !== null) {
      definition = def[1];
      continue;
    }
    if (
      !line.startsWith('| ') ||
      line.startsWith('| option') ||
      line.startsWith('| key') ||
      line.startsWith('| step')
    ) {
      continue;
    }
    const row = cells(line);
    const key = /^`(\w+)`$/.exec(row[0] ?? '')?.[1];
    if (definition === undefined && key !== undefined) {
      if (section.startsWith('1.')) topLevel.push(key);
      else if (section.startsWith('2.')) steps.push(key);
      else if (section.startsWith('4.')) languages.push(key);
      else if (section.startsWith('5.')) dataFormats.push(key);
      continue;
    }
    if (definition === undefined || row.length < 5 || (row[0] ?? '').startsWith('*')) continue;
    const [option = '', type = '', req = '', dflt = '', notes = ''] = row;
    const fact: OptionFact = { definition, option, type, required: req === '✓' };
    const d = /^`(.*)`$/.exec(dflt)?.[1] ?? (dflt === '' ? undefined : dflt);
    if (d !== undefined) fact.default = d;
    if (/^[\w-]+(, [\w-]+)+$/.test(notes)) fact.enum = notes.split(', ');
    if (notes.includes('of group')) fact.group = true;
    options.push(fact);
  }
  return { options, topLevel, steps, languages, dataFormats };
}

const input = process.argv[2];
if (input === undefined) throw new Error('usage: dsl-facts <camel-dsl-options.md>');
const facts = parse(readFileSync(input, 'utf8'));
writeFileSync(OUT, `${JSON.stringify(facts, null, 1)}\n`);
console.log(
  `wrote ${OUT}: ${String(facts.options.length)} options, ${String(facts.topLevel.length)} top-level keys, ` +
    `${String(facts.steps.length)} steps, ${String(facts.languages.length)} languages, ` +
    `${String(facts.dataFormats.length)} data formats`,
);
