/**
 * Definition → Plan: turns validated route entries (from one or more files) into a runtime of routes, collecting every
 * diagnostic with its line and column: placeholders with no value, unknown or unusable endpoints, expressions that do
 * not compile, steps Dromedary does not run yet, duplicate route ids across files, and `direct:`/`seda:` endpoints
 * that are sent to but consumed by no route. The engine never sees YAML: it gets processors and consumers.
 */
import { basename } from 'node:path';

import type { Clock } from '../api/connector-runtime.js';
import type { Diagnostic } from '../api/diagnostic.js';
import type { EvaluationContext, StepNode } from '../api/exchange.js';
import type { ExpressionLanguage } from '../api/expression.js';
import type { DslEntry } from '../dsl/load.js';
import { diagnosticAt } from '../dsl/located.js';
import type { LogOutput } from '../engine/log-output.js';
import { camelEndpointUri } from '../engine/endpoints/errors.js';
import { platformHttpKeys } from '../engine/endpoints/platform-http-settings.js';
import { messageHistoryText } from '../engine/message-history.js';
import { Route } from '../engine/route.js';
import { Runtime, type RouteEntry } from '../engine/runtime.js';
import { noBeans, type BeanLookup } from './bean-registry.js';
import { EndpointFactory, type Endpoint, type EndpointServices } from './endpoint-factory.js';
import { ErrorHandlingPlan } from './error-handling/error-handling-plan.js';
import type { PropertyResolver } from './properties.js';
import { resolvePlaceholders } from './resolve-placeholders.js';
import { AutoIds, routeIdentity, withBeanRefs, type RouteIdentity } from './route-identity.js';
import { compileSteps, type RouteCompileContext } from './step-builder.js';
import { unsupportedParts } from './unsupported.js';

/** What compilation needs. */
export interface CompileOptions {
  readonly name: string;
  readonly languages: ReadonlyMap<string, ExpressionLanguage>;
  readonly properties: PropertyResolver;
  readonly log: LogOutput;
  readonly clock: Clock;
  /** Called after every exchange a route consumer created is complete (for `--max-messages`). */
  readonly onComplete?: () => void;
  /** Records message history for every route (a route's own `messageHistory` option wins). Default false. */
  readonly messageHistory?: boolean;
  /**
   * The endpoints of the running plan, when this compilation replaces it (dev mode): `seda` queues, `direct`
   * registrations and mocks are shared, so they survive the swap. Default: new endpoints.
   */
  readonly endpoints?: EndpointFactory;
  /** Ids the running plan gave its id-less routes, by route key: a route that is still there keeps its id. */
  readonly previousAutoIds?: ReadonlyMap<string, string>;
  /** The beans declared under `beans:` (see `loadBeans`). Default: none. */
  readonly beans?: BeanLookup;
  /** Where a new runtime's `platform-http` server listens (ignored when `endpoints` are given: the server is kept). */
  readonly platformHttp?: EndpointServices['platformHttp'];
}

/** A compiled route with what dev mode's plan diff needs (see `route-identity.ts`). */
export interface PlannedRoute extends RouteEntry, RouteIdentity {
  /** The file that defines the route. */
  readonly file: string;
  /** Whether its id was made up (`routeN`) rather than given. */
  readonly autoId: boolean;
}

