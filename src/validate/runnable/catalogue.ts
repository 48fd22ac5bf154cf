/**
 * The connector catalogue as the validator reads it: the generated `schemas/connectors/catalogue.json`, loaded once.
 * Throws when the installation lacks it (`npm run gen` writes it; it is committed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { ConnectorDescriptor } from '../../api/connector.js';
import { packageRoot } from '../../package-root.js';

let catalogue: ReadonlyMap<string, ConnectorDescriptor> | undefined;

/** Every connector Dromedary has, by URI scheme. */
export function connectorCatalogue(): ReadonlyMap<string, ConnectorDescriptor> {
  if (catalogue === undefined) {
    const path = join(packageRoot(), 'schemas', 'connectors', 'catalogue.json');
    const list = JSON.parse(readFileSync(path, 'utf8')) as ConnectorDescriptor[];
    catalogue = new Map(list.map((c) => [c.name, c]));
  }
  return catalogue;
}
