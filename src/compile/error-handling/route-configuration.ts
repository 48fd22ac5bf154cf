/**
 * `routeConfiguration`: an error handler and `onException` clauses routes share. A route names the configurations it
 * uses in `routeConfigurationId` — ids, `prefix*` wildcards or regular expressions, comma-separated (Camel's
 * `PatternHelper.matchPattern`); a route that names none uses the configurations without an id. A configuration whose
 * `precondition` (Simple, evaluated once when compiling) is false applies to no route. `intercept*` and
 * `onCompletion` in a configuration are reported: Dromedary does not run them yet.
 */
import type { DslEntry } from '../../dsl/load.js';
import { compileJavaRegex } from '../../expr/simple/java-regex.js';
import { isRecord, reportAt, within, type Report, type Site } from './definition-site.js';
import { readErrorHandler, type HandlerDefinition } from './error-handler-definition.js';
import { readClause, type ClauseDefinition } from './on-exception-definition.js';

/** A checked route configuration. */
export interface RouteConfiguration {
  readonly site: Site;
  readonly id?: string;
  readonly errorHandler?: HandlerDefinition;
  readonly clauses: readonly ClauseDefinition[];
  /** Whether its precondition holds (true without one). */
  readonly included: boolean;
}

const NOT_RUN = ['intercept', 'interceptFrom', 'interceptSendToEndpoint', 'onCompletion'] as const;

/**
 * Reads the `routeConfiguration` entry; `precondition` evaluates a precondition written at a site (reporting what
 * does not compile).
 */
export function readRouteConfiguration(
  entry: DslEntry,
  report: Report,
  precondition: (text: string, site: Site) => boolean,
): RouteConfiguration | undefined {
  const value = entry.value;
  if (!isRecord(value)) return undefined;
  const site: Site = { entry, path: [] };
  for (const key of NOT_RUN) {
    const list = value[key];
    if (!Array.isArray(list) || list.length === 0) continue;
    reportAt(report, site, [key], {
      code: 'COMPILE_UNSUPPORTED_STEP',
      message: `${key} in a routeConfiguration is not supported by Dromedary yet`,
    });
  }
  const errorHandler =
    value['errorHandler'] === undefined
      ? undefined
      : readErrorHandler(value['errorHandler'], within(site, 'errorHandler'), report);
  const clauses: ClauseDefinition[] = [];
  const items = Array.isArray(value['onException']) ? (value['onException'] as unknown[]) : [];
  items.forEach((item, i) => {
    if (!isRecord(item)) return;
    const clause = readClause(item['onException'], within(site, 'onException', i, 'onException'), report);
    if (clause !== undefined) clauses.push(clause);
  });
  const id = typeof value['id'] === 'string' && value['id'] !== '' ? value['id'] : undefined;
  const text = value['precondition'];
  const included = typeof text === 'string' ? precondition(text, site) : true;
  return {
    site,
    ...(id === undefined ? {} : { id }),
    ...(errorHandler === undefined ? {} : { errorHandler }),
    clauses,
    included,
  };
}

/** Camel's `PatternHelper.matchPattern`: equal, a `prefix*` wildcard, or a regular expression matching all of it. */
export function matchesPattern(name: string, pattern: string): boolean {
  if (name === pattern) return true;
  if (pattern.endsWith('*') && name.startsWith(pattern.slice(0, -1))) return true;
  const regex = compileJavaRegex(pattern, true);
  return regex.ok && regex.regex.test(name);
}

/**
 * The configurations a route uses, in the order Camel applies them (for each id of `routeConfigurationId` in turn,
 * the matching configurations in definition order), and the ids that matched none.
 */
export function configurationsFor(
  routeConfigurationId: string | undefined,
  all: readonly RouteConfiguration[],
): { readonly used: RouteConfiguration[]; readonly unmatched: string[] } {
  const used: RouteConfiguration[] = [];
  const unmatched: string[] = [];
  const patterns =
    routeConfigurationId === undefined ? undefined : routeConfigurationId.split(',').map((p) => p.trim());
  for (const pattern of patterns ?? ['*']) {
    const matching = all.filter((c) =>
      patterns === undefined
        ? c.id === undefined || c.id === pattern
        : c.id !== undefined && matchesPattern(c.id, pattern),
    );
    if (matching.length === 0 && patterns !== undefined) unmatched.push(pattern);
    for (const c of matching) if (c.included && !used.includes(c)) used.push(c);
  }
  return { used, unmatched };
}
