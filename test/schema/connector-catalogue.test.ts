import { describe, expect, it } from 'vitest';

import { connectorCatalogue } from '../../src/validate/runnable/catalogue.js';
import { connectors } from '../../connectors/index.js';

describe('the generated connector catalogue', () => {
  it('holds every connector declaration, options included (run npm run gen when this fails)', () => {
    const catalogue = connectorCatalogue();
    expect([...catalogue.keys()]).toEqual(connectors.map((c) => c.name));
    for (const c of connectors) {
      expect(catalogue.get(c.name)?.options).toEqual(JSON.parse(JSON.stringify(c.options)));
    }
  });
});
