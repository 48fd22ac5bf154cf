/**
 * The log EIP (`- log: "text ${body}"`): logs a message at `loggingLevel` (default INFO). The message is a Simple
 * template when it holds a function, else constant text. The logger is `logName` when given, else the step's source
 * location `file.yaml:line`, as Camel JBang names it.
 */
import type { LogLevel } from '../api/connector-runtime.js';
import { defineStep } from '../compile/step-context.js';
import { renderText } from '../expr/convert.js';
import { asMap, stringOption, syncStep } from './sync-step.js';

const LEVELS: readonly LogLevel[] = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'OFF'];

/** `log`. */
export const log = defineStep({
  name: 'log',
  compile(definition, ctx) {
    const map = asMap(definition, 'message');
    const message = stringOption(map, 'message') ?? '';
    const levelText = stringOption(map, 'loggingLevel') ?? 'INFO';
    const level = LEVELS.find((l) => l === levelText) ?? 'INFO';
    const logger = ctx.logger(stringOption(map, 'logName') ?? ctx.sourceLocation);
    const at = typeof definition === 'string' ? [] : ['message'];
    if (!message.includes('${') && !message.includes('$simple{')) {
      return syncStep(() => {
        logger.log(level, message);
      });
    }
    const expression = ctx.expression({ simple: message }, at);
    if (expression === undefined) return undefined;
    return syncStep((exchange) => {
      if (!logger.enabled(level)) return;
      logger.log(level, renderText(expression.evaluate(exchange, ctx.evaluation)));
    });
  },
});
