/**
 * Checks every endpoint of a route against the connector catalogue: the component must exist and each option must
 * be one the connector declares, with a value of the declared type.
 */
import type { ConnectorDescriptor, OptionSchema } from '../../api/connector.js';
import type { PathSegment } from '../../dsl/yaml-source.js';
import { closest } from '../suggest.js';
import { parseEndpointUri } from './endpoint-uri.js';
import type { Finding } from './finding.js';
import { walkMaps } from './walk.js';

/** Step keys whose bare string value is an endpoint URI. */
const URI_STEPS: ReadonlySet<string> = new Set(['to', 'toD', 'wireTap', 'poll']);
/** Keys whose `uri` is a pattern that matches endpoints, not an endpoint. */
const PATTERN_HOLDERS: ReadonlySet<string> = new Set(['interceptFrom', 'interceptSendToEndpoint']);
/** Keys whose string value is an endpoint URI wherever they appear. */
const URI_KEYS: ReadonlySet<string> = new Set(['uri', 'deadLetterUri']);

const DURATION = /^-?\d+$|^(\d+(\.\d+)?\s*(ms|s|m|h|d)\s*)+$|^P(T.*)?$/i;
const DYNAMIC = /\$\{|\{\{/;

function fits(value: string, schema: OptionSchema): boolean {
  if (DYNAMIC.test(value)) return true;
  if (schema['x-kind'] === 'duration') return DURATION.test(value);
  if (schema.enum !== undefined) return schema.enum.includes(value);
  if (schema.type === 'boolean') return value === 'true' || value === 'false';
  if (schema.type === 'integer') return /^-?\d+$/.test(value);
  if (schema.type === 'number') return value.trim() !== '' && Number.isFinite(Number(value));
  return true;
}

function expected(schema: OptionSchema): string {
  if (schema['x-kind'] === 'duration') return 'a duration (milliseconds, or text such as 5s)';
  if (schema.enum !== undefined) return `one of ${schema.enum.join(', ')}`;
  if (schema.type === 'boolean') return 'true or false';
  if (schema.type === 'integer') return 'a whole number';
  return `a ${String(schema.type)}`;
}

function checkEndpoint(
  uri: string,
  parameters: unknown,
  path: PathSegment[],
  catalogue: ReadonlyMap<string, ConnectorDescriptor>,
  out: Finding[],
): void {
  const parsed = parseEndpointUri(uri);
  if (parsed === undefined) {
    if (!DYNAMIC.test(uri))
      out.push({
        code: 'ENDPOINT_INVALID_URI',
        message: `'${uri}' is not an endpoint URI (scheme:path)`,
        path,
        anchor: 'value',
      });
    return;
  }
  const connector = catalogue.get(parsed.scheme);
  if (connector === undefined) {
    const suggestion = closest(parsed.scheme, [...catalogue.keys()]);
    out.push({
      code: 'ENDPOINT_UNKNOWN_COMPONENT',
      message: `the ${parsed.scheme} component is not available in Dromedary`,
      path,
      anchor: 'value',
      hint:
        suggestion === undefined ? `available: ${[...catalogue.keys()].join(', ')}` : `did you mean '${suggestion}'?`,
    });
    return;
  }
  if (connector.openOptions === true) return;
  const given: [string, string, PathSegment[], number | undefined][] = Object.entries(parsed.options).map(([k, v]) => [
    k,
    v,
    path,
    parsed.offsets[k],
  ]);
  if (typeof parameters === 'object' && parameters !== null && !Array.isArray(parameters)) {
    const at = [...path.slice(0, -1), 'parameters'];
    for (const [k, v] of Object.entries(parameters)) given.push([k, optionText(v), [...at, k], undefined]);
  }
  for (const [name, value, at, offset] of given) checkOption(connector, { name, value, at, offset }, out);
}

function optionText(v: unknown): string {
  return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
}

interface GivenOption {
  readonly name: string;
  readonly value: string;
  readonly at: PathSegment[];
  /** For an option in the URI's query: where its name starts in the URI. Undefined under `parameters`. */
  readonly offset: number | undefined;
}

function checkOption(connector: ConnectorDescriptor, option: GivenOption, out: Finding[]): void {
  const declared = connector.options.properties;
  const { name, value, at } = option;
  const schema = declared[name];
  if (name === connector.pathOption) {
    out.push({
      code: 'ENDPOINT_UNKNOWN_OPTION',
      message: `'${name}' is the path of a ${connector.name} URI, not an option`,
      path: at,
      anchor: option.offset === undefined ? 'key' : 'value',
      hint: `write it after the scheme: ${connector.name}:<${name}>`,
      ...(option.offset === undefined ? {} : { offset: option.offset }),
    });
  } else if (schema === undefined) {
    const suggestion = closest(
      name,
      Object.keys(declared).filter((k) => k !== connector.pathOption),
    );
    out.push({
      code: 'ENDPOINT_UNKNOWN_OPTION',
      message: `the ${connector.name} component has no option '${name}'`,
      path: at,
      anchor: option.offset === undefined ? 'key' : 'value',
      ...(option.offset === undefined ? {} : { offset: option.offset }),
      ...(suggestion === undefined ? {} : { hint: `did you mean '${suggestion}'?` }),
    });
  } else if (schema['x-status'] === 'planned') {
    out.push({
      code: 'ENDPOINT_UNSUPPORTED_OPTION',
      message: `the ${connector.name} option '${name}' is not supported by Dromedary yet`,
      path: at,
      anchor: option.offset === undefined ? 'key' : 'value',
      ...(option.offset === undefined ? {} : { offset: option.offset }),
    });
  } else if (!fits(value, schema)) {
    out.push({
      code: 'ENDPOINT_INVALID_OPTION',
      message: `option '${name}' of the ${connector.name} component must be ${expected(schema)}, found '${value}'`,
      path: at,
      anchor: 'value',
      ...(option.offset === undefined ? {} : { offset: option.offset + name.length + 1 }),
    });
  }
}

/** Findings for every endpoint of `value` that Dromedary cannot create as written. */
export function checkEndpoints(
  value: unknown,
  catalogue: ReadonlyMap<string, ConnectorDescriptor>,
  rootKey: string,
): Finding[] {
  const out: Finding[] = [];
  const visit = (map: Record<string, unknown>, path: PathSegment[], holder: string | undefined): void => {
    for (const [key, v] of Object.entries(map)) {
      if (typeof v !== 'string') continue;
      if (key === 'uri' && holder !== undefined && PATTERN_HOLDERS.has(holder)) continue;
      if (URI_KEYS.has(key))
        checkEndpoint(v, key === 'uri' ? map['parameters'] : undefined, [...path, key], catalogue, out);
      else if (URI_STEPS.has(key)) checkEndpoint(v, undefined, [...path, key], catalogue, out);
    }
  };
  if (typeof value === 'string' && URI_STEPS.has(rootKey)) checkEndpoint(value, undefined, [], catalogue, out);
  walkMaps(value, (map, path, parentKey) => {
    if (parentKey === 'parameters' || parentKey === 'properties') return;
    visit(map, path, path.length === 0 ? rootKey : parentKey);
  });
  return out;
}
