/**
 * Error handling across the files of one compilation: the top-level `errorHandler`, `onException` and
 * `routeConfiguration` entries, read and checked as they come, then applied to each route as Camel 4.22 does
 * (observed on Camel, see docs/adr/0009-error-handling.md):
 *
 * - the error handler: the route's own; else, for a route in a file after the one holding the first top-level
 *   `errorHandler`, that handler (Camel's route builders inherit the context's handler when they start); else the
 *   last one of the route configurations it uses; else the first top-level `errorHandler` (later ones are ignored,
 *   with a warning); else Camel's default error handler;
 * - the clauses: those of the route configurations it uses (searched first), then the top-level `onException`s of its
 *   own file (each file is a route builder of its own in Camel; they must come before the file's routes).
 *
 * For dev mode, a route's fingerprint covers the resolved definitions of all that applies to it.
 */
import type { EvaluationContext } from '../../api/exchange.js';
import type { ExpressionLanguage } from '../../api/expression.js';
import type { Processor } from '../../api/processor.js';
import type { DslEntry } from '../../dsl/load.js';
import type { PathSegment } from '../../dsl/yaml-source.js';
import { keepOriginalStep } from '../../engine/error-handler/error-handler.js';
import { DefaultExchange } from '../../engine/exchange.js';
import type { RouteCompileContext } from '../step-builder.js';
import { isRecord, reportAt, type Report, type Site } from './definition-site.js';
import { readErrorHandler, type HandlerDefinition } from './error-handler-definition.js';
import { compileClause, readClause, type ClauseDefinition } from './on-exception-definition.js';
import { configurationsFor, readRouteConfiguration, type RouteConfiguration } from './route-configuration.js';
import { buildErrorHandler } from './route-error-handler.js';

/** Where a route's error handler goes. */
export interface RouteErrorHandling {
  /** Around each step's processor (a handler that redelivers, has clauses or a dead letter channel). */
  readonly wrapStep?: (processor: Processor) => Processor;
  /** Around the route's processor (a handler that only records and logs failures). */
  readonly wrapRoute?: (processor: Processor) => Processor;
}

/** What one file (a Camel route builder) holds. */
interface FileScope {
  readonly order: number;
  readonly clauses: ClauseDefinition[];
  routeSeen: boolean;
}

/** What the plan needs from the compilation. */
export interface ErrorHandlingOptions {
  readonly report: Report;
  readonly languages: ReadonlyMap<string, ExpressionLanguage>;
  /** The evaluation context of the compilation (for preconditions). */
  evaluation(): EvaluationContext;
}

function valueAt(site: Site): unknown {
  let value: unknown = site.entry.value;
  for (const segment of site.path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else value = isRecord(value) ? value[String(segment)] : undefined;
  }
  return value;
}

const routeOption = (entry: DslEntry, key: string): unknown =>
  entry.key === 'route' && isRecord(entry.value) ? entry.value[key] : undefined;

/** The error handling of one compilation. */
export class ErrorHandlingPlan {
  private readonly scopes = new Map<string, FileScope>();
  private readonly configurations: RouteConfiguration[] = [];
  private readonly configurationIds = new Map<string, Site>();
  private contextDefault:
    { readonly def: HandlerDefinition | undefined; readonly order: number; readonly site: Site } | undefined;
  private readonly ownHandlers = new Map<DslEntry, HandlerDefinition | undefined>();
  private readonly compiledHandlers = new WeakSet<HandlerDefinition>();
  private keepOriginal = false;

  constructor(private readonly options: ErrorHandlingOptions) {}

  private scope(entry: DslEntry): FileScope {
    let scope = this.scopes.get(entry.source.file);
    if (scope === undefined) {
      scope = { order: this.scopes.size, clauses: [], routeSeen: false };
      this.scopes.set(entry.source.file, scope);
    }
    return scope;
  }

  private handler(value: unknown, site: Site): HandlerDefinition | undefined {
    const def = readErrorHandler(value, site, this.options.report);
    if (def?.useOriginalMessage === true || def?.useOriginalBody === true) this.keepOriginal = true;
    return def;
  }

  private clause(value: unknown, site: Site): ClauseDefinition | undefined {
    const def = readClause(value, site, this.options.report);
    if (def?.useOriginalMessage === true || def?.useOriginalBody === true) this.keepOriginal = true;
    return def;
  }

  /** Reads an entry of the compilation; entries come in file order, each with its placeholders resolved. */
  add(entry: DslEntry): void {
    const scope = this.scope(entry);
    const site: Site = { entry, path: [] };
    const { report } = this.options;
    switch (entry.key) {
      case 'route':
      case 'from': {
        scope.routeSeen = true;
        const own = routeOption(entry, 'errorHandler');
        if (own !== undefined) this.ownHandlers.set(entry, this.handler(own, { entry, path: ['errorHandler'] }));
        return;
      }
      case 'errorHandler': {
        const def = this.handler(entry.value, site);
        if (this.contextDefault === undefined) this.contextDefault = { def, order: scope.order, site };
        else {
          const first = this.contextDefault.site.entry;
          reportAt(report, site, [], {
            severity: 'warning',
            code: 'DSL_IGNORED_KEY',
            message: `only the first top-level errorHandler (in ${first.source.file}) is the default error handler; this one is ignored, as in Camel`,
          });
        }
        return;
      }
      case 'onException': {
        if (scope.routeSeen)
          reportAt(report, site, [], {
            code: 'COMPILE_MISPLACED_ON_EXCEPTION',
            message: 'onException must be defined before any routes in the file',
          });
        const def = this.clause(entry.value, site);
        if (def !== undefined) scope.clauses.push(def);
        return;
      }
      case 'routeConfiguration':
        this.addConfiguration(entry);
        return;
      default:
        return;
    }
  }

