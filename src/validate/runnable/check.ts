/**
 * The checks of what Dromedary can run, applied after the schema: endpoint components and options, expression
 * languages and property placeholders. Their findings are warnings for `drom validate` and errors for `drom run`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import type { Diagnostic } from '../../api/diagnostic.js';
import type { DslEntry } from '../../dsl/load.js';
import { diagnosticAt } from '../../dsl/located.js';
import { parseProperties } from '../../dsl/properties-file.js';
import { connectorCatalogue } from './catalogue.js';
import { checkEndpoints } from './endpoints.js';
import type { Finding } from './finding.js';
import { checkLanguages } from './languages.js';
import { checkPlaceholders, type PlaceholderScope } from './placeholders.js';

/** Where the checked file sits, for locating `application.properties`. */
export interface RunnableContext {
  readonly file: string;
  readonly cwd: string;
  readonly profile?: string;
  /** Properties given explicitly (command line); they resolve placeholders first. */
  readonly explicit?: ReadonlyMap<string, string>;
  /** Properties files already read in this run, by directory (filled as files are read). */
  readonly propertiesCache?: Map<string, Map<string, string>>;
}

/** The properties of `application.properties` and `application-<profile>.properties` in one directory. */
function propertiesOf(
  dir: string,
  profile: string,
  cache: Map<string, Map<string, string>> | undefined,
): Map<string, string> {
  const cached = cache?.get(`${dir}\0${profile}`);
  if (cached !== undefined) return cached;
  const props = new Map<string, string>();
  for (const name of ['application.properties', `application-${profile}.properties`]) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    for (const [k, v] of parseProperties(readFileSync(path, 'utf8'))) props.set(k, v);
  }
  cache?.set(`${dir}\0${profile}`, props);
  return props;
}

function readProperties(ctx: RunnableContext): Map<string, string> {
  const profile = ctx.profile ?? 'dev';
  const merged = new Map<string, string>();
  for (const dir of new Set([ctx.cwd, dirname(resolve(ctx.cwd, ctx.file))])) {
    for (const [k, v] of propertiesOf(dir, profile, ctx.propertiesCache)) merged.set(k, v);
  }
  return merged;
}

/** Camel's mapping of a property key to an environment variable name: upper case, `.` and `-` become `_`. */
function envName(key: string): string {
  return key.toUpperCase().replace(/[.-]/g, '_');
}

function templateParameters(entry: DslEntry): Set<string> {
  const names = new Set<string>();
  if (entry.key !== 'routeTemplate' || typeof entry.value !== 'object' || entry.value === null) return names;
  const params = (entry.value as Record<string, unknown>)['parameters'];
  if (Array.isArray(params)) {
    for (const p of params) {
      const name = typeof p === 'object' && p !== null ? (p as Record<string, unknown>)['name'] : undefined;
      if (typeof name === 'string') names.add(name);
    }
  }
  return names;
}

/** The runnability diagnostics (warnings) of a file's entries. */
export function checkRunnable(entries: readonly DslEntry[], ctx: RunnableContext): Diagnostic[] {
  const props = readProperties(ctx);
  const out: Diagnostic[] = [];
  for (const entry of entries) {
    const template = templateParameters(entry);
    const scope: PlaceholderScope = {
      env: process.env,
      suggestions: [...template, ...(entry.parameters ?? [])],
      has: (key) =>
        (ctx.explicit?.has(key) ?? false) ||
        props.has(key) ||
        template.has(key) ||
        (entry.parameters?.has(key) ?? false) ||
        process.env[envName(key)] !== undefined,
    };
    const findings: Finding[] = [
      ...checkEndpoints(entry.value, connectorCatalogue(), entry.key),
      ...checkLanguages(entry.value),
      ...checkPlaceholders(entry.value, scope),
    ];
    for (const f of findings) {
      const place = { path: [...entry.path, ...f.path], anchor: f.anchor, pointerPrefix: entry.pointerPrefix };
      out.push(
        diagnosticAt(entry.source, f.offset === undefined ? place : { ...place, offset: f.offset }, {
          severity: 'warning',
          code: f.code,
          message: f.message,
          hint: f.hint,
        }),
      );
    }
  }
  return out;
}
