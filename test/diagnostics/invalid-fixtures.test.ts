/**
 * Every broken file in `test/fixtures/invalid/` lists the diagnostics it must produce in `# expect: line:col severity
 * CODE` comments. `drom validate` must report exactly those (info notes aside): no more, no fewer, at those places.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { validate } from '../../src/validate/validate.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join('test', 'fixtures', 'invalid');
const fixtures = readdirSync(join(ROOT, DIR))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('invalid fixtures', () => {
  it('has at least 30 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  it.each(fixtures)('%s', async (name) => {
    const text = readFileSync(join(ROOT, DIR, name), 'utf8');
    const expected = [...text.matchAll(/^# expect: (\d+:\d+ (?:error|warning) [A-Z_]+)$/gm)].map((m) => m[1]);
    expect(expected.length).toBeGreaterThan(0);
    const report = await validate([join(DIR, name)], { cwd: ROOT });
    const file = report.files[0];
    const actual = (file?.diagnostics ?? [])
      .filter((d) => d.severity !== 'info')
      .map((d) => `${String(d.line)}:${String(d.col)} ${d.severity} ${d.code}`);
    expect(actual).toEqual(expected);
    expect(file?.valid).toBe(!expected.some((e) => e?.includes(' error ')));
  });
});
