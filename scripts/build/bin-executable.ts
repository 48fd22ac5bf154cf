/**
 * Build step: marks the CLI entry executable. `tsc` writes files without the executable bit, and `npx drom` in the
 * package itself runs `dist/src/cli/main.js` directly through its `#!/usr/bin/env node` line.
 */
import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
chmodSync(join(root, 'dist', 'src', 'cli', 'main.js'), 0o755);
