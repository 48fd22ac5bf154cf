/** The `mock` connector's declaration: records what it receives and checks expectations, for tests. */
import { Type } from 'typebox';

import { defineConnector, type ConnectorSpec } from '../../src/api/index.js';
import { bool, common, duration, int } from '../options.js';

/** Declaration of `mock:name`. */
export const mock: ConnectorSpec = defineConnector({
  name: 'mock',
  title: 'Mock',
  summary: 'Keeps the messages it receives so tests can assert counts, bodies and headers.',
  consumer: false,
  producer: true,
  pathOption: 'name',
  options: Type.Object({
    name: Type.String({ description: 'Name of the mock endpoint.' }),
    expectedCount: int(-1, 'Number of messages expected; -1 expects no particular number.'),
    assertPeriod: duration(0, 'Extra wait after expectations are met, then a second check, to catch late messages.'),
    resultWaitTime: duration(0, 'Longest wait for the expected messages when asserting; 0 waits 10 seconds.'),
    resultMinimumWaitTime: duration(0, 'Fails an assertion whose expected messages came faster than this.'),
    retainFirst: int(-1, 'Keeps only the first N messages; -1 keeps all.'),
    retainLast: int(-1, 'Keeps only the last N messages; -1 keeps all.'),
    failFast: bool(true, "Ends an assertion's wait as soon as a message breaks a body or header expectation."),
    log: bool(false, 'Logs every message received, at INFO.'),
    copyOnExchange: bool(true, 'Keeps a copy of each message rather than the message itself.'),
    reportGroup: int(undefined, 'Logs a throughput line per this many messages.'),
    browseLimit: int(100, 'Maximum number of messages browsing returns.'),
    lazyStartProducer: common.lazyStartProducer,
  }),
});
