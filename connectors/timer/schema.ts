/** The `timer` connector's declaration: fires messages at a fixed period (consumer only). */
import { Type } from 'typebox';

import { defineConnector, type ConnectorSpec } from '../../src/api/index.js';
import { bool, common, duration, int, LEVELS, oneOf, text } from '../options.js';

/** Declaration of `timer:name?period=…`. */
export const timer: ConnectorSpec = defineConnector({
  name: 'timer',
  title: 'Timer',
  summary: 'Starts a route with a message at a fixed period; the message body is null.',
  consumer: true,
  producer: false,
  pathOption: 'timerName',
  options: Type.Object({
    timerName: Type.String({ description: 'Name of the timer; timers with the same name share one schedule.' }),
    delay: duration(1000, 'Wait before the first fire; a negative value fires as fast as the route takes messages.'),
    period: duration(1000, 'Time between fires; 0 fires once.'),
    repeatCount: int(0, 'Stops after this many fires; 0 means no limit.'),
    fixedRate: bool(false, 'Schedules fires at a fixed rate rather than a fixed delay after the previous one.'),
    includeMetadata: bool(false, 'Sets the timer exchange properties and headers (counter, name, period, fired time).'),
    daemon: bool(true, 'Runs the timer thread as a daemon.'),
    synchronous: bool(false, 'Processes each fire to completion before the next.'),
    time: text('Date-time of the first fire (instead of delay), e.g. 2030-01-01T08:00:00; a past one fires at once.'),
    pattern: text(
      "Java date pattern to read `time` with; by default yyyy-MM-dd'T'HH:mm:ss, or yyyy-MM-dd HH:mm:ss without a T.",
    ),
    runLoggingLevel: oneOf(LEVELS, 'TRACE', 'Level of the line logged on each fire.'),
    exchangePattern: common.exchangePattern,
    bridgeErrorHandler: common.bridgeErrorHandler,
  }),
});
