/**
 * An `errorHandler` definition (top-level, a route's, a `routeConfiguration`'s) read and checked once: which handler
 * (`defaultErrorHandler`, `deadLetterChannel`, `noErrorHandler`), its redelivery policy and options. The handlers
 * Dromedary does not have (`refErrorHandler`, `jtaTransactionErrorHandler`, `springTransactionErrorHandler`) and the
 * options that reference beans are reported.
 */
import type { LogLevel } from '../../api/connector-runtime.js';
import type { RedeliveryOverrides } from '../../engine/error-handler/redelivery-policy.js';
import { isRecord, refuseOptions, reportAt, within, type Report, type Site } from './definition-site.js';
import { readRedeliveryOptions } from './redelivery-options.js';

/** The handlers Dromedary runs. */
export type HandlerKind = 'defaultErrorHandler' | 'deadLetterChannel' | 'noErrorHandler';

/** A checked error handler definition. */
export interface HandlerDefinition {
  readonly kind: HandlerKind;
  /** Where the handler's own map is (`…/deadLetterChannel`). */
  readonly site: Site;
  readonly redelivery: RedeliveryOverrides;
  /** The level of the exhausted record when the handler has no redelivery logic (default ERROR). */
  readonly level: LogLevel;
  /** The logger's name (`logName`), when set. */
  readonly logName?: string;
  readonly deadLetterUri?: string;
  readonly deadLetterHandleNewException: boolean;
  readonly useOriginalMessage: boolean;
  readonly useOriginalBody: boolean;
}

const KINDS: readonly HandlerKind[] = ['defaultErrorHandler', 'deadLetterChannel', 'noErrorHandler'];

const REFUSED_KINDS: Readonly<Record<string, string>> = {
  refErrorHandler: 'an error handler from the bean registry',
  jtaTransactionErrorHandler: 'transactions',
  springTransactionErrorHandler: 'transactions',
};

const BEAN_REFERENCE = 'it references a bean, which error handlers cannot reference yet';

const REFUSED_OPTIONS: readonly (readonly [string, string])[] = [
  ['executorServiceRef', BEAN_REFERENCE],
  ['loggerRef', BEAN_REFERENCE],
  ['onExceptionOccurredRef', BEAN_REFERENCE],
  ['onPrepareFailureRef', BEAN_REFERENCE],
  ['onRedeliveryRef', BEAN_REFERENCE],
  ['redeliveryPolicyRef', BEAN_REFERENCE],
  ['retryWhileRef', BEAN_REFERENCE],
];

const flag = (map: Record<string, unknown>, key: string, fallback: boolean): boolean => {
  const v = map[key];
  if (typeof v === 'boolean') return v;
  return typeof v === 'string' ? v.trim().toLowerCase() === 'true' : fallback;
};

/**
 * Reads the `errorHandler` map `value` found at `site`. Reports what it cannot run; answers undefined when there is no
 * handler it can run.
 */
export function readErrorHandler(value: unknown, site: Site, report: Report): HandlerDefinition | undefined {
  if (!isRecord(value)) return undefined;
  for (const [key, what] of Object.entries(REFUSED_KINDS)) {
    if (value[key] === undefined) continue;
    reportAt(report, site, [key], {
      code: 'COMPILE_UNSUPPORTED_STEP',
      message: `the ${key} is not supported by Dromedary: it needs ${what}`,
      hint: 'use defaultErrorHandler, deadLetterChannel or noErrorHandler',
    });
    return undefined;
  }
  const kind = KINDS.find((k) => value[k] !== undefined);
  if (kind === undefined) return undefined;
  const own = within(site, kind);
  const map = isRecord(value[kind]) ? value[kind] : {};
  if (refuseOptions(report, own, map, kind, REFUSED_OPTIONS)) return undefined;
  const policy = map['redeliveryPolicy'];
  const redelivery = isRecord(policy) ? readRedeliveryOptions(policy, within(own, 'redeliveryPolicy'), report) : {};
  const level = typeof map['level'] === 'string' ? (map['level'].toUpperCase() as LogLevel) : 'ERROR';
  const deadLetterUri = typeof map['deadLetterUri'] === 'string' ? map['deadLetterUri'] : undefined;
  if (kind === 'deadLetterChannel' && deadLetterUri === undefined) {
    reportAt(report, own, [], { code: 'DSL_MISSING_REQUIRED', message: 'deadLetterChannel needs a deadLetterUri' });
    return undefined;
  }
  return {
    kind,
    site: own,
    redelivery,
    level,
    ...(typeof map['logName'] === 'string' ? { logName: map['logName'] } : {}),
    ...(deadLetterUri === undefined ? {} : { deadLetterUri }),
    deadLetterHandleNewException: flag(map, 'deadLetterHandleNewException', true),
    useOriginalMessage: flag(map, 'useOriginalMessage', false),
    useOriginalBody: flag(map, 'useOriginalBody', false),
  };
}
