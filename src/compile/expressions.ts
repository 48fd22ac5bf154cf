/**
 * Finds and compiles the expression a step holds: a language key inline (`setBody: {simple: …}`) or under the
 * `expression:` wrapper, each either a bare string or `{expression, trim, resultType}`. Property placeholders in the
 * text are resolved first, as Camel does when it builds the route.
 */
import type { ExpressionLanguage, ExpressionOptions, ExpressionProblem } from '../api/expression.js';
import { LANGUAGE_KEYS } from '../dsl/languages.js';
import type { PathSegment } from '../dsl/yaml-source.js';

/** An expression found in a step: its language, text, options and where its text is. */
export interface FoundExpression {
  readonly language: string;
  readonly text: string;
  readonly options: ExpressionOptions;
  /** Path of the text's value, relative to the holder. */
  readonly at: readonly PathSegment[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The text of an expression value (scalars as text; null as empty). */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The expression in `holder`, or undefined when it holds none. */
export function findExpression(holder: unknown): FoundExpression | undefined {
  if (!isRecord(holder)) return undefined;
  for (const language of LANGUAGE_KEYS) {
    const value = holder[language];
    if (value === undefined) continue;
    if (isRecord(value)) {
      const text = value['expression'];
      const options: ExpressionOptions = {
        ...(typeof value['trim'] === 'boolean' ? { trim: value['trim'] } : {}),
        ...(typeof value['resultType'] === 'string' ? { resultType: value['resultType'] } : {}),
      };
      const name = language === 'language' && typeof value['language'] === 'string' ? value['language'] : language;
      return {
        language: name,
        text: textOf(text),
        options,
        at: [language, 'expression'],
      };
    }
    return { language, text: textOf(value), options: {}, at: [language] };
  }
  const wrapper = holder['expression'];
  if (isRecord(wrapper)) {
    const inner = findExpression(wrapper);
    return inner === undefined ? undefined : { ...inner, at: ['expression', ...inner.at] };
  }
  return undefined;
}

/** Problems of an expression, made into messages with their offsets. */
export interface ExpressionFailure {
  readonly message: string;
  readonly problems: readonly ExpressionProblem[];
}

/** Looks up the language of a found expression; undefined when Dromedary does not run it. */
export function languageOf(
  found: FoundExpression,
  languages: ReadonlyMap<string, ExpressionLanguage>,
): ExpressionLanguage | undefined {
  return languages.get(found.language);
}
