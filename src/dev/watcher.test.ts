/** The dev watcher on the real file system: events arrive from the OS, so these tests wait for them, never sleep. */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { watchRouteFiles, type Watch } from './watcher.js';

let dir: string;
let watch: Watch | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drom-watch-'));
});
afterEach(() => {
  watch?.close();
  watch = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** Starts a watch and resolves with the next batch of changes. */
function nextChange(paths: string[], propertiesFiles: string[] = []): { next: () => Promise<readonly string[]> } {
  const waiting: ((c: readonly string[]) => void)[] = [];
  watch = watchRouteFiles({
    cwd: dir,
    paths,
    propertiesFiles,
    onChange: (changed) => waiting.shift()?.(changed),
  });
  return { next: () => new Promise((resolve) => waiting.push(resolve)) };
}

describe('watchRouteFiles', () => {
  it('sees YAML files added to, changed in and deleted from a watched directory, in one batch per burst', async () => {
    mkdirSync(join(dir, 'routes'));
    const w = nextChange(['routes']);
    const first = w.next();
    writeFileSync(join(dir, 'routes', 'a.camel.yaml'), '- from: {uri: timer:a}\n');
    writeFileSync(join(dir, 'routes', 'a.camel.yaml'), '- from: {uri: timer:b}\n');
    expect(await first).toEqual([join(dir, 'routes', 'a.camel.yaml')]);
    const second = w.next();
    rmSync(join(dir, 'routes', 'a.camel.yaml'));
    expect(await second).toEqual([join(dir, 'routes', 'a.camel.yaml')]);
  });

  it('sees a route file saved by renaming a new file over it, and application properties beside it', async () => {
    writeFileSync(join(dir, 'r.camel.yaml'), '- from: {uri: timer:a}\n');
    const w = nextChange(['r.camel.yaml']);
    const saved = w.next();
    writeFileSync(join(dir, '.r.camel.yaml.tmp'), '- from: {uri: timer:b}\n');
    renameSync(join(dir, '.r.camel.yaml.tmp'), join(dir, 'r.camel.yaml'));
    expect(await saved).toContain(join(dir, 'r.camel.yaml'));
    const props = w.next();
    writeFileSync(join(dir, 'application-dev.properties'), 'a=1\n');
    expect(await props).toEqual([join(dir, 'application-dev.properties')]);
  });
});
