/**
 * Camel's redelivery policy: how often and after which delay an error handler redelivers a failed step, and what it
 * logs. Defaults are Camel's (`RedeliveryPolicy`): no redelivery, 1 s delay, at most 60 s, back-off ×2 when enabled,
 * ±15 % collision avoidance when enabled, retries logged at DEBUG, exhaustion at ERROR with message history and stack
 * trace.
 */
import type { LogLevel } from '../../api/connector-runtime.js';

/** One `limit:delay` group of a delay pattern: from attempt `limit` on, wait `delay` ms. */
export interface DelayGroup {
  readonly limit: number;
  readonly delay: number;
}

/** A complete redelivery policy. */
export interface RedeliveryPolicy {
  /** How many redeliveries after the first attempt; negative: forever. */
  readonly maximumRedeliveries: number;
  readonly redeliveryDelay: number;
  /** Cap of the computed delay (0 or less: none). */
  readonly maximumRedeliveryDelay: number;
  readonly backOffMultiplier: number;
  readonly useExponentialBackOff: boolean;
  readonly collisionAvoidanceFactor: number;
  readonly useCollisionAvoidance: boolean;
  /** Delays by attempt (`delayPattern`), replacing the options above when set. */
  readonly delayPattern: readonly DelayGroup[] | undefined;
  readonly retriesExhaustedLogLevel: LogLevel;
  readonly retryAttemptedLogLevel: LogLevel;
  readonly retryAttemptedLogInterval: number;
  readonly logRetryAttempted: boolean;
  readonly logStackTrace: boolean;
  readonly logRetryStackTrace: boolean;
  readonly logHandled: boolean;
  readonly logContinued: boolean;
  readonly logExhausted: boolean;
  readonly logNewException: boolean;
  readonly logExhaustedMessageHistory: boolean;
  readonly logExhaustedMessageBody: boolean;
}

/** Options a definition sets over a parent policy (`disableRedelivery` sets `maximumRedeliveries` to 0). */
export type RedeliveryOverrides = { -readonly [K in keyof RedeliveryPolicy]?: RedeliveryPolicy[K] } & {
  disableRedelivery?: boolean;
};

/** Camel's defaults. */
export const DEFAULT_REDELIVERY_POLICY: RedeliveryPolicy = {
  maximumRedeliveries: 0,
  redeliveryDelay: 1000,
  maximumRedeliveryDelay: 60_000,
  backOffMultiplier: 2,
  useExponentialBackOff: false,
  collisionAvoidanceFactor: 0.15,
  useCollisionAvoidance: false,
  delayPattern: undefined,
  retriesExhaustedLogLevel: 'ERROR',
  retryAttemptedLogLevel: 'DEBUG',
  retryAttemptedLogInterval: 1,
  logRetryAttempted: true,
  logStackTrace: true,
  logRetryStackTrace: false,
  logHandled: false,
  logContinued: false,
  logExhausted: true,
  logNewException: true,
  logExhaustedMessageHistory: true,
  logExhaustedMessageBody: false,
};

/**
 * `parent` with `overrides` applied, as Camel copies a policy and sets the options a definition has: a
 * `redeliveryDelay` above the parent's `maximumRedeliveryDelay` raises that maximum (unless the overrides set one),
 * and `disableRedelivery: true` means no redelivery.
 */
export function withOverrides(parent: RedeliveryPolicy, overrides: RedeliveryOverrides): RedeliveryPolicy {
  const { disableRedelivery, ...options } = overrides;
  const merged: { -readonly [K in keyof RedeliveryPolicy]: RedeliveryPolicy[K] } = { ...parent };
  Object.assign(
    merged,
    Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as RedeliveryOverrides,
  );
  const delay = overrides.redeliveryDelay;
  if (
    delay !== undefined &&
    overrides.maximumRedeliveryDelay === undefined &&
    parent.maximumRedeliveryDelay > 0 &&
    delay > parent.maximumRedeliveryDelay
  )
    merged.maximumRedeliveryDelay = delay;
  if (disableRedelivery === true) merged.maximumRedeliveries = 0;
  return merged;
}

/** Whether the policy redelivers at all (`maximumRedeliveries` other than 0; negative means forever). */
export function redelivers(policy: RedeliveryPolicy): boolean {
  return policy.maximumRedeliveries !== 0;
}

/**
 * Whether to redeliver after `counter` failed deliveries (1 after the first failure): `retryWhile`, when given, alone
 * decides; else until `maximumRedeliveries` redeliveries were made (forever when negative).
 */
export function shouldRedeliver(policy: RedeliveryPolicy, counter: number, retryWhile?: () => boolean): boolean {
  if (retryWhile !== undefined) return retryWhile();
  if (policy.maximumRedeliveries < 0) return true;
  return counter <= policy.maximumRedeliveries;
}

/** A source of randomness in [0, 1) (Math.random; tests pass their own). */
export type Random = () => number;

/**
 * The delay before the next redelivery (Camel's `calculateRedeliveryDelay`): with a delay pattern, the delay of the
 * last group whose limit is at most `counter`; else `redeliveryDelay` the first time (`previous` 0), then the previous
 * delay, multiplied by `backOffMultiplier` with exponential back-off; collision avoidance adds or removes up to
 * `collisionAvoidanceFactor` of it at random; the result is capped at `maximumRedeliveryDelay`.
 */
export function nextRedeliveryDelay(
  policy: RedeliveryPolicy,
  previous: number,
  counter: number,
  random: Random = Math.random,
): number {
  if (policy.delayPattern !== undefined) {
    let delay = 0;
    for (const group of policy.delayPattern) {
      if (group.limit > counter) break;
      delay = group.delay;
    }
    return delay;
  }
  let delay: number;
  if (previous === 0) delay = policy.redeliveryDelay;
  else if (policy.useExponentialBackOff && policy.backOffMultiplier > 1)
    delay = Math.round(policy.backOffMultiplier * previous);
  else delay = previous;
  if (policy.useCollisionAvoidance) {
    const sign = random() < 0.5 ? 1 : -1;
    delay += Math.trunc(delay * sign * policy.collisionAvoidanceFactor * random());
  }
  if (policy.maximumRedeliveryDelay > 0 && delay > policy.maximumRedeliveryDelay) delay = policy.maximumRedeliveryDelay;
  return delay;
}

/**
 * Parses a delay pattern (`limit:delay;limit:delay…`, e.g. `5:1000;10:5000`). Throws an Error with a user message
 * when a group is not two whole numbers.
 */
export function parseDelayPattern(text: string): DelayGroup[] {
  return text.split(';').map((group) => {
    const m = /^\s*(\d+)\s*:\s*(\d+)\s*$/.exec(group);
    if (m === null) throw new Error(`delayPattern group '${group}' is not limit:delay (two whole numbers)`);
    return { limit: Number(m[1]), delay: Number(m[2]) };
  });
}
