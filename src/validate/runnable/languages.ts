/**
 * Which expression languages Dromedary runs. Languages that evaluate code are refused outright; the others that
 * Camel has are accepted by validation but reported until Dromedary implements them.
 */
import { LANGUAGE_KEYS, REFUSED_LANGUAGES as REFUSED_LANGUAGE_KEYS, RUNNABLE_LANGUAGES } from '../../dsl/languages.js';
import type { PathSegment } from '../../dsl/yaml-source.js';
import type { Finding } from './finding.js';
import { walkMaps } from './walk.js';

/** Languages whose expressions are programs: never run, whatever the route says. */
export const REFUSED_LANGUAGES: ReadonlySet<string> = new Set(REFUSED_LANGUAGE_KEYS);

/** Languages Dromedary implements. */
export const SUPPORTED_LANGUAGES: ReadonlySet<string> = new Set(RUNNABLE_LANGUAGES);

const ALL_LANGUAGES: ReadonlySet<string> = new Set(LANGUAGE_KEYS);

/** Step keys whose map takes an expression inline or under `expression:`. */
const EXPRESSION_HOLDERS: ReadonlySet<string> = new Set([
  'delay',
  'dynamicRouter',
  'enrich',
  'filter',
  'idempotentConsumer',
  'loop',
  'pollEnrich',
  'recipientList',
  'resequence',
  'routingSlip',
  'script',
  'setBody',
  'setHeader',
  'setProperty',
  'setVariable',
  'sort',
  'split',
  'throttle',
  'transform',
  'validate',
  'when',
  'headers',
  'variables',
  'onWhen',
  'expression',
  'option',
  'correlationExpression',
  'completionPredicate',
  'completionSizeExpression',
  'completionTimeoutExpression',
  'handled',
  'continued',
  'retryWhile',
]);

function check(language: string, path: PathSegment[], out: Finding[]): void {
  if (REFUSED_LANGUAGES.has(language)) {
    out.push({
      code: 'EXPR_REFUSED_LANGUAGE',
      message: `the ${language} language runs code and is not supported`,
      path,
      anchor: 'key',
      hint: 'write the expression in simple',
    });
  } else if (!SUPPORTED_LANGUAGES.has(language)) {
    out.push({
      code: 'EXPR_UNSUPPORTED_LANGUAGE',
      message: `the ${language} language is not supported by Dromedary yet`,
      path,
      anchor: 'key',
    });
  }
}

/** Findings for every expression of `value` written in a language Dromedary does not run. */
export function checkLanguages(value: unknown): Finding[] {
  const out: Finding[] = [];
  walkMaps(value, (map, path, parentKey) => {
    if (parentKey === undefined || !EXPRESSION_HOLDERS.has(parentKey)) return;
    for (const key of Object.keys(map)) {
      if (!ALL_LANGUAGES.has(key)) continue;
      // `language: {language: groovy, expression: …}` names its language inside.
      const inner = map[key];
      const named =
        typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>)['language'] : undefined;
      if (key === 'language' && typeof named === 'string') check(named, [...path, key, 'language'], out);
      else check(key, [...path, key], out);
    }
  });
  return out;
}
