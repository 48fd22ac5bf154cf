/**
 * The `yaml` library, loaded on first use. It builds position-aware trees, which only diagnostics and texts with
 * anchors need; a route file that parses cleanly never loads it, which keeps `drom run`'s start-up and memory small
 * (loading it costs about 9 MB of resident memory).
 */
import { createRequire } from 'node:module';

import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

/** The `yaml` module; the first call loads it synchronously. */
export function yamlLib(): typeof Yaml {
  lib ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return lib;
}
