/**
 * Turns endpoint URIs into consumers (for `from`) and producers (for `to`): the connector catalogue gives the option
 * types; `direct`, `seda`, `log`, `mock` and `platform-http` are engine endpoints, `timer` a connector source.
 * Problems are returned as messages; the compiler places them.
 */
import { timerRuntime } from '../../connectors/timer/index.js';
import type { Clock, ConnectorContext, Logger } from '../api/connector-runtime.js';
import type { ConnectorDescriptor } from '../api/connector.js';
import type { Exchange, ExchangePattern, StepNode } from '../api/exchange.js';
import type { Processor } from '../api/processor.js';
import { DirectRegistry } from '../engine/endpoints/direct.js';
import { camelEndpointUri } from '../engine/endpoints/errors.js';
import { isService, ServiceGroup, withExtras, withPattern } from '../engine/endpoints/lifecycle.js';
import { logProducer, logSettings } from '../engine/endpoints/log.js';
import { MockRegistry, mockSettings } from '../engine/endpoints/mock.js';
import { PlatformHttpServer } from '../engine/endpoints/platform-http-server.js';
import { platformHttpSettings } from '../engine/endpoints/platform-http-settings.js';
import { SedaRegistry, sedaProducerSettings, sedaSettings } from '../engine/endpoints/seda.js';
import { HeaderMap } from '../engine/headers.js';
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
  /** Where the `platform-http` server listens and how long its requests wait for a route being replaced. */
  readonly platformHttp?: { readonly host?: string; readonly port?: number; readonly drainTimeoutMs?: number };
}

/** The route a consumer starts (for its services and `showRouteGroup`). */
export interface ConsumerOwner {
  readonly routeId: string;
  readonly group?: string;
}

/** Where a producer is used: its route (whose start and stop drive the producer's services) and step. */
export interface ProducerOwner {
  readonly routeId: string;
  /** `file.yaml:line` of the step, for `log:…?sourceLocationLoggerName=true`. */
  readonly sourceLocation?: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The endpoints of one runtime. */
export class EndpointFactory {
  readonly direct: DirectRegistry;
  readonly seda: SedaRegistry;
  readonly mocks: MockRegistry;
  /** The HTTP server of `platform-http` consumers: listens once the first one starts, kept by every generation. */
  readonly platformHttp: PlatformHttpServer;
  /** Each route's producer services, started and stopped with the route's consumer (this compilation's routes). */
  private routeServices = new Map<string, ServiceGroup>();
  private readonly routeGroups = new Map<string, string>();
  /** The `from` of each route, by route id: failure logs start their message history with it. */
  readonly fromNodes = new Map<string, StepNode>();
  /** Called when an exchange a consumer created is complete (its failure was logged by the route's error handler). */
  private readonly completed: (exchange: Exchange) => void;

  constructor(private readonly services: EndpointServices) {
    this.completed = () => {
      services.onComplete?.();
    };
    const logger = (name: string): Logger => services.logger(name);
    this.direct = new DirectRegistry(services.clock);
    this.seda = new SedaRegistry({ clock: services.clock, onComplete: this.completed, logger });
    this.mocks = new MockRegistry({ clock: services.clock, logger });
    this.platformHttp = new PlatformHttpServer({
      ...services.platformHttp,
      clock: services.clock,
      logger: services.logger('dromedary.platform-http'),
      onComplete: this.completed,
    });
  }

  /**
   * The same endpoints for a new compilation of the routes (dev mode): registries are shared, but producer services
   * are grouped anew, so a route compiled again does not join the services of the running version of it.
   */
  nextGeneration(): this {
    this.routeServices = new Map();
    return this;
  }

  /**
   * A dev-mode swap of routes begins: the `platform-http` path of a route stopped meanwhile stays pending (its requests
   * wait) for a new route serving the same path, until `endSwap`.
   */
  beginSwap(): void {
    this.platformHttp.routes.beginSwap();
  }

