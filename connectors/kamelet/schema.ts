/** The `kamelet` connector's declaration: uses a Kamelet as a source, a sink or an action. */
import { Type } from 'typebox';

import { defineConnector, type ConnectorSpec } from '../../src/api/index.js';
import { bool, duration, text } from '../options.js';

/** Declaration of `kamelet:name[/routeId]`; any other option is a parameter of the Kamelet. */
export const kamelet: ConnectorSpec = defineConnector({
  name: 'kamelet',
  title: 'Kamelet',
  summary: 'Runs a Kamelet template; `kamelet:source` and `kamelet:sink` are its two ends inside a template.',
  consumer: true,
  producer: true,
  pathOption: 'templateId',
  openOptions: true,
  options: Type.Object({
    templateId: Type.String({ description: 'Name of the Kamelet, optionally followed by /routeId.' }),
    routeId: text('Id of the route the Kamelet creates.'),
    location: text('Where to load the Kamelet from.'),
    block: bool(true, 'Waits for the Kamelet route to start when it is not active yet.'),
    failIfNoConsumers: bool(true, 'Fails the message when the Kamelet route is not active.'),
    timeout: duration(30000, 'How long to wait for the Kamelet route when blocking.'),
    noErrorHandler: bool(true, 'Leaves error handling to the route that uses the Kamelet.'),
  }),
});
