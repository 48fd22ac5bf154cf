/** The `direct` connector's declaration: calls another route synchronously, in the same process. */
import { Type } from 'typebox';

import { defineConnector, type ConnectorSpec } from '../../src/api/index.js';
import { bool, common, duration } from '../options.js';

/** Declaration of `direct:name`. */
export const direct: ConnectorSpec = defineConnector({
  name: 'direct',
  title: 'Direct',
  summary: 'Sends a message straight into the route that consumes the same name, and waits for it to finish.',
  consumer: true,
  producer: true,
  pathOption: 'name',
  options: Type.Object({
    name: Type.String({ description: 'Name shared by the sending endpoint and the consuming route.' }),
    block: bool(true, 'Waits for a consumer to start when none is active yet.'),
    failIfNoConsumers: bool(true, 'Fails the message when no consumer is active.'),
    timeout: duration(30000, 'How long to wait for a consumer when blocking; 0 or less: no wait.'),
    synchronous: bool(false, 'Processes the message synchronously.'),
    ...common,
  }),
});