  /** The swap is over: `platform-http` paths no new route took over are removed (their waiting requests get 503). */
  endSwap(): void {
    this.platformHttp.routes.endSwap();
  }

  /** Closes what the endpoints hold open (the `platform-http` server) when the run is over. Safe to call twice. */
  close(): Promise<void> {
    return this.platformHttp.close();
  }

  private serviceGroup(routeId: string): ServiceGroup {
    let group = this.routeServices.get(routeId);
    if (group === undefined) {
      group = new ServiceGroup();
      this.routeServices.set(routeId, group);
    }
    return group;
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

  /**
   * The consumer for a route's `from`; with its owner, it also starts and stops the route's producer services.
   * `exchangePattern` sets the pattern of the exchanges a timer creates (direct and seda consumers take the sender's
   * exchange, so it changes nothing there, as in Camel). Throws with a user message when the endpoint cannot consume.
   */
  consumer(endpoint: Endpoint, owner?: ConsumerOwner): RouteConsumer {
    if (owner?.group !== undefined) this.routeGroups.set(owner.routeId, owner.group);
    const services = owner === undefined ? undefined : this.serviceGroup(owner.routeId);
    const pattern = endpoint.scheme === 'timer' ? exchangePattern(endpoint.options['exchangePattern']) : undefined;
    return withExtras(this.baseConsumer(endpoint), {
      ...(services === undefined ? {} : { services }),
      ...(pattern === undefined ? {} : { pattern }),
    });
  }

  private baseConsumer(endpoint: Endpoint): RouteConsumer {
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
        return this.seda.consumer(endpoint.path, sedaSettings(endpoint.options));
      case 'platform-http':
        return this.platformHttp.consumer(endpoint.path, platformHttpSettings(endpoint.options));
      default:
        throw new Error(`the ${endpoint.scheme} component cannot start a route`);
    }
  }

  /**
   * The producer for `to`. A producer with a lifecycle (a throughput logger) joins its owner route's services; without
   * an owner it starts at once. `exchangePattern` sets the exchange's pattern while it is sent, and restores it after,
   * as Camel's send processor does. Throws with a user message when the endpoint cannot be sent to.
   */
  producer(endpoint: Endpoint, owner?: ProducerOwner): Processor {
    const producer = this.baseProducer(endpoint, owner);
    if (isService(producer)) {
      if (owner === undefined) producer.start();
      else this.serviceGroup(owner.routeId).add(producer);
    }
    const pattern = exchangePattern(endpoint.options['exchangePattern']);
    return pattern === undefined ? producer : withPattern(producer, pattern);
  }

  private baseProducer(endpoint: Endpoint, owner: ProducerOwner | undefined): Processor {
    const { path, options } = endpoint;
    const uri = camelEndpointUri(endpoint.scheme, path, endpoint.written);
    switch (endpoint.scheme) {
      case 'log':
        return logProducer(
          logSettings(path, options, {
            clock: this.services.clock,
            logger: (name) => this.services.logger(name),
            ...(owner?.sourceLocation === undefined ? {} : { sourceLocation: owner.sourceLocation }),
            formatContext: { routeGroup: (id) => this.routeGroups.get(id) },
          }),
        );
      case 'direct':
        return this.direct.producer(path, {
          block: options['block'] !== false,
          timeout: this.num(endpoint, 'timeout', 30000),
          failIfNoConsumers: options['failIfNoConsumers'] !== false,
          uri,
        });
      case 'seda':
        return this.seda.producer(path, { ...sedaSettings(options), ...sedaProducerSettings(options, uri) });
      case 'mock':
        return this.mocks.producer(path, mockSettings(options));
      default:
        throw new Error(`the ${endpoint.scheme} component cannot be sent to`);
    }
  }
}

function exchangePattern(value: unknown): ExchangePattern | undefined {
  return value === 'InOnly' || value === 'InOut' ? value : undefined;
}

function fail(name: string): never {
  throw new Error(`the ${name} connector has no source`);
}
