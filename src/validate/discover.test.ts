import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { UsageError } from '../api/errors.js';
import { discoverFiles } from './discover.js';

let root = '';

function touch(...parts: string[]): string {
  const file = join(root, ...parts);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, '- from:\n    uri: timer:a\n');
  return file;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'drom-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('discoverFiles', () => {
  it('finds *.yaml and *.yml files in a directory tree, sorted, and nothing else', () => {
    touch('b.yaml');
    touch('a.yml');
    touch('sub', 'c.yaml');
    touch('sub', 'deeper', 'd.yaml');
    touch('notes.txt');
    touch('route.yaml.bak');
    touch('a.json');
    expect(discoverFiles([root])).toEqual([
      { path: join(root, 'a.yml'), explicit: false },
      { path: join(root, 'b.yaml'), explicit: false },
      { path: join(root, 'sub', 'c.yaml'), explicit: false },
      { path: join(root, 'sub', 'deeper', 'd.yaml'), explicit: false },
    ]);
  });

  it('sorts by name at each level, so a folder sits among the files', () => {
    touch('a.yaml');
    touch('m', 'x.yaml');
    touch('z.yaml');
    expect(discoverFiles([root]).map((f) => f.path)).toEqual([
      join(root, 'a.yaml'),
      join(root, 'm', 'x.yaml'),
      join(root, 'z.yaml'),
    ]);
  });

  it('skips hidden files and folders and node_modules', () => {
    touch('routes.yaml');
    touch('.hidden.yaml');
    touch('.git', 'config.yaml');
    touch('node_modules', 'pkg', 'routes.yaml');
    touch('sub', '.cache', 'x.yaml');
    touch('sub', 'node_modules', 'y.yaml');
    expect(discoverFiles([root]).map((f) => f.path)).toEqual([join(root, 'routes.yaml')]);
  });

  it('keeps files named explicitly, whatever their name, in argument order', () => {
    const txt = touch('notes.txt');
    const hidden = touch('.hidden.yaml');
    const yaml = touch('a.yaml');
    expect(discoverFiles([txt, hidden, yaml])).toEqual([
      { path: txt, explicit: true },
      { path: hidden, explicit: true },
      { path: yaml, explicit: true },
    ]);
  });

  it('keeps the argument order across files and directories', () => {
    const single = touch('z.yaml');
    touch('dir', 'b.yaml');
    touch('dir', 'a.yaml');
    expect(discoverFiles([single, join(root, 'dir')])).toEqual([
      { path: single, explicit: true },
      { path: join(root, 'dir', 'a.yaml'), explicit: false },
      { path: join(root, 'dir', 'b.yaml'), explicit: false },
    ]);
  });

  it('searches a directory named explicitly even when it is hidden', () => {
    touch('.config', 'routes.yaml');
    expect(discoverFiles([join(root, '.config')]).map((f) => f.path)).toEqual([join(root, '.config', 'routes.yaml')]);
  });

  it('resolves relative paths against the working directory given', () => {
    touch('sub', 'b.yaml');
    touch('a.yaml');
    expect(discoverFiles(['sub', 'a.yaml'], root)).toEqual([
      { path: join(root, 'sub', 'b.yaml'), explicit: false },
      { path: join(root, 'a.yaml'), explicit: true },
    ]);
    expect(() => discoverFiles(['nope.yaml'], root)).toThrow('no such file or directory: nope.yaml');
  });

  it('returns nothing for an empty directory or no paths', () => {
    expect(discoverFiles([root])).toEqual([]);
    expect(discoverFiles([])).toEqual([]);
  });

  it('throws a UsageError with code PATH_NOT_FOUND for a missing path', () => {
    const missing = join(root, 'missing.yaml');
    let caught: unknown;
    try {
      discoverFiles([missing]);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect(caught).toMatchObject({ code: 'PATH_NOT_FOUND', message: `no such file or directory: ${missing}` });
  });

  it('throws for a missing path even after paths that exist', () => {
    const present = touch('a.yaml');
    expect(() => discoverFiles([present, join(root, 'nope')])).toThrow(UsageError);
  });
});
