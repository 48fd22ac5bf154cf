/**
 * Loads the standalone validators compiled at build time (`dist/validators/<group>.js`). A group is imported the
 * first time a file needs one of its keys, so validating a REST-only file never loads the step machinery.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { packageRoot } from '../package-root.js';
import type { ValidatorGroup } from './validator-groups.js';

/** An ajv error object as the precompiled validators report it. */
export interface AjvError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
}

/** A precompiled validator: returns true when valid; otherwise its `errors` hold every error found. */
export interface CompiledValidator {
  (data: unknown, ctx?: { instancePath: string; parentData: unknown; parentDataProperty: string | number }): boolean;
  errors?: AjvError[] | null;
}

const modules = new Map<ValidatorGroup, Promise<Record<string, CompiledValidator>>>();

/**
 * The validators of one group, keyed by top-level key. Rejects when the build has not produced them (run
 * `npm run build`).
 */
export function loadValidatorGroup(group: ValidatorGroup): Promise<Record<string, CompiledValidator>> {
  let loaded = modules.get(group);
  if (loaded === undefined) {
    const file = join(packageRoot(), 'dist', 'validators', `${group}.js`);
    loaded = import(pathToFileURL(file).href) as Promise<Record<string, CompiledValidator>>;
    modules.set(group, loaded);
  }
  return loaded;
}
