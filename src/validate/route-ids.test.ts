import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Diagnostic } from '../api/diagnostic.js';
import { validateText } from './validate.js';

let cwd = '';

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'drom-'));
});

afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

/** A route with an id, timer name and a log step. */
const route = (id: string, timer: string): string =>
  ['- route:', `    id: ${id}`, '    from:', `      uri: timer:${timer}`, '      steps:', '        - log: hi'].join(
    '\n',
  );

const duplicates = async (text: string): Promise<Diagnostic[]> =>
  (await validateText('r.yaml', text, { cwd })).filter((d) => d.code === 'DSL_DUPLICATE_ROUTE_ID');

describe('route ids', () => {
  it('accepts routes with distinct ids', async () => {
    expect(await validateText('r.yaml', [route('a', 'x'), route('b', 'y')].join('\n'), { cwd })).toEqual([]);
  });

  it('reports a second route with an id already used, naming the line of the first', async () => {
    expect(await duplicates([route('a', 'x'), route('a', 'y')].join('\n'))).toEqual([
      {
        severity: 'error',
        code: 'DSL_DUPLICATE_ROUTE_ID',
        message: "duplicate route id 'a'; line 2 already uses it",
        file: 'r.yaml',
        line: 8,
        col: 9,
        pointer: '/1/route/id',
        document: 0,
        hint: 'give every route its own id',
      },
    ]);
  });

  it('reports duplicates across documents of one file, at their own document', async () => {
    const ds = await duplicates([route('a', 'x'), '---', route('a', 'y')].join('\n'));
    expect(ds.map((d) => [d.line, d.col, d.document, d.pointer, d.message])).toEqual([
      [9, 9, 1, '/0/route/id', "duplicate route id 'a'; line 2 already uses it"],
    ]);
  });

  it('reports every later duplicate against the first use', async () => {
    const ds = await duplicates([route('a', 'x'), route('b', 'y'), route('a', 'z'), route('a', 'w')].join('\n'));
    expect(ds.map((d) => [d.line, d.message])).toEqual([
      [14, "duplicate route id 'a'; line 2 already uses it"],
      [20, "duplicate route id 'a'; line 2 already uses it"],
    ]);
  });

  it('compares ids after Camel coerces them to strings', async () => {
    const ds = await duplicates([route('"5"', 'x'), route('5', 'y')].join('\n'));
    expect(ds.map((d) => d.message)).toEqual(["duplicate route id '5'; line 2 already uses it"]);
  });

  it('reports duplicates in an Integration source with the pointer into the manifest', async () => {
    const text = [
      'apiVersion: camel.apache.org/v1',
      'kind: Integration',
      'spec:',
      '  sources:',
      '    - name: r.yaml',
      '      content: |',
      ...[route('a', 'x'), route('a', 'y')]
        .join('\n')
        .split('\n')
        .map((l) => `        ${l}`),
    ].join('\n');
    const ds = await duplicates(text);
    expect(ds.map((d) => [d.line, d.col, d.pointer, d.message])).toEqual([
      [14, 17, '/spec/sources/0/content/1/route/id', "duplicate route id 'a'; line 8 already uses it"],
    ]);
  });

  it('does not compare routes with routes of another file', async () => {
    expect(await duplicates(route('a', 'x'))).toEqual([]);
    expect(await duplicates(route('a', 'y'))).toEqual([]);
  });

  it('ignores routes without an id', async () => {
    const noId = '- route:\n    from:\n      uri: timer:x\n      steps:\n        - log: hi\n';
    expect(await duplicates(noId + noId)).toEqual([]);
  });
});
