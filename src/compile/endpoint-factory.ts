/**
 * Turns endpoint URIs into consumers (for `from`) and producers (for `to`): the connector catalogue gives the option
 * types; `direct`, `seda`, `log` and `mock` are engine endpoints, `timer` a connector source. Problems are returned as
 * messages; the compiler places them.
 */
import { timerRuntime } from '../../connectors/timer/index.js';
import type { Clock, ConnectorContext, Logger, LogLevel } from '../api/connector-runtime.js';
import type { ConnectorDescriptor } from '../api/connector.js';
import type { Exchange } from '../api/exchange.js';
import type { Processor } from '../api/processor.js';
import { DirectRegistry } from '../engine/endpoints/direct.js';
import { logProducer } from '../engine/endpoints/log.js';
import { MockRegistry } from '../engine/endpoints/mock.js';
import { SedaRegistry } from '../engine/endpoints/seda.js';
import { HeaderMap } from '../engine/headers.js';
import { renderText } from '../expr/convert.js';
import type { RouteConsumer } from '../engine/route.js';
import { SourceConsumer } from '../engine/source-consumer.js';
import { connectorCatalogue } from '../validate/runnable/catalogue.js';
import { parseEndpointUri } from '../validate/runnable/endpoint-uri.js';
import { optionValue } from './option-values.js';

/** An endpoint URI taken apart, with typed options. */
export interface Endpoint {
  readonly uri: string;
  readonly scheme: string;
  readonly path: string;
  readonly options: Readonly<Record<string, unknown>>;
  /** The options as written (before conversion). */
  readonly written: Readonly<Record<string, unknown>>;
}

/** Services endpoints of one runtime share. */
export interface EndpointServices {
  readonly clock: Clock;
  logger(name: string): Logger;
  /** Called after every exchange a route consumer created is complete. */
  readonly onComplete?: () => void;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The endpoints of one runtime. */
export class EndpointFactory {
  readonly direct = new DirectRegistry();
  readonly seda: SedaRegistry;
  readonly mocks = new MockRegistry();
  /** Called when an exchange a consumer created is complete: logs a failure, as Camel's default error handler does. */
  private readonly completed: (exchange: Exchange) => void;

  constructor(private readonly services: EndpointServices) {
    const errors = services.logger('dromedary.error-handler');
    this.completed = (exchange) => {
      if (exchange.exception !== undefined) {
        errors.log(
          'ERROR',
          `Failed delivery for (MessageId: ${exchange.messageId} on ExchangeId: ${exchange.exchangeId}). ` +
            `Exhausted after delivery attempt: 1 caught: ${renderText(exchange.exception)}`,
        );
      }
      services.onComplete?.();
    };
    this.seda = new SedaRegistry(this.completed);
  }

  /** Parses a URI and converts its options; throws an Error with a user message when it cannot. */
  endpoint(uri: string, parameters: unknown): Endpoint {
    const parsed = parseEndpointUri(uri);
    if (parsed === undefined) throw new Error(`'${uri}' is not an endpoint URI (scheme:path)`);
    const connector: ConnectorDescriptor | undefined = connectorCatalogue().get(parsed.scheme);
    if (connector === undefined) throw new Error(`the ${parsed.scheme} component is not available in Dromedary`);
    const written: Record<string, unknown> = { ...parsed.options, ...(isRecord(parameters) ? parameters : {}) };
    const options: Record<string, unknown> = {};
    for (const [name, raw] of Object.entries(written)) {
      const schema = connector.options.properties[name];
      if (schema === undefined && connector.openOptions !== true) {
        throw new Error(`the ${connector.name} component has no option '${name}'`);
      }
      const converted = optionValue(typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : raw, schema);
      if ('error' in converted) throw new Error(`option '${name}' of ${connector.name} must be ${converted.error}`);
      options[name] = converted.value;
    }
    return { uri, scheme: parsed.scheme, path: parsed.path, options, written };
  }

  private context(endpoint: Endpoint): ConnectorContext {
    return {
      uri: endpoint.uri,
      path: endpoint.path,
      options: endpoint.options,
      clock: this.services.clock,
      newHeaders: () => new HeaderMap(),
      logger: (name) => this.services.logger(name),
    };
  }

  private num(endpoint: Endpoint, key: string, dflt: number): number {
    const v = endpoint.options[key];
    return typeof v === 'number' ? v : dflt;
  }

  /** The consumer for a route's `from`. Throws with a user message when the endpoint cannot consume. */
  consumer(endpoint: Endpoint): RouteConsumer {
    switch (endpoint.scheme) {
      case 'timer':
        return new SourceConsumer(
          timerRuntime.source?.(this.context(endpoint)) ?? fail('timer'),
          () => this.services.clock.now(),
          this.completed,
        );
      case 'direct':
        return this.direct.consumer(endpoint.path);
      case 'seda':
        return this.seda.consumer(endpoint.path, this.sedaSettings(endpoint));
      default:
        throw new Error(`the ${endpoint.scheme} component cannot start a route`);
    }
  }

  private sedaSettings(endpoint: Endpoint): { size: number; concurrentConsumers: number } {
    return {
      size: this.num(endpoint, 'size', 1000),
      concurrentConsumers: this.num(endpoint, 'concurrentConsumers', 1),
    };
  }

  /** The producer for `to`. Throws with a user message when the endpoint cannot be sent to. */
  producer(endpoint: Endpoint): Processor {
    switch (endpoint.scheme) {
      case 'log':
        return logProducer({
          logger: this.services.logger(endpoint.path),
          level: logLevel(endpoint.options['level']),
          format: endpoint.options,
          ...(typeof endpoint.options['groupSize'] === 'number' ? { groupSize: endpoint.options['groupSize'] } : {}),
          clock: this.services.clock,
        });
      case 'direct':
        return this.direct.producer(endpoint.path, endpoint.options['failIfNoConsumers'] !== false);
      case 'seda':
        return this.seda.producer(endpoint.path, {
          ...this.sedaSettings(endpoint),
          blockWhenFull: endpoint.options['blockWhenFull'] === true,
          discardWhenFull: endpoint.options['discardWhenFull'] === true,
          waitForTaskToComplete: waitMode(endpoint.options['waitForTaskToComplete']),
        });
      case 'mock':
        return this.mocks.producer(
          endpoint.path,
          this.num(endpoint, 'retainFirst', -1),
          this.num(endpoint, 'retainLast', -1),
        );
      default:
        throw new Error(`the ${endpoint.scheme} component cannot be sent to`);
    }
  }
}

function waitMode(value: unknown): 'Never' | 'IfReplyExpected' | 'Always' {
  return value === 'Never' || value === 'Always' ? value : 'IfReplyExpected';
}

function logLevel(value: unknown): LogLevel {
  return value === 'TRACE' || value === 'DEBUG' || value === 'WARN' || value === 'ERROR' || value === 'OFF'
    ? value
    : 'INFO';
}

function fail(name: string): never {
  throw new Error(`the ${name} connector has no source`);
}
