/**
 * Compiles the steps of one route: builds each step's context (position, diagnostics, expressions, endpoints) and
 * calls its compiler. Disabled steps are left out; steps Dromedary does not run yet are reported.
 */
import { basename } from 'node:path';

import type { Diagnostic } from '../api/diagnostic.js';
import type { DiagnosticCode } from '../api/diagnostic-codes.js';
import type { Clock } from '../api/connector-runtime.js';
import type { EvaluationContext } from '../api/exchange.js';
import type { Compiled, ExpressionLanguage, ExpressionOptions } from '../api/expression.js';
import type { Processor } from '../api/processor.js';
import type { DslEntry } from '../dsl/load.js';
import { diagnosticAt } from '../dsl/located.js';
import type { PathSegment } from '../dsl/yaml-source.js';
import { stepCompilers } from '../eip/index.js';
import { failureLogMessage } from '../engine/failure-log.js';
import type { LogOutput } from '../engine/log-output.js';
import { historyStep } from '../engine/message-history.js';
import { pipelineOf } from '../engine/pipeline.js';
import type { RouteService } from '../engine/route-service.js';
import type { BeanLookup } from './bean-registry.js';
import { builtinBeanTypes } from './builtin-bean-types.js';
import type { EndpointFactory } from './endpoint-factory.js';
import { findExpression } from './expressions.js';
import type { PropertyResolver } from './properties.js';
import type { StepContext } from './step-context.js';
import { stepLabel } from './step-label.js';

