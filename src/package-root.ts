/** Locates the installed package's root, where `schemas/` and `dist/validators/` live. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The directory holding Dromedary's `package.json`. Throws when the installation is broken. */
export function packageRoot(): string {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('dromedary: package root not found');
    dir = up;
  }
  cached = dir;
  return dir;
}
