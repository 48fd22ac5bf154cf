/** The `seda` connector's declaration: hands messages to another route through a bounded in-memory queue. */
import { Type } from 'typebox';

import { defineConnector, type ConnectorSpec } from '../../src/api/index.js';
import { bool, common, duration, int, oneOf } from '../options.js';

/** Declaration of `seda:name?size=…`. */
export const seda: ConnectorSpec = defineConnector({
  name: 'seda',
  title: 'SEDA',
  summary: 'Queues messages for the route that consumes the same name, which processes them asynchronously.',
  consumer: true,
  producer: true,
  pathOption: 'name',
  options: Type.Object({
    name: Type.String({ description: 'Name of the queue.' }),
    size: int(1000, 'Capacity of the queue.'),
    concurrentConsumers: int(1, 'Number of messages processed at once.'),
    blockWhenFull: bool(false, 'Makes a sender wait while the queue is full instead of failing.'),
    discardWhenFull: bool(false, 'Drops a message sent while the queue is full.'),
    discardIfNoConsumers: bool(false, 'Drops a message sent while no consumer is active.'),
    failIfNoConsumers: bool(false, 'Fails a message sent while no consumer is active.'),
    offerTimeout: duration(
      undefined,
      'How long a sender blocked by blockWhenFull waits for room; 0 or less: no limit.',
    ),
    timeout: duration(30000, 'How long a sender waits for the task to complete; 0 or less: no limit.'),
    waitForTaskToComplete: oneOf(
      ['Never', 'IfReplyExpected', 'Always'],
      'IfReplyExpected',
      'Whether a sender waits for processing.',
    ),
    multipleConsumers: bool(false, 'Delivers every message to every consumer (publish-subscribe).'),
    limitConcurrentConsumers: bool(true, 'Caps concurrentConsumers at 500.'),
    pollTimeout: int(1000, 'Poll timeout of a consumer, in milliseconds.'),
    defaultPollTimeout: int(1000, 'Poll timeout used when none is set.'),
    purgeWhenStopping: bool(false, 'Empties the queue when the route stops, instead of completing what is queued.'),
    browseLimit: int(100, 'Maximum number of messages browsing returns.'),
    ...common,
  }),
});