/** What compiling one route needs. */
export interface RouteCompileContext {
  readonly entry: DslEntry;
  readonly routeId: string;
  readonly languages: ReadonlyMap<string, ExpressionLanguage>;
  readonly properties: PropertyResolver;
  readonly endpoints: EndpointFactory;
  readonly log: LogOutput;
  readonly evaluation: EvaluationContext;
  readonly clock: Clock;
  readonly report: (d: Diagnostic) => void;
  /** Endpoints sent to (`direct:x`, `seda:x`), for the reference check. */
  readonly sentTo: { scheme: string; path: string; at: readonly PathSegment[]; entry: DslEntry }[];
  /** Step ids made so far in this compilation, by step key (Camel numbers each kind across all routes). */
  readonly nodeIds: Map<string, number>;
  /** The beans steps may reference. */
  readonly beans: BeanLookup;
  /** Fingerprints of the beans this route references, by name (filled while compiling). */
  readonly beanRefs: Map<string, string>;
  /** Stateful work of this route's steps (filled while compiling). */
  readonly services: RouteService[];
  /** Puts the route's error handler around each step's processor (none: no error handler, `onException` steps). */
  readonly wrapStep?: ((processor: Processor) => Processor) | undefined;
  /** What step ids are prefixed with in message history (default the route id; `onException1` for its steps). */
  readonly nodePrefix?: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Compiles a route's steps (a list at `path` of the entry) into one processor. */
export function compileSteps(list: unknown, path: readonly PathSegment[], rc: RouteCompileContext): Processor {
  const processors: Processor[] = [];
  if (Array.isArray(list)) {
    list.forEach((item: unknown, i) => {
      if (!isRecord(item)) return;
      const key = Object.keys(item)[0];
      if (key === undefined) return;
      const definition = item[key];
      if (isRecord(definition) && definition['disabled'] === true) return;
      const processor = compileStep(key, definition, [...path, i, key], rc);
      if (processor !== undefined) processors.push(processor);
    });
  }
  return pipelineOf(processors);
}

function compileStep(
  key: string,
  definition: unknown,
  path: PathSegment[],
  rc: RouteCompileContext,
): Processor | undefined {
  const compiler = stepCompilers.get(key);
  const ctx = stepContext(path, rc);
  if (compiler === undefined) {
    ctx.error([], 'COMPILE_UNSUPPORTED_STEP', `the ${key} step is not supported by Dromedary yet`);
    return undefined;
  }
  const label = stepLabel(key, definition);
  // The id is made before nested steps compile, so that Camel's numbering (outer step first) comes out.
  const id = label === undefined ? undefined : stepId(key, definition, rc);
  const compiled = compiler.compile(definition, ctx);
  const processor = compiled === undefined || rc.wrapStep === undefined ? compiled : rc.wrapStep(compiled);
  if (processor === undefined || label === undefined || id === undefined) return processor;
  const node = { source: ctx.sourceLocation, id: `${rc.nodePrefix ?? rc.routeId}/${id}`, label };
  return historyStep(processor, node, () => rc.evaluation.now());
}

/** The step's own `id`, or the next of its kind: `setBody1`, `setBody2` … */
function stepId(key: string, definition: unknown, rc: RouteCompileContext): string {
  if (isRecord(definition) && typeof definition['id'] === 'string' && definition['id'] !== '') return definition['id'];
  const n = (rc.nodeIds.get(key) ?? 0) + 1;
  rc.nodeIds.set(key, n);
  return `${key}${String(n)}`;
}

/** The context of the step (or other definition) at `path` of the route's entry. */
export function stepContext(path: readonly PathSegment[], rc: RouteCompileContext): StepContext {
  const { entry } = rc;
  const place = (at: readonly PathSegment[]): PathSegment[] => [...entry.path, ...path, ...at];
  const location = entry.source.locate(place([]), 'key');
  const ctx: StepContext = {
    routeId: rc.routeId,
    path,
    sourceLocation: `${basename(entry.source.file)}:${String(location.line)}`,
    evaluation: rc.evaluation,
    clock: rc.clock,
    failed(exchange, error) {
      // A failure in the route's steps was logged by the route's error handler already.
      if (exchange.failureHandled) return;
      const errors = rc.log.logger('dromedary.error-handler');
      if (!errors.enabled('ERROR')) return;
      const from = rc.endpoints.fromNodes.get(exchange.fromRouteId ?? rc.routeId);
      errors.log('ERROR', failureLogMessage(exchange, error, from, rc.clock.now()));
    },
    error(at, code: DiagnosticCode, message, hint) {
      rc.report(
        diagnosticAt(
          entry.source,
          { path: place(at), anchor: at.length === 0 ? 'key' : 'value', pointerPrefix: entry.pointerPrefix },
          {
            severity: 'error',
            code,
            message,
            hint,
          },
        ),
      );
    },
    expression: (holder, at) => compileWith(holder, at, ctx, rc, (l, t, o) => l.compileExpression(t, o)),
    predicate: (holder, at) => compileWith(holder, at, ctx, rc, (l, t, o) => l.compilePredicate(t, o)),
    producer(uri, parameters, at) {
      try {
        const endpoint = rc.endpoints.endpoint(uri, parameters);
        if (endpoint.scheme === 'direct' || endpoint.scheme === 'seda')
          rc.sentTo.push({ scheme: endpoint.scheme, path: endpoint.path, at: place(at), entry });
        return rc.endpoints.producer(endpoint, { routeId: rc.routeId, sourceLocation: ctx.sourceLocation });
      } catch (err) {
        ctx.error(at, 'COMPILE_INVALID_ENDPOINT', err instanceof Error ? err.message : String(err));
        return undefined;
      }
    },
    dynamicProducer: (uri, parameters) =>
      rc.endpoints.producer(rc.endpoints.endpoint(uri, parameters), {
        routeId: rc.routeId,
        sourceLocation: ctx.sourceLocation,
      }),
    steps: (list, at) => compileSteps(list, [...path, ...at], rc),
    logger: (name) => rc.log.logger(name),
    bean: (ref, at) => lookupBean(ref, at, ctx, rc),
    service(service) {
      rc.services.push(service);
    },
  };
  return ctx;
}

/** `ctx.bean`: a named bean or a new instance of a built-in type; reports what it cannot find. */
function lookupBean(ref: string, at: readonly PathSegment[], ctx: StepContext, rc: RouteCompileContext): unknown {
  if (ref.startsWith('#class:')) {
    const type = ref.slice('#class:'.length).trim();
    const builtin = builtinBeanTypes.get(type);
    if (builtin === undefined) {
      ctx.error(at, 'COMPILE_UNKNOWN_BEAN', `${type} is not a bean type Dromedary provides`, builtinHint());
      return undefined;
    }
    rc.beanRefs.set(ref, ref);
    return builtin.create({});
  }
  const name = ref.startsWith('#bean:') ? ref.slice('#bean:'.length).trim() : ref.trim();
  const bean = rc.beans.get(name);
  if (bean === undefined && rc.beans.broken(name)) return undefined;
  if (bean === undefined) {
    const names = rc.beans.names();
    ctx.error(
      at,
      'COMPILE_UNKNOWN_BEAN',
      `no bean named '${name}'`,
      names.length === 0
        ? 'declare it under a top-level beans: list (name and type)'
        : `beans declared: ${names.join(', ')}`,
    );
    return undefined;
  }
  rc.beanRefs.set(name, bean.fingerprint);
  return bean.value;
}

function builtinHint(): string {
  const names = [...builtinBeanTypes.keys()];
  return names.length === 0 ? 'declare a bean module under beans:' : `built-in types: ${names.join(', ')}`;
}

type CompileWith<T> = (language: ExpressionLanguage, text: string, options: ExpressionOptions) => Compiled<T>;

function compileWith<T>(
  holder: unknown,
  at: readonly PathSegment[],
  ctx: StepContext,
  rc: RouteCompileContext,
  compile: CompileWith<T>,
): T | undefined {
  const found = findExpression(holder);
  if (found === undefined) {
    ctx.error(at, 'DSL_MISSING_CHOICE', 'an expression is needed here (simple, constant, header …)');
    return undefined;
  }
  const where = [...at, ...found.at];
  const language = rc.languages.get(found.language);
  if (language === undefined) {
    ctx.error(where, 'EXPR_UNSUPPORTED_LANGUAGE', `the ${found.language} language is not supported by Dromedary`);
    return undefined;
  }
  const compiled = compile(language, found.text, found.options);
  if (compiled.ok) return compiled.value;
  for (const p of compiled.problems) {
    rc.report(
      diagnosticAt(
        rc.entry.source,
        { path: [...rc.entry.path, ...ctx.path, ...where], offset: p.offset, pointerPrefix: rc.entry.pointerPrefix },
        { severity: 'error', code: 'EXPR_SYNTAX', message: `${found.language}: ${p.message}` },
      ),
    );
  }
  return undefined;
}
