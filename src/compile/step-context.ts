/**
 * What a step compiler (`src/eip/*`) gets: the step's definition, where it is (for diagnostics), and the services that
 * turn expressions, endpoints and nested steps into processors. Compilation collects every diagnostic; a step that
 * cannot be compiled reports why and returns undefined.
 */
import type { Clock, Logger } from '../api/connector-runtime.js';
import type { Diagnostic } from '../api/diagnostic.js';
import type { DiagnosticCode } from '../api/diagnostic-codes.js';
import type { EvaluationContext, Exchange } from '../api/exchange.js';
import type { Expression, Predicate } from '../api/expression.js';
import type { Processor } from '../api/processor.js';
import type { PathSegment } from '../dsl/yaml-source.js';
import type { RouteService } from '../engine/route-service.js';

/** Services and position of one step being compiled. */
export interface StepContext {
  /** The id of the route the step belongs to. */
  readonly routeId: string;
  /** The path of the step's definition in its document. */
  readonly path: readonly PathSegment[];
  /** `file.yaml:line` of the step, as Camel JBang names log EIP loggers. */
  readonly sourceLocation: string;
  /** Reports a problem at a path relative to the step (`[]`: the step key itself). */
  error(at: readonly PathSegment[], code: DiagnosticCode, message: string, hint?: string): void;
  /** Compiles the expression held by `holder` (inline language key or `expression:` wrapper), at `at`. */
  expression(holder: unknown, at: readonly PathSegment[]): Expression | undefined;
  /** Compiles the predicate held by `holder`, at `at`. */
  predicate(holder: unknown, at: readonly PathSegment[]): Predicate | undefined;
  /** A producer for an endpoint URI (placeholders resolved, `parameters` merged), at `at`. */
  producer(uri: string, parameters: unknown, at: readonly PathSegment[]): Processor | undefined;
  /** A producer for a URI computed at run time (`toD`); throws when the URI names no usable endpoint. */
  dynamicProducer(uri: string, parameters: unknown): Processor;
  /** Compiles nested steps (`steps:` of filter, when …) into one processor, at `at`. */
  steps(list: unknown, at: readonly PathSegment[]): Processor;
  /** The named logger the log EIP writes to. */
  logger(name: string): Logger;
  /** The evaluation context processors pass to expressions. */
  readonly evaluation: EvaluationContext;
  /** The runtime's clock: timers a step keeps (aggregation timeouts) run on it, so fake time drives them in tests. */
  readonly clock: Clock;
  /**
   * Logs an exchange that a step sent on by itself (an aggregated exchange), not the route's consumer, and that ended
   * failed, as the route logs its consumer's failed exchanges.
   */
  failed(exchange: Exchange, error: Error): void;
  /**
   * The bean a step references at `at`: `name` or `#bean:name` (declared under `beans:`), or `#class:<type>` (a new
   * instance of a built-in type). Reports an unknown name or type there and returns undefined. The route now depends
   * on the bean: dev mode restarts it when the bean's definition or module changes.
   */
  bean(ref: string, at: readonly PathSegment[]): unknown;
  /** Registers stateful work of the step (an aggregator's groups) to start, stop and hand over with the route. */
  service(service: RouteService): void;
}

/** A step kind: its DSL key and how to turn its definition into a processor. */
export interface StepCompiler {
  readonly name: string;
  compile(definition: unknown, context: StepContext): Processor | undefined;
}

/** Identity helper that checks a step compiler's type. */
export function defineStep(step: StepCompiler): StepCompiler {
  return step;
}

/** Diagnostics collected while compiling. */
export type DiagnosticSink = (d: Diagnostic) => void;
