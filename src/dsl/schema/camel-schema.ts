/**
 * Composes the route DSL's JSON Schema from its TypeBox sources. Used by `npm run gen` (which writes
 * `schemas/camel-yaml-dsl.schema.json`); nothing calls it at run time, where the precompiled validators are used.
 */
import type { TSchema } from 'typebox';

import { DEFINITIONS_PREFIX } from './builders.js';
import { definitionDescriptions, topLevelDescriptions } from './descriptions.js';
import { camelDefinitions, topLevelKeys } from './generated/camel-definitions.js';

/** The `$id` of the route DSL schema. */
export const CAMEL_SCHEMA_ID = 'https://dromedary.dev/schemas/camel-yaml-dsl.schema.json';

/** A JSON Schema object as written to `schemas/`. */
export type JsonSchema = Record<string, unknown>;

function withDescription(schema: TSchema, description: string | undefined): JsonSchema {
  const plain = JSON.parse(JSON.stringify(schema)) as JsonSchema;
  if (description === undefined) return plain;
  // Keep the description on the object form of string-or-object definitions too, where editors look for it.
  const objectForm = plain['then'];
  if (typeof objectForm === 'object' && objectForm !== null) {
    (objectForm as JsonSchema)['description'] = description;
  }
  return { description, ...plain };
}

/**
 * The whole route DSL as one draft-07 JSON Schema: a route file is a list of single-key items, each key one of the
 * top-level keys. Definitions keep the short names of the Camel model classes they mirror.
 */
export function buildCamelSchema(): JsonSchema {
  const definitions: Record<string, JsonSchema> = {};
  for (const name of Object.keys(camelDefinitions).sort()) {
    const schema = camelDefinitions[name];
    if (schema !== undefined) definitions[name] = withDescription(schema, definitionDescriptions[name]);
  }
  const properties: Record<string, JsonSchema> = {};
  for (const [key, def] of Object.entries(topLevelKeys)) {
    const description = topLevelDescriptions[key];
    properties[key] = {
      ...(description === undefined ? {} : { description }),
      $ref: `${DEFINITIONS_PREFIX}${def}`,
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CAMEL_SCHEMA_ID,
    title: 'Camel YAML DSL (Dromedary)',
    description:
      'A Camel YAML DSL route file as Dromedary validates it: a list of items, each a map with exactly one key.',
    type: 'array',
    items: {
      maxProperties: 1,
      additionalProperties: false,
      properties,
    },
    definitions,
  };
}
