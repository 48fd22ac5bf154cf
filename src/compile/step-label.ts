/**
 * How Camel labels a step in message history and failure logs (observed on Camel 4.22 with a route that goes through
 * every step Dromedary runs): `setBody[constant{abc}]`, `setHeader[name]`, `setHeaders[a,b]`, `removeHeaders[x*]`,
 * `convertBodyTo[Integer]`, `log[message]`, `to[uri?options]`, `filter[simple{…}]`,
 * `choice[when[simple{…}]when[simple{…}]otherwise]`, `step`, `aggregate[k]` (the correlation expression's text
 * alone: `header: k` gives `k`). A `pipeline` is not a step of its own in the history (its steps are), so it has no
 * label.
 */
import { findExpression } from './expressions.js';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** `language{text}` of the expression a definition holds, or '' when it holds none. */
function expressionLabel(holder: unknown): string {
  const found = findExpression(holder);
  return found === undefined ? '' : `${found.language}{${found.text}}`;
}

/** The text of the expression a definition holds (Camel labels an aggregate by its correlation expression's text). */
function expressionText(holder: unknown): string {
  return findExpression(holder)?.text ?? '';
}

/** The option `key` of a map definition, or the definition itself when it is written as a scalar. */
function option(definition: unknown, key: string): string {
  return isRecord(definition) ? text(definition[key]) : text(definition);
}

/** The names of a `setHeaders`/`setVariables` list, comma-separated. */
function names(definition: unknown, list: string): string {
  const items = isRecord(definition) ? definition[list] : undefined;
  return Array.isArray(items) ? items.map((item) => option(item, 'name')).join(',') : '';
}

/** `uri` with the `parameters` map appended as query options, as written. */
function uriLabel(definition: unknown): string {
  const uri = option(definition, 'uri');
  const parameters = isRecord(definition) ? definition['parameters'] : undefined;
  if (!isRecord(parameters)) return uri;
  const query = Object.entries(parameters)
    .map(([k, v]) => `${k}=${text(v) || String(v)}`)
    .join('&');
  return query === '' ? uri : `${uri}${uri.includes('?') ? '&' : '?'}${query}`;
}

const LABELS: Readonly<Record<string, (definition: unknown) => string>> = {
  setBody: expressionLabel,
  transform: expressionLabel,
  filter: expressionLabel,
  setHeader: (d) => option(d, 'name'),
  setProperty: (d) => option(d, 'name'),
  setVariable: (d) => option(d, 'name'),
  setHeaders: (d) => names(d, 'headers'),
  setVariables: (d) => names(d, 'variables'),
  removeHeader: (d) => option(d, 'name'),
  removeProperty: (d) => option(d, 'name'),
  removeVariable: (d) => option(d, 'name'),
  removeHeaders: (d) => option(d, 'pattern'),
  removeProperties: (d) => option(d, 'pattern'),
  convertBodyTo: (d) => option(d, 'type'),
  convertHeaderTo: (d) => option(d, 'type'),
  convertVariableTo: (d) => option(d, 'type'),
  log: (d) => option(d, 'message'),
  to: uriLabel,
  toD: uriLabel,
  // Camel prints no detail of a throwException (observed on 4.22: `throwException[]`).
  throwException: () => '',
  aggregate: (d) => expressionText(isRecord(d) ? d['correlationExpression'] : undefined),
  bean: (d) => {
    const ref = option(d, 'ref');
    const method = isRecord(d) ? text(d['method']) : '';
    return ref === '' ? '' : `ref:${ref}${method === '' ? '' : ` method:${method}`}`;
  },
  choice: (d) => {
    const whens = isRecord(d) && Array.isArray(d['when']) ? (d['when'] as unknown[]) : [];
    const otherwise = isRecord(d) && d['otherwise'] !== undefined ? 'otherwise' : '';
    return `${whens.map((w) => `when[${expressionLabel(w)}]`).join('')}${otherwise}`;
  },
};

/** Steps labelled by their key alone. */
const BARE = new Set(['step', 'stop']);

/** The label of a step, or undefined for a step that is not recorded on its own (`pipeline`). */
export function stepLabel(key: string, definition: unknown): string | undefined {
  if (key === 'pipeline') return undefined;
  // Camel labels a process step by its reference alone.
  if (key === 'process') return `ref:${option(definition, 'ref')}`;
  if (BARE.has(key)) return key;
  const label = LABELS[key];
  return label === undefined ? key : `${key}[${label(definition)}]`;
}
