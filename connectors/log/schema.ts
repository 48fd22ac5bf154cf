/** The `log` connector's declaration: writes each message to the log (producer only). */
import { Type } from 'typebox';

import { defineConnector, type ConnectorSpec } from '../../src/api/index.js';
import { bool, common, int, LEVELS, oneOf, text, planned } from '../options.js';

/** Declaration of `log:name?level=…`. */
export const log: ConnectorSpec = defineConnector({
  name: 'log',
  title: 'Log',
  summary: 'Logs each message it receives, or throughput lines when grouping is on.',
  consumer: false,
  producer: true,
  pathOption: 'loggerName',
  options: Type.Object({
    loggerName: Type.String({ description: 'Name of the logger.' }),
    level: oneOf(LEVELS, 'INFO', 'Logging level.'),
    marker: planned(text('Marker added to each line.')),
    groupSize: int(undefined, 'Logs one throughput line per this many messages.'),
    groupInterval: planned(int(undefined, 'Logs one throughput line per this many milliseconds.')),
    groupDelay: planned(int(undefined, 'Wait before the first throughput line, in milliseconds.')),
    groupActiveOnly: planned(bool(true, 'Logs throughput lines only while messages flow.')),
    logMask: planned(bool(false, 'Masks sensitive values such as passwords.')),
    plain: bool(false, 'Logs the message body only, without the exchange wrapper.'),
    showAll: bool(false, 'Shows everything that can be shown.'),
    showAllProperties: bool(false, 'Shows all exchange properties, internal ones included.'),
    showBody: bool(true, 'Shows the body.'),
    showBodyType: bool(true, 'Shows the body type.'),
    showCachedStreams: bool(true, 'Shows cached stream bodies.'),
    showCaughtException: planned(bool(false, 'Shows a caught exception.')),
    showException: bool(false, 'Shows the exception.'),
    showExchangeId: bool(false, 'Shows the exchange id.'),
    showExchangePattern: bool(false, 'Shows the exchange pattern.'),
    showFiles: planned(bool(false, 'Shows file bodies.')),
    showFuture: planned(bool(false, 'Shows future bodies.')),
    showHeaders: bool(false, 'Shows the headers.'),
    showProperties: bool(false, 'Shows the exchange properties.'),
    showRouteGroup: planned(bool(false, 'Shows the route group.')),
    showRouteId: bool(false, 'Shows the route id.'),
    showStackTrace: planned(bool(false, 'Shows the stack trace of an exception.')),
    showStreams: planned(bool(false, 'Shows stream bodies.')),
    showVariables: bool(false, 'Shows the variables.'),
    multiline: bool(false, 'Puts each part on its own line.'),
    skipBodyLineSeparator: bool(true, 'Joins a multi-line body onto one line.'),
    maxChars: int(10000, 'Cuts the logged body after this many characters.'),
    style: planned(oneOf(['Default', 'Tab', 'Fixed'], 'Default', 'Layout of the logged parts.')),
    sourceLocationLoggerName: planned(bool(false, 'Names the logger after the route source location.')),
    lazyStartProducer: common.lazyStartProducer,
  }),
});
