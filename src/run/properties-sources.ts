/**
 * The property sources of a run, as Camel JBang reads them: `application.properties`, then
 * `application-<profile>.properties` (working directory, then beside the first route file), then `--properties`
 * files; `-p` values and environment variables rank above all files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { UsageError } from '../api/errors.js';
import { PropertyResolver } from '../compile/properties.js';
import { parseProperties } from '../dsl/properties-file.js';

/** What decides a run's properties. */
export interface PropertyOptions {
  readonly cwd: string;
  readonly firstFile: string | undefined;
  readonly profile: string;
  readonly files: readonly string[];
  readonly overrides: Readonly<Record<string, string>>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

function readInto(target: Map<string, string>, path: string): void {
  for (const [k, v] of parseProperties(readFileSync(path, 'utf8'))) target.set(k, v);
}

/** The resolver for a run. Throws `UsageError` for a `--properties` file that does not exist. */
export function runProperties(options: PropertyOptions): PropertyResolver {
  const files = new Map<string, string>();
  const dirs = [
    options.cwd,
    ...(options.firstFile === undefined ? [] : [dirname(resolve(options.cwd, options.firstFile))]),
  ];
  for (const name of ['application.properties', `application-${options.profile}.properties`]) {
    for (const dir of new Set(dirs)) {
      const path = join(dir, name);
      if (existsSync(path)) readInto(files, path);
    }
  }
  for (const file of options.files) {
    const path = resolve(options.cwd, file);
    if (!existsSync(path)) throw new UsageError(`no such properties file: ${file}`, 'PATH_NOT_FOUND');
    readInto(files, path);
  }
  return new PropertyResolver({ overrides: new Map(Object.entries(options.overrides)), env: options.env, files });
}
