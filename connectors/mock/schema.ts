/** The `mock` connector's declaration: records what it receives and checks expectations, for tests. */
import { Type } from 'typebox';

import { defineConnector, type ConnectorSpec } from '../../src/api/index.js';
import { bool, common, duration, int, planned } from '../options.js';

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
    expectedCount: planned(int(-1, 'Number of messages expected; -1 expects nothing.')),
    assertPeriod: planned(duration(0, 'Extra wait after expectations are met, to catch late messages.')),
    resultWaitTime: planned(duration(0, 'Longest wait for expectations to be met.')),
    resultMinimumWaitTime: planned(duration(0, 'Shortest wait before expectations count as met.')),
    retainFirst: int(-1, 'Keeps only the first N messages; -1 keeps all.'),
    retainLast: int(-1, 'Keeps only the last N messages; -1 keeps all.'),
    failFast: planned(bool(false, 'Fails as soon as an expectation cannot be met any more.')),
    log: planned(bool(false, 'Logs every message received.')),
    copyOnExchange: bool(true, 'Keeps a copy of each message rather than the message itself.'),
    reportGroup: planned(int(undefined, 'Logs a throughput line per this many messages.')),
    browseLimit: int(100, 'Maximum number of messages browsing returns.'),
    lazyStartProducer: common.lazyStartProducer,
  }),
});