/** The compiled plan: a runtime ready to start, the endpoints it owns (mocks for tests), and its routes. */
export interface Plan {
  readonly runtime: Runtime;
  readonly endpoints: EndpointFactory;
  readonly routes: readonly PlannedRoute[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

interface RouteShape {
  readonly id: string | undefined;
  readonly from: Record<string, unknown>;
  readonly fromPath: readonly (string | number)[];
  readonly autoStartup?: boolean;
  readonly startupOrder?: number;
  readonly group?: string;
  readonly messageHistory?: boolean;
}

function routeShape(entry: DslEntry): RouteShape | undefined {
  const value = entry.value;
  if (!isRecord(value)) return undefined;
  if (entry.key === 'from')
    return { id: typeof value['id'] === 'string' ? value['id'] : undefined, from: value, fromPath: [] };
  if (entry.key !== 'route' || !isRecord(value['from'])) return undefined;
  return {
    id: typeof value['id'] === 'string' ? value['id'] : undefined,
    from: value['from'],
    fromPath: ['from'],
    ...(typeof value['autoStartup'] === 'boolean' ? { autoStartup: value['autoStartup'] } : {}),
    ...(typeof value['startupOrder'] === 'number' ? { startupOrder: value['startupOrder'] } : {}),
    ...(typeof value['group'] === 'string' ? { group: value['group'] } : {}),
    ...(typeof value['messageHistory'] === 'boolean' ? { messageHistory: value['messageHistory'] } : {}),
  };
}

/** State shared by the routes of one compilation. */
interface Shared {
  readonly options: CompileOptions;
  readonly endpoints: EndpointFactory;
  readonly evaluation: EvaluationContext;
  readonly report: (d: Diagnostic) => void;
  readonly sentTo: RouteCompileContext['sentTo'];
  /** Consumed `direct:`/`seda:` endpoints. */
  readonly consumed: Set<string>;
  /** Step ids made so far, by step key. */
  readonly nodeIds: Map<string, number>;
  readonly beans: BeanLookup;
  /** Error handlers, route configurations and onExceptions, and what applies to each route. */
  readonly errorHandling: ErrorHandlingPlan;
}

/**
 * Whether a `platform-http` consumer serves requests another route already serves (two routes may share a path when
 * they serve different methods); records the requests it serves. False for other endpoints.
 */
function servedTwice(endpoint: Endpoint, consumed: Set<string>): boolean {
  if (endpoint.scheme !== 'platform-http') return false;
  const keys = platformHttpKeys(endpoint.path, endpoint.options);
  const twice = keys.some((k) => consumed.has(k));
  for (const k of keys) consumed.add(k);
  return twice;
}

/** A compiled route and the beans it references (name → fingerprint). */
interface CompiledRoute extends RouteEntry {
  readonly beanRefs: ReadonlyMap<string, string>;
}

function compileRoute(entry: DslEntry, shape: RouteShape, id: string, shared: Shared): CompiledRoute | undefined {
  const { options, endpoints } = shared;
  const error = (path: readonly (string | number)[], code: Diagnostic['code'], message: string): void => {
    shared.report(
      diagnosticAt(
        entry.source,
        { path: [...entry.path, ...path], pointerPrefix: entry.pointerPrefix },
        { severity: 'error', code, message },
      ),
    );
  };
  const rc: RouteCompileContext = {
    entry,
    routeId: id,
    languages: options.languages,
    properties: options.properties,
    endpoints,
    log: options.log,
    evaluation: shared.evaluation,
    clock: options.clock,
    report: shared.report,
    sentTo: shared.sentTo,
    nodeIds: shared.nodeIds,
    beans: shared.beans,
    beanRefs: new Map(),
    services: [],
  };
  const { wrapStep, wrapRoute } = shared.errorHandling.forRoute(entry, rc);
  const steps = compileSteps(shape.from['steps'], [...shape.fromPath, 'steps'], { ...rc, wrapStep });
  const processor = wrapRoute === undefined ? steps : wrapRoute(steps);
  const uriPath = [...shape.fromPath, 'uri'];
  const written = shape.from['uri'];
  try {
    const uri = typeof written === 'string' ? written : '';
    const endpoint = endpoints.endpoint(uri, shape.from['parameters']);
    const key = `${endpoint.scheme}:${endpoint.path}`;
    // seda with multipleConsumers is publish-subscribe: several routes may consume it.
    const pubSub = endpoint.scheme === 'seda' && endpoint.options['multipleConsumers'] === true;
    if ((endpoint.scheme === 'direct' || endpoint.scheme === 'seda') && !pubSub && shared.consumed.has(key)) {
      error(uriPath, 'COMPILE_DUPLICATE_CONSUMER', `${key} is already consumed by another route`);
    }
    shared.consumed.add(key);
    if (servedTwice(endpoint, shared.consumed)) {
      error(uriPath, 'COMPILE_DUPLICATE_CONSUMER', `${key} is already served by another route for the same methods`);
    }
    // Camel places a route's from at its uri.
    const where = entry.source.locate([...entry.path, ...uriPath], 'key');
    const fromNode: StepNode = {
      source: `${basename(entry.source.file)}:${String(where.line)}`,
      id: `${id}/${id}`,
      label: `from[${camelEndpointUri(endpoint.scheme, endpoint.path, endpoint.written)}]`,
    };
    endpoints.fromNodes.set(id, fromNode);
    const route = new Route({
      id,
      from: uri.replace(/\?.*$/, ''),
      fromNode,
      messageHistory: shape.messageHistory ?? options.messageHistory ?? false,
      consumer: endpoints.consumer(endpoint, {
        routeId: id,
        ...(shape.group === undefined ? {} : { group: shape.group }),
      }),
      processor,
      services: rc.services,
      now: () => options.clock.now(),
    });
    return {
      route,
      beanRefs: rc.beanRefs,
      ...(shape.autoStartup === undefined ? {} : { autoStartup: shape.autoStartup }),
      ...(shape.startupOrder === undefined ? {} : { startupOrder: shape.startupOrder }),
    };
  } catch (err) {
    error(uriPath, 'COMPILE_INVALID_ENDPOINT', err instanceof Error ? err.message : String(err));
    return undefined;
  }
}

/** Reports `direct:`/`seda:` endpoints that are sent to but consumed by no route. */
function checkReferences(shared: Shared): void {
  for (const sent of shared.sentTo) {
    if (shared.consumed.has(`${sent.scheme}:${sent.path}`)) continue;
    shared.report(
      diagnosticAt(
        sent.entry.source,
        { path: sent.at, pointerPrefix: sent.entry.pointerPrefix },
        {
          severity: 'error',
          code: 'COMPILE_NO_CONSUMER',
          message: `no route consumes ${sent.scheme}:${sent.path}`,
          hint: `add a route with from: ${sent.scheme}:${sent.path}, or check the name`,
        },
      ),
    );
  }
}

/** Compiles route entries into a plan; the plan is undefined when any error was found. */
export function compileRoutes(
  entries: readonly DslEntry[],
  options: CompileOptions,
): { plan?: Plan; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const endpoints =
    options.endpoints?.nextGeneration() ??
    new EndpointFactory({
      clock: options.clock,
      logger: (n) => options.log.logger(n),
      ...(options.onComplete === undefined ? {} : { onComplete: options.onComplete }),
      ...(options.platformHttp === undefined ? {} : { platformHttp: options.platformHttp }),
    });
  const shared: Shared = {
    options,
    endpoints,
    evaluation: {
      contextName: options.name,
      property: (key) => options.properties.lookup(key),
      now: () => options.clock.now(),
      messageHistory: (exchange, detailed) =>
        messageHistoryText(
          exchange,
          exchange.fromRouteId === undefined ? undefined : endpoints.fromNodes.get(exchange.fromRouteId),
          options.clock.now(),
          detailed,
        ),
    },
    report: (d) => {
      diagnostics.push(d);
    },
    sentTo: [],
    consumed: new Set(),
    nodeIds: new Map(),
    beans: options.beans ?? noBeans,
    errorHandling: new ErrorHandlingPlan({
      report: (d) => {
        diagnostics.push(d);
      },
      languages: options.languages,
      evaluation: () => shared.evaluation,
    }),
  };
  const ids = new Set<string>();
  const routes: PlannedRoute[] = [];
  const resolved: { entry: DslEntry; shape: RouteShape }[] = [];
  for (const written of entries) {
    const entry: DslEntry = {
      ...written,
      value: resolvePlaceholders(written.value, options.properties, (path, key) => {
        shared.report(
          diagnosticAt(
            written.source,
            { path: [...written.path, ...path], pointerPrefix: written.pointerPrefix },
            {
              severity: 'error',
              code: 'PROPERTY_UNRESOLVED',
              message: `property '${key}' has no value`,
            },
          ),
        );
      }),
    };
    for (const d of unsupportedParts(entry)) shared.report(d);
    shared.errorHandling.add(entry);
    const shape = routeShape(entry);
    if (shape !== undefined) resolved.push({ entry, shape });
  }
  const autoIds = new AutoIds(
    resolved.flatMap((r) => (r.shape.id === undefined ? [] : [r.shape.id])),
    options.previousAutoIds,
  );
  for (const { entry, shape } of resolved) {
    const identity = routeIdentity(entry.source.file, entry.value, shape.id, shared.errorHandling.appliesTo(entry));
    const id = shape.id ?? autoIds.idFor(identity.key);
    if (ids.has(id)) {
      shared.report(
        diagnosticAt(
          entry.source,
          { path: [...entry.path, 'id'], pointerPrefix: entry.pointerPrefix },
          {
            severity: 'error',
            code: 'DSL_DUPLICATE_ROUTE_ID',
            message: `duplicate route id '${id}' across the given files`,
          },
        ),
      );
    }
    ids.add(id);
    const compiled = compileRoute(entry, shape, id, shared);
    if (compiled !== undefined) {
      const { beanRefs, ...routeEntry } = compiled;
      routes.push({
        ...routeEntry,
        ...withBeanRefs(identity, beanRefs),
        file: entry.source.file,
        autoId: shape.id === undefined,
      });
    }
  }
  checkReferences(shared);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { plan: { runtime: new Runtime(routes), endpoints: shared.endpoints, routes }, diagnostics };
}
