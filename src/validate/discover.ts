/**
 * Expands the paths given to `drom validate` into files: directories are searched recursively for `*.yaml` and
 * `*.yml` (skipping `node_modules` and hidden folders), in sorted order; files named explicitly are kept as given.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { UsageError } from '../api/errors.js';

/** A file to validate, and whether it was named explicitly or found in a directory. */
export interface FoundFile {
  readonly path: string;
  readonly explicit: boolean;
}

function walk(dir: string, out: FoundFile[]): void {
  const names = readdirSync(dir).sort();
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) walk(full, out);
    else if (/\.ya?ml$/.test(name)) out.push({ path: full, explicit: false });
  }
}

/**
 * The files behind `paths` (relative ones resolved against `cwd`), in argument order, as absolute paths. Throws
 * `UsageError` (code `PATH_NOT_FOUND`) for a missing path.
 */
export function discoverFiles(paths: readonly string[], cwd: string = process.cwd()): FoundFile[] {
  const out: FoundFile[] = [];
  for (const p of paths) {
    const full = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      throw new UsageError(`no such file or directory: ${p}`, 'PATH_NOT_FOUND');
    }
    if (stat.isDirectory()) walk(full, out);
    else out.push({ path: full, explicit: true });
  }
  return out;
}
