/**
 * What a connector declares about itself. The validator checks endpoint URIs against these declarations; later
 * issues add the factories that create sources and sinks. Connectors import only the public SPI.
 */
import type { TSchema } from 'typebox';

/** What every description of a connector (a Camel component) says about it. */
export interface ConnectorInfo {
  /** The URI scheme, as in Camel (`timer`, `log`, `seda`). */
  readonly name: string;
  readonly title: string;
  /** One sentence on what it does. */
  readonly summary: string;
  /** Whether it can start a route (`from`), and whether it can be sent to (`to`). */
  readonly consumer: boolean;
  readonly producer: boolean;
  /** The name of the option the URI path fills (`timer:tick` → `timerName`). */
  readonly pathOption: string;
  /** True when any option name is accepted (the `kamelet` component passes options on as Kamelet parameters). */
  readonly openOptions?: boolean;
}

/** The static description of a connector, as its author declares it. */
export interface ConnectorSpec extends ConnectorInfo {
  /**
   * The endpoint options, as a TypeBox object schema with Camel's option names, types and defaults. Options with
   * `x-kind: 'duration'` accept milliseconds or a duration text such as `5s`.
   */
  readonly options: TSchema;
}

/** Identity helper that checks a connector declaration's type. */
export function defineConnector(spec: ConnectorSpec): ConnectorSpec {
  return spec;
}

/** The JSON Schema of one endpoint option, as the catalogue stores it. */
export interface OptionSchema {
  readonly type?: string | string[];
  readonly enum?: string[];
  readonly default?: unknown;
  readonly description?: string;
  /** `duration`: milliseconds, or a duration text such as `5s`. */
  readonly 'x-kind'?: string;
  /** `planned`: declared, but not applied by Dromedary yet. */
  readonly 'x-status'?: string;
}

/**
 * A connector as the generated catalogue (`schemas/connectors/catalogue.json`) describes it: its declaration with
 * the options as plain JSON Schema. Read at run time, where no TypeBox code is loaded.
 */
export interface ConnectorDescriptor extends ConnectorInfo {
  readonly options: { readonly type: 'object'; readonly properties: Readonly<Record<string, OptionSchema>> };
}