  private addConfiguration(entry: DslEntry): void {
    const { report } = this.options;
    const config = readRouteConfiguration(entry, report, (text, at) => this.precondition(text, at));
    if (config === undefined) return;
    if (config.id !== undefined) {
      const before = this.configurationIds.get(config.id);
      if (before !== undefined) {
        reportAt(report, config.site, ['id'], {
          code: 'COMPILE_DUPLICATE_ROUTE_CONFIGURATION',
          message: `route configuration already exists with id: ${config.id}`,
        });
        return;
      }
      this.configurationIds.set(config.id, config.site);
    }
    for (const c of config.clauses) if (c.useOriginalMessage || c.useOriginalBody) this.keepOriginal = true;
    const eh = config.errorHandler;
    if (eh?.useOriginalMessage === true || eh?.useOriginalBody === true) this.keepOriginal = true;
    this.configurations.push(config);
  }

  /** A `precondition`: a Simple predicate evaluated now, on an empty exchange. */
  private precondition(text: string, site: Site): boolean {
    const simple = this.options.languages.get('simple');
    const compiled = simple?.compilePredicate(text);
    if (!compiled?.ok) {
      const problem = compiled?.ok === false ? compiled.problems[0]?.message : undefined;
      reportAt(this.options.report, site, ['precondition'], {
        code: 'EXPR_SYNTAX',
        message: `simple: ${problem ?? 'the precondition does not compile'}`,
      });
      return false;
    }
    try {
      return compiled.value.test(new DefaultExchange(), this.options.evaluation());
    } catch (err) {
      reportAt(this.options.report, site, ['precondition'], {
        code: 'EXPR_SYNTAX',
        message: `the precondition cannot be evaluated: ${err instanceof Error ? err.message : String(err)}`,
      });
      return false;
    }
  }

  private applicable(entry: DslEntry): {
    handler: HandlerDefinition | undefined;
    handlerSite: Site | undefined;
    used: RouteConfiguration[];
    unmatched: string[];
    fileClauses: readonly ClauseDefinition[];
  } {
    const scope = this.scope(entry);
    const id = routeOption(entry, 'routeConfigurationId');
    const { used, unmatched } = configurationsFor(typeof id === 'string' ? id : undefined, this.configurations);
    const base = { used, unmatched, fileClauses: scope.clauses };
    if (this.ownHandlers.has(entry)) return { ...base, handler: this.ownHandlers.get(entry), handlerSite: undefined };
    const inherited = this.contextDefault !== undefined && this.contextDefault.order < scope.order;
    const configured = used.filter((c) => c.errorHandler !== undefined).at(-1)?.errorHandler;
    if (!inherited && configured !== undefined) return { ...base, handler: configured, handlerSite: configured.site };
    return { ...base, handler: this.contextDefault?.def, handlerSite: this.contextDefault?.site };
  }

  /** The resolved definitions that apply to the route (its own are part of its definition), for its fingerprint. */
  appliesTo(entry: DslEntry): unknown {
    const { handlerSite, used, fileClauses } = this.applicable(entry);
    const at = (site: Site): { file: string; path: readonly PathSegment[]; value: unknown } => ({
      file: site.entry.source.file,
      path: [...site.entry.path, ...site.path],
      value: valueAt(site),
    });
    return {
      errorHandler: handlerSite === undefined ? null : at(handlerSite),
      configurations: used.map((c) => at(c.site)),
      onException: fileClauses.map((c) => at(c.site)),
    };
  }

  /**
   * Compiles what applies to the route being compiled with `rc` (its clauses first, so that their steps are numbered
   * before the route's, as in Camel) and answers where its error handler goes: around each step, or around the
   * route's processor.
   */
  forRoute(entry: DslEntry, rc: RouteCompileContext): RouteErrorHandling {
    const { handler, used, unmatched, fileClauses } = this.applicable(entry);
    for (const pattern of unmatched) {
      reportAt(this.options.report, { entry, path: [] }, ['routeConfigurationId'], {
        severity: 'warning',
        code: 'COMPILE_UNKNOWN_ROUTE_CONFIGURATION',
        message: `routeConfigurationId '${pattern}' matches no routeConfiguration; Camel ignores it`,
      });
    }
    const compile = (defs: readonly ClauseDefinition[]) =>
      defs.flatMap((def) => {
        const clause = compileClause(def, rc);
        return clause === undefined ? [] : [clause];
      });
    const own = compile(fileClauses);
    const configured = compile(used.flatMap((c) => c.clauses));
    if (handler?.kind === 'noErrorHandler') return this.keepOriginal ? { wrapRoute: keepOriginalStep } : {};
    const first = handler === undefined || !this.compiledHandlers.has(handler);
    if (handler !== undefined) this.compiledHandlers.add(handler);
    const built = buildErrorHandler(handler, [configured, own], { rc, first, keepOriginal: this.keepOriginal });
    if (built === undefined) return {};
    const wrap = (processor: Processor): Processor => built.wrap(processor);
    return built.perStep ? { wrapStep: wrap } : { wrapRoute: wrap };
  }
}
