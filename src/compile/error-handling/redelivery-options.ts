/**
 * A `redeliveryPolicy` map (of an error handler or an `onException`) read into the options it sets. Every option with
 * an effect is applied; `id` names the policy only; `asyncDelayedRedelivery` changes nothing since Dromedary always
 * waits for a redelivery without blocking (as Camel does with it set); options Dromedary does not apply
 * (`exchangeFormatterRef`, `allowRedeliveryWhileStopping: false`) are reported.
 */
import type { LogLevel } from '../../api/connector-runtime.js';
import {
  parseDelayPattern,
  type RedeliveryOverrides,
  type RedeliveryPolicy,
} from '../../engine/error-handler/redelivery-policy.js';
import { durationMs } from '../option-values.js';
import { refuseOptions, reportAt, type Report, type Site } from './definition-site.js';

type BooleanOption = {
  [K in keyof RedeliveryOverrides]-?: NonNullable<RedeliveryOverrides[K]> extends boolean ? K : never;
}[keyof RedeliveryOverrides];

const BOOLEANS: readonly BooleanOption[] = [
  'useExponentialBackOff',
  'useCollisionAvoidance',
  'logStackTrace',
  'logRetryStackTrace',
  'logHandled',
  'logContinued',
  'logExhausted',
  'logExhaustedMessageHistory',
  'logExhaustedMessageBody',
  'logNewException',
  'logRetryAttempted',
  'disableRedelivery',
];

/** Options whose value is a whole number. */
const WHOLE: readonly (keyof RedeliveryPolicy)[] = ['maximumRedeliveries', 'retryAttemptedLogInterval'];

/** Delays: milliseconds, or a duration (`2s`, `1m30s`), as Camel reads them. */
const DELAYS: readonly (keyof RedeliveryPolicy)[] = ['redeliveryDelay', 'maximumRedeliveryDelay'];

const DECIMAL: readonly (keyof RedeliveryPolicy)[] = ['backOffMultiplier', 'collisionAvoidanceFactor'];

const LEVELS: readonly LogLevel[] = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'OFF'];

const REFUSED: readonly (readonly [string, string])[] = [
  ['exchangeFormatterRef', 'custom exchange formatters are beans, which error handlers cannot reference yet'],
];

function number(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return undefined;
}

function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  return undefined;
}

const whole = (v: unknown): number | undefined => {
  const n = number(v);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
};

const delay = (v: unknown): number | undefined => {
  const ms = typeof v === 'number' ? v : typeof v === 'string' ? durationMs(v) : undefined;
  return ms !== undefined && Number.isInteger(ms) ? ms : undefined;
};

const level = (v: unknown): LogLevel | undefined =>
  LEVELS.find((l) => typeof v === 'string' && l === v.trim().toUpperCase());

/** The options by kind of value: how to read one, and what it must be. */
const KINDS: readonly { keys: readonly string[]; read: (v: unknown) => unknown; what: string }[] = [
  { keys: WHOLE, read: whole, what: 'a whole number' },
  { keys: DELAYS, read: delay, what: 'milliseconds or a duration such as 2s' },
  { keys: DECIMAL, read: number, what: 'a number' },
  { keys: BOOLEANS, read: bool, what: 'true or false' },
  { keys: ['retriesExhaustedLogLevel', 'retryAttemptedLogLevel'], read: level, what: `one of ${LEVELS.join(', ')}` },
];

/** Reads the numeric, boolean and level options into `out`; `wrong` reports a value of the wrong kind. */
function readValues(
  map: Record<string, unknown>,
  out: RedeliveryOverrides,
  wrong: (key: string, what: string) => void,
): void {
  for (const { keys, read, what } of KINDS) {
    for (const key of keys) {
      if (map[key] === undefined) continue;
      const value = read(map[key]);
      if (value === undefined) wrong(key, what);
      else (out as Record<string, unknown>)[key] = value;
    }
  }
}

/** The options a `redeliveryPolicy` map at `site` sets; reports values it cannot use and options it does not apply. */
export function readRedeliveryOptions(map: Record<string, unknown>, site: Site, report: Report): RedeliveryOverrides {
  const out: RedeliveryOverrides = {};
  readValues(map, out, (key, what) => {
    reportAt(report, site, [key], { code: 'DSL_WRONG_TYPE', message: `${key} must be ${what}` });
  });
  const pattern = map['delayPattern'];
  if (typeof pattern === 'string') {
    try {
      out.delayPattern = parseDelayPattern(pattern);
    } catch (err) {
      reportAt(report, site, ['delayPattern'], {
        code: 'DSL_INVALID_VALUE',
        message: err instanceof Error ? err.message : String(err),
      });
    }
  }
  refuseOptions(report, site, map, 'redeliveryPolicy', REFUSED);
  if (bool(map['allowRedeliveryWhileStopping']) === false) {
    reportAt(report, site, ['allowRedeliveryWhileStopping'], {
      code: 'COMPILE_UNSUPPORTED_STEP',
      message: "the redeliveryPolicy option 'allowRedeliveryWhileStopping: false' is not supported by Dromedary yet",
      hint: 'a route that stops lets its pending redeliveries run (the default)',
    });
  }
  return out;
}
