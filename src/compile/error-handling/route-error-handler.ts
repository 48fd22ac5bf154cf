/**
 * Builds a route's error handler from the definition that applies to it (none: Camel's default error handler) and the
 * `onException` clauses compiled for it. A dead letter channel's endpoint becomes a producer of the route (sent to
 * InOnly, as Camel's dead letter `SendProcessor` does); its URI is checked like a `to` step's, at `deadLetterUri`.
 */
import type { EvaluationContext } from '../../api/exchange.js';
import { camelEndpointUri } from '../../engine/endpoints/errors.js';
import { withPattern } from '../../engine/endpoints/lifecycle.js';
import { ErrorHandler, type DeadLetter } from '../../engine/error-handler/error-handler.js';
import type { ExceptionClause } from '../../engine/error-handler/exception-clause.js';
import { DEFAULT_REDELIVERY_POLICY, withOverrides } from '../../engine/error-handler/redelivery-policy.js';
import { stepContext, type RouteCompileContext } from '../step-builder.js';
import type { HandlerDefinition } from './error-handler-definition.js';

/** The logger error handlers log to unless their definition names one (`logName`). */
export const ERROR_HANDLER_LOGGER = 'dromedary.error-handler';

/** Camel's default error handler, for routes that have no error handler definition. */
const DEFAULT_HANDLER: Omit<HandlerDefinition, 'kind' | 'site'> = {
  redelivery: {},
  level: 'ERROR',
  deadLetterHandleNewException: true,
  useOriginalMessage: false,
  useOriginalBody: false,
};

/** What building a handler needs besides the route's compile context. */
export interface HandlerBuild {
  readonly rc: RouteCompileContext;
  /** Whether this is the definition's first compilation (later ones report nothing and record no references). */
  readonly first: boolean;
  readonly keepOriginal: boolean;
}

function deadLetterOf(def: HandlerDefinition, build: HandlerBuild): DeadLetter | undefined {
  const uri = def.deadLetterUri;
  if (uri === undefined) return undefined;
  const { rc } = build;
  const ctx = stepContext(def.site.path, {
    ...rc,
    entry: def.site.entry,
    ...(build.first ? {} : { report: () => undefined, sentTo: [] }),
  });
  const producer = ctx.producer(uri, undefined, ['deadLetterUri']);
  if (producer === undefined) return undefined;
  const endpoint = rc.endpoints.endpoint(uri, undefined);
  return {
    processor: withPattern(producer, 'InOnly'),
    uri,
    endpointUri: camelEndpointUri(endpoint.scheme, endpoint.path, endpoint.written),
  };
}

/**
 * The error handler for the route compiled with `build.rc`: `def` (undefined for Camel's default error handler) with
 * the clause groups. Undefined when the dead letter endpoint does not compile (reported).
 */
export function buildErrorHandler(
  def: HandlerDefinition | undefined,
  clauses: readonly (readonly ExceptionClause[])[],
  build: HandlerBuild,
): ErrorHandler | undefined {
  const { rc } = build;
  const handler = def ?? DEFAULT_HANDLER;
  const deadLetter = def === undefined ? undefined : deadLetterOf(def, build);
  if (handler.deadLetterUri !== undefined && deadLetter === undefined) return undefined;
  const evaluation: EvaluationContext = rc.evaluation;
  return new ErrorHandler(
    {
      ...(deadLetter === undefined ? {} : { deadLetter }),
      deadLetterHandleNewException: handler.deadLetterHandleNewException,
      policy: withOverrides(DEFAULT_REDELIVERY_POLICY, handler.redelivery),
      useOriginalMessage: handler.useOriginalMessage,
      useOriginalBody: handler.useOriginalBody,
      logger: rc.log.logger(handler.logName ?? ERROR_HANDLER_LOGGER),
      level: handler.level,
      clauses,
    },
    {
      clock: rc.clock,
      evaluation,
      fromNode: (routeId) => (routeId === undefined ? undefined : rc.endpoints.fromNodes.get(routeId)),
      keepOriginal: build.keepOriginal,
    },
  );
}
