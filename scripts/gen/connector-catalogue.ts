/**
 * Writes the connector catalogue from the TypeBox declarations in `connectors/`: one JSON Schema per connector
 * (`schemas/connectors/<name>.schema.json`, for editors and docs) and `schemas/connectors/catalogue.json`, which the
 * validator reads at run time so that no TypeBox code loads when a route is checked.
 */
import { connectors } from '../../connectors/index.js';

/** The generated files, by path. */
export function connectorFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
  const catalogue = connectors.map((c) => ({
    name: c.name,
    title: c.title,
    summary: c.summary,
    consumer: c.consumer,
    producer: c.producer,
    pathOption: c.pathOption,
    ...(c.openOptions === true ? { openOptions: true } : {}),
    options: plain(c.options),
  }));
  for (const c of catalogue) {
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `https://dromedary.dev/schemas/connectors/${c.name}.schema.json`,
      title: `${c.title} endpoint options`,
      description: c.summary,
      ...(c.options as object),
    };
    files.set(`schemas/connectors/${c.name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  }
  files.set('schemas/connectors/catalogue.json', `${JSON.stringify(catalogue, null, 2)}\n`);
  return files;
}
