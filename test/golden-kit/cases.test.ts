/** The recorded golden cases are well-formed: valid args, a non-empty expected.log already in normalized form. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadCases, parseCaseArgs, runOptions } from './cases.js';

const cases = loadCases();

describe('test/golden', () => {
  it('has at least ten cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s has a recorded, normalized expected.log', (_name, c) => {
    const file = join(c.dir, 'expected.log');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(0);
    expect(text).toMatch(/ : Started \S+ \(/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
    expect(text).not.toMatch(/[0-9A-F]{12,}-[0-9A-F]{16}/);
    if (c.args.unordered === true) {
      const entries = lines.filter((l) => /^(TRACE|DEBUG|INFO|WARN|ERROR) /.test(l));
      expect(entries).toEqual([...entries].sort());
    }
  });
});

describe('parseCaseArgs', () => {
  it('accepts the documented options and maps them to command-line options', () => {
    const args = parseCaseArgs('{"maxMessages": 1, "profile": "test", "properties": {"who": "Camel"}}');
    expect(runOptions(args)).toEqual(['--max-messages', '1', '--profile', 'test', '-p', 'who=Camel']);
    expect(runOptions(parseCaseArgs('{"maxSeconds": 5, "maxIdleSeconds": 2, "unordered": true}'))).toEqual([
      '--max-seconds',
      '5',
      '--max-idle-seconds',
      '2',
    ]);
  });

  it('rejects unknown keys and wrong types', () => {
    expect(() => parseCaseArgs('{"maxMessage": 1}')).toThrow(/unknown key maxMessage/);
    expect(() => parseCaseArgs('{"maxMessages": "1"}')).toThrow(/positive integer/);
    expect(() => parseCaseArgs('{"properties": {"a": 1}}')).toThrow(/properties/);
    expect(() => parseCaseArgs('[]')).toThrow(/object/);
  });
});
