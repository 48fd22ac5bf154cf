/** The `log` connector's declaration: writes each message to the log (producer only). */
import { Type } from 'typebox';

import { defineConnector, type ConnectorSpec } from '../../src/api/index.js';
import { bool, common, int, LEVELS, oneOf, text } from '../options.js';

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
    marker: text("SLF4J marker of each line; Camel JBang's log pattern does not print markers, so it shows nowhere."),
    groupSize: int(undefined, 'Logs one throughput line per this many messages.'),
    groupInterval: int(undefined, 'Logs one throughput line per this many milliseconds, while the route runs.'),
    groupDelay: int(undefined, 'Wait before the first interval throughput line, in milliseconds (1000 when not set).'),
    groupActiveOnly: bool(true, 'Skips interval throughput lines when no message arrived since the last one.'),
    logMask: bool(false, 'Masks values of sensitive keys (password, secret, token, user …) as xxxxx.'),
    plain: bool(false, 'Logs the message body only, without the exchange wrapper.'),
    showAll: bool(false, 'Shows everything that can be shown.'),
    showAllProperties: bool(false, 'Shows all exchange properties, internal ones included.'),
    showBody: bool(true, 'Shows the body.'),
    showBodyType: bool(true, 'Shows the body type.'),
    showCachedStreams: bool(true, 'Shows cached stream bodies.'),
    showCaughtException: bool(false, 'Shows the exception, or else the caught one (CamelExceptionCaught).'),
    showException: bool(false, 'Shows the exception.'),
    showExchangeId: bool(false, 'Shows the exchange id.'),
    showExchangePattern: bool(false, 'Shows the exchange pattern.'),
    showFiles: bool(false, 'Shows file bodies; no effect, a Node body is never a file.'),
    showFuture: bool(false, 'Waits for future bodies; no effect, a Node body is never a future.'),
    showHeaders: bool(false, 'Shows the headers.'),
    showProperties: bool(false, 'Shows the exchange properties.'),
    showRouteGroup: bool(false, 'Shows the route group (when the route has one).'),
    showRouteId: bool(false, 'Shows the route id.'),
    showStackTrace: bool(false, 'Shows the stack trace of a shown exception.'),
    showStreams: bool(false, 'Shows stream bodies; no effect, a Node body is never a stream.'),
    showVariables: bool(false, 'Shows the variables.'),
    multiline: bool(false, 'Puts each part on its own line.'),
    skipBodyLineSeparator: bool(true, 'Joins a multi-line body onto one line.'),
    maxChars: int(10000, 'Clips the body, then cuts the logged text, after this many characters.'),
    style: oneOf(
      ['Default', 'Tab', 'Fixed'],
      'Default',
      'Layout of the parts: comma-separated, tab-separated, or tab and padded labels.',
    ),
    sourceLocationLoggerName: bool(false, 'Names the logger after where the endpoint is used (file.yaml:line).'),
    lazyStartProducer: common.lazyStartProducer,
  }),
});
