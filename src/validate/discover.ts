/**
 * Expands the paths given to `drom validate` into files: directories are searched recursively for `*.yaml` and
 * `*.yml` (skipping `node_modules` and hidden folders), in sorted order; files named explicitly are kept as given.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

/** The files behind `paths`, in argument order. Throws `UsageError` (code `PATH_NOT_FOUND`) for a missing path. */
export function discoverFiles(paths: readonly string[]): FoundFile[] {
  const out: FoundFile[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      throw new UsageError(`no such file or directory: ${p}`, 'PATH_NOT_FOUND');
    }
    if (stat.isDirectory()) walk(p, out);
    else out.push({ path: p, explicit: true });
  }
  return out;
}
