/**
 * The errors in-process endpoints set on exchanges. Each is named after the Camel exception a Camel user would see in
 * the same situation (the error handler's log line prints `name: message`), with Camel's message text; the exchange
 * id Camel appends (`. Exchange[…]`) is left out. Each has a stable `code`, and its Java class in `javaClass` (what
 * `onException` matches, see `src/engine/error-handler/exception-types.ts`).
 */
import { DromedaryError } from '../../api/errors.js';

/** A sender waited longer than its endpoint's `timeout` for the reply (Camel's `ExchangeTimedOutException`). */
export class ExchangeTimedOutException extends DromedaryError {
  readonly javaClass = 'org.apache.camel.ExchangeTimedOutException';

  constructor(readonly timeoutMs: number) {
    super('EXCHANGE_TIMED_OUT', `The OUT message was not received within: ${String(timeoutMs)} millis`);
  }
}

/** `direct:` was sent to while no route consumed it (after blocking, if it blocks). */
export class DirectConsumerNotAvailableException extends DromedaryError {
  readonly javaClass = 'org.apache.camel.component.direct.DirectConsumerNotAvailableException';

  constructor(readonly endpointUri: string) {
    super('DIRECT_CONSUMER_NOT_AVAILABLE', `No consumers available on endpoint: ${endpointUri}`);
  }
}

/** `seda:` was sent to with `failIfNoConsumers` while no route consumed the queue. */
export class SedaConsumerNotAvailableException extends DromedaryError {
  readonly javaClass = 'org.apache.camel.component.seda.SedaConsumerNotAvailableException';

  constructor(readonly endpointUri: string) {
    super('SEDA_CONSUMER_NOT_AVAILABLE', `No consumers available on endpoint: ${endpointUri}`);
  }
}

/**
 * A seda queue had no room: `Queue full` at once, or after waiting `offerTimeout` with `blockWhenFull`. Camel throws
 * Java's `IllegalStateException` here, so that is its name.
 */
export class SedaQueueFullError extends DromedaryError {
  override readonly name = 'IllegalStateException';
  readonly javaClass = 'java.lang.IllegalStateException';

  constructor(readonly offerTimeoutMs?: number) {
    super(
      'SEDA_QUEUE_FULL',
      offerTimeoutMs === undefined
        ? 'Queue full'
        : `Fails to insert element into queue, after timeout of ${String(offerTimeoutMs)} milliseconds`,
    );
  }
}

/** A mock endpoint's expectations do not hold (Camel's `AssertionError` from `assertIsSatisfied`). */
export class MockAssertionError extends DromedaryError {
  readonly javaClass = 'java.lang.AssertionError';

  constructor(
    readonly endpointUri: string,
    readonly problems: readonly string[],
  ) {
    super('MOCK_ASSERTION', problems.map((p) => `${endpointUri} ${p}`).join('\n'));
  }
}

/**
 * A Camel-style endpoint URI for messages: `scheme://path`, then the options as written, sorted by name (Camel
 * normalizes endpoint URIs this way: `direct://a?timeout=200`).
 */
export function camelEndpointUri(
  scheme: string,
  path: string,
  written: Readonly<Record<string, unknown>> = {},
): string {
  const query = Object.keys(written)
    .sort()
    .map((k) => `${k}=${String(written[k])}`)
    .join('&');
  return `${scheme}://${path}${query === '' ? '' : `?${query}`}`;
}
