/**
 * `validate()`: the whole check of route files, as `drom validate` runs it. Loads each file, validates its DSL
 * against the schema, then runs the checks of what Dromedary can run (components, endpoint options, languages,
 * placeholders), and reports every diagnostic of every file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

import type { Diagnostic } from '../api/diagnostic.js';
import type { DiagnosticCode } from '../api/diagnostic-codes.js';
import { UsageError } from '../api/errors.js';
import { loadText, type DslEntry } from '../dsl/load.js';
import { parseProperties } from '../dsl/properties-file.js';
import { discoverFiles } from './discover.js';
import { checkRouteIds } from './route-ids.js';
import { checkRunnable } from './runnable/check.js';
import { validateLists } from './validate-entries.js';

/** The verdict on one file. `valid` is false exactly when a diagnostic is an error. */
export interface FileReport {
  /** Relative to the working directory, with `/` separators. */
  readonly file: string;
  readonly valid: boolean;
  readonly diagnostics: Diagnostic[];
}

/** The verdict on every file, in argument order (directory contents sorted). */
export interface ValidationReport {
  readonly files: FileReport[];
}

/** How strict to be about what Dromedary cannot run yet. */
export interface ValidateOptions {
  /** Working directory for relative file names and `application.properties`; default `process.cwd()`. */
  readonly cwd?: string;
  /**
   * `validate` (default): what Camel accepts but Dromedary cannot run is a warning. `run`: it is an error, since
   * `drom run` cannot start such a route.
   */
  readonly mode?: 'validate' | 'run';
  /** Properties given on the command line (`-p key=value`); they resolve placeholders first. */
  readonly properties?: Readonly<Record<string, string>>;
  /** Properties files given on the command line (`--properties file`). Throws `UsageError` when one is missing. */
  readonly propertiesFiles?: readonly string[];
  /** The properties profile: `application-<profile>.properties` is read too (default `dev`). */
  readonly profile?: string;
}

/** The properties given explicitly: files first, then `-p` values, which win. */
function explicitProperties(options: ValidateOptions, cwd: string): Map<string, string> {
  const merged = new Map<string, string>();
  for (const file of options.propertiesFiles ?? []) {
    const path = resolve(cwd, file);
    if (!existsSync(path)) throw new UsageError(`no such properties file: ${file}`, 'PATH_NOT_FOUND');
    for (const [k, v] of parseProperties(readFileSync(path, 'utf8'))) merged.set(k, v);
  }
  for (const [k, v] of Object.entries(options.properties ?? {})) merged.set(k, v);
  return merged;
}

const RUNNABILITY_CODES: ReadonlySet<DiagnosticCode> = new Set([
  'ENDPOINT_UNKNOWN_COMPONENT',
  'ENDPOINT_UNKNOWN_OPTION',
  'ENDPOINT_INVALID_OPTION',
  'ENDPOINT_UNSUPPORTED_OPTION',
  'EXPR_REFUSED_LANGUAGE',
  'EXPR_UNSUPPORTED_LANGUAGE',
  'PROPERTY_UNRESOLVED',
]);

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.document - b.document || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code);
}

/** Per-run state: caches, and where to collect the validated entries (for `drom run`). */
interface RunState {
  readonly propertiesCache?: Map<string, Map<string, string>>;
  readonly explicit?: Map<string, string>;
  readonly entries?: DslEntry[];
}

/** Validates one file's text. `file` is the name used in diagnostics. */
export async function validateText(file: string, text: string, options: ValidateOptions = {}): Promise<Diagnostic[]> {
  return validateLoaded(loadText(file, text), options);
}

async function validateLoaded(
  loaded: ReturnType<typeof loadText>,
  options: ValidateOptions,
  run: RunState = {},
): Promise<Diagnostic[]> {
  const file = loaded.file;
  const { entries, diagnostics } = await validateLists(loaded.lists);
  run.entries?.push(...entries);
  const all = [...loaded.diagnostics, ...diagnostics, ...checkRouteIds(entries)];
  const cwd = options.cwd ?? process.cwd();
  all.push(
    ...checkRunnable(entries, {
      file,
      cwd,
      explicit: run.explicit ?? explicitProperties(options, cwd),
      ...(options.profile === undefined ? {} : { profile: options.profile }),
      ...(run.propertiesCache === undefined ? {} : { propertiesCache: run.propertiesCache }),
    }),
  );
  const strict = options.mode === 'run';
  return all
    .map((d) =>
      strict && d.severity === 'warning' && RUNNABILITY_CODES.has(d.code) ? { ...d, severity: 'error' as const } : d,
    )
    .sort(byPosition);
}

function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

/**
 * Validates files and directories. Throws `UsageError` (code `PATH_NOT_FOUND`) when a path does not exist; every
 * problem inside a file is a diagnostic. A YAML file that holds no routes is an error when named explicitly and an
 * `info` note when found in a directory.
 */
export async function validate(paths: readonly string[], options: ValidateOptions = {}): Promise<ValidationReport> {
  return (await validateEntries(paths, options)).report;
}

/**
 * `validate`, plus the validated route entries of every file (values normalised and coerced), for compiling them.
 * Throws like `validate`.
 */
export async function validateEntries(
  paths: readonly string[],
  options: ValidateOptions = {},
): Promise<{ report: ValidationReport; entries: DslEntry[] }> {
  const entries: DslEntry[] = [];
  const cwd = options.cwd ?? process.cwd();
  const files: FileReport[] = [];
  const propertiesCache = new Map<string, Map<string, string>>();
  const explicit = explicitProperties(options, cwd);
  for (const found of discoverFiles(paths, cwd)) {
    const file = displayName(found.path, cwd);
    let text: string;
    try {
      text = readFileSync(found.path, 'utf8');
    } catch (err) {
      const message = `cannot read file: ${err instanceof Error ? err.message : String(err)}`;
      const d: Diagnostic = {
        severity: 'error',
        code: 'FILE_UNREADABLE',
        message,
        file,
        line: 0,
        col: 0,
        pointer: '',
        document: 0,
      };
      files.push({ file, valid: false, diagnostics: [d] });
      continue;
    }
    const loaded = loadText(file, text);
    if (
      loaded.kinds.length > 0 &&
      loaded.kinds.every((k) => k === 'other' || k === 'empty') &&
      loaded.diagnostics.length === 0
    ) {
      const d: Diagnostic = {
        severity: found.explicit ? 'error' : 'info',
        code: 'FILE_NOT_ROUTES',
        message: found.explicit
          ? 'not a route file: neither a route list nor a Camel K manifest'
          : 'skipped: not a route file',
        file,
        line: 0,
        col: 0,
        pointer: '',
        document: 0,
      };
      files.push({ file, valid: !found.explicit, diagnostics: [d] });
      continue;
    }
    const diagnostics = await validateLoaded(loaded, { ...options, cwd }, { propertiesCache, explicit, entries });
    files.push({ file, valid: !diagnostics.some((d) => d.severity === 'error'), diagnostics });
  }
  return { report: { files }, entries };
}
