/** The `log` EIP. */
import type { LogLevel } from '../api/connector-runtime.js';
import type { Expression } from '../api/expression.js';
import { defineStep, type StepContext } from '../compile/step-context.js';
import { LANGUAGE_KEYS } from '../dsl/languages.js';
import { renderText } from '../expr/convert.js';
import { refuseUnapplied } from './step-options.js';
import { asMap, stringOption, syncStep } from './sync-step.js';
import { hasSimpleFunction } from './value-targets.js';

const LEVELS: readonly LogLevel[] = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'OFF'];

/** The `${…}` tokens of a `logName` Camel replaces (`LogReifier`), given the step; undefined for one it cannot. */
function logNameTokens(map: Record<string, unknown>, ctx: StepContext): Record<string, string | undefined> {
  const [file = '', line = ''] = ctx.sourceLocation.split(/:(?=\d+$)/);
  return {
    class: 'org.apache.camel.processor.LogProcessor',
    contextId: ctx.evaluation.contextName,
    routeId: ctx.routeId,
    nodeId: stringOption(map, 'id'),
    source: ctx.sourceLocation,
    'source.name': file,
    'source.line': line,
  };
}

/** The logger name: `logName` with its tokens replaced, else the step's `file:line`; undefined when reported. */
function loggerName(map: Record<string, unknown>, ctx: StepContext): string | undefined {
  const written = stringOption(map, 'logName');
  if (written === undefined) return ctx.sourceLocation;
  const tokens = logNameTokens(map, ctx);
  let name = written;
  for (const [, token] of written.matchAll(/\$\{([^}]*)\}/g)) {
    const value = token === undefined ? undefined : tokens[token];
    if (value === undefined) {
      ctx.error(['logName'], 'COMPILE_UNSUPPORTED_STEP', `the logName token \${${token ?? ''}} is not supported here`);
      return undefined;
    }
    name = name.replace(`\${${token ?? ''}}`, value);
  }
  return name;
}

/** The message: a Simple template when it holds a function, a constant text otherwise, or `logLanguage`'s. */
function messageOf(map: Record<string, unknown>, ctx: StepContext, at: string[]): Expression | string | undefined {
  const message = stringOption(map, 'message') ?? '';
  if (message === '') {
    ctx.error([], 'DSL_MISSING_REQUIRED', 'log needs a message');
    return undefined;
  }
  const language = stringOption(map, 'logLanguage');
  if (language === undefined) return hasSimpleFunction(message) ? ctx.expression({ simple: message }, at) : message;
  if (!LANGUAGE_KEYS.includes(language)) {
    ctx.error(['logLanguage'], 'EXPR_UNSUPPORTED_LANGUAGE', `the ${language} language is not supported by Dromedary`);
    return undefined;
  }
  return ctx.expression({ [language]: message }, at);
}

/**
 * `log`: logs a message (`log: text` or `{message, …}`) and leaves the exchange as it is, as Camel's `LogProcessor`:
 * - the message is a Simple template when it holds a function (`${…}`), else constant text; `logLanguage` names
 *   another language for it; a template part that is null prints nothing, a lone null prints `null`;
 * - `loggingLevel` TRACE, DEBUG, INFO (default), WARN, ERROR or OFF (logs nothing); below the logger's level the
 *   message is not even evaluated;
 * - the logger is `logName` (with Camel's `${routeId}`, `${contextId}`, `${class}`, `${nodeId}`, `${source}`,
 *   `${source.name}`, `${source.line}` tokens replaced), else the step's source location `file.yaml:line`, as Camel
 *   JBang names it;
 * - a message that fails to evaluate fails the exchange and logs nothing;
 * - `marker` and `logger` (a registry bean) are refused (not supported yet).
 */
export const log = defineStep({
  name: 'log',
  compile(definition, ctx) {
    const map = asMap(definition, 'message');
    const at = typeof definition === 'string' ? [] : ['message'];
    const refused = refuseUnapplied(map, ctx, 'log', ['marker', 'logger']);
    const message = messageOf(map, ctx, at);
    const name = loggerName(map, ctx);
    if (refused || message === undefined || name === undefined) return undefined;
    const levelText = stringOption(map, 'loggingLevel') ?? 'INFO';
    const level = LEVELS.find((l) => l === levelText.toUpperCase()) ?? 'INFO';
    const logger = ctx.logger(name);
    return syncStep((exchange) => {
      if (level === 'OFF' || !logger.enabled(level)) return;
      const text = typeof message === 'string' ? message : renderText(message.evaluate(exchange, ctx.evaluation));
      logger.log(level, text);
    });
  },
});
