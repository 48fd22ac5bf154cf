/**
 * Loading: reads a file's YAML documents and finds the route DSL in each, whatever wraps it: a plain route list, a
 * Camel K `Integration` (`spec.flows`, and YAML in `spec.sources[].content`), a `Kamelet` (`spec.template`) or a
 * `Pipe`. The result lists the top-level entries to validate, each with the means to locate its paths.
 */
import type { Diagnostic } from '../api/diagnostic.js';
import { kebabToCamel } from './kebab.js';
import { diagnosticAt, toPointer } from './located.js';
import { parseModelines, type Modeline } from './modeline.js';
import { checkPipe } from './pipe.js';
import { TOP_LEVEL_KEYS } from './top-level-keys.js';
import { parseYaml } from './parse-yaml.js';
import type { PathSegment, YamlSource } from './yaml-source.js';

/** What a YAML document turned out to be. */
export type DocumentKind = 'routes' | 'Integration' | 'Kamelet' | 'Pipe' | 'empty' | 'other' | 'broken';

/**
 * One top-level entry of the route DSL (`- route: …`, `- from: …`, a Kamelet template's `from`), wherever it sits.
 * `value` is the plain JavaScript value of the entry, which validation may normalise in place.
 */
export interface DslEntry {
  readonly key: string;
  value: unknown;
  /** The path of the entry's value inside `source`. */
  readonly path: readonly PathSegment[];
  readonly source: YamlSource;
  /** Pointer prefix that places `source` paths into the enclosing document (embedded sources only). */
  readonly pointerPrefix: readonly PathSegment[];
  /** Names the manifest around the entry defines for placeholders (Kamelet parameters, Integration properties). */
  readonly parameters?: ReadonlySet<string>;
}

/** A list of top-level items (a route file, `spec.flows`, one embedded source), before it is split into entries. */
export interface DslList {
  readonly items: unknown;
  readonly path: readonly PathSegment[];
  readonly source: YamlSource;
  readonly pointerPrefix: readonly PathSegment[];
  /** Names the manifest defines for placeholders (Kamelet parameters, Integration properties). */
  readonly parameters?: ReadonlySet<string>;
}

/** A loaded file: its route DSL, its modelines and what went wrong while reading it. */
export interface LoadedFile {
  readonly file: string;
  readonly kinds: DocumentKind[];
  readonly lists: DslList[];
  readonly entries: DslEntry[];
  readonly modelines: Modeline[];
  readonly diagnostics: Diagnostic[];
}

const CAMEL_K_GROUP = /^camel\.apache\.org\/v1(alpha1)?$/;

function manifestError(source: YamlSource, path: PathSegment[], message: string): Diagnostic {
  return diagnosticAt(source, { path }, { severity: 'error', code: 'MANIFEST_INVALID', message });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A map (not a manifest) whose keys are DSL top-level keys: a route file that forgot its list dashes. */
function looksLikeRoutes(value: Record<string, unknown>): boolean {
  if ('apiVersion' in value || 'kind' in value) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => TOP_LEVEL_KEYS.includes(kebabToCamel(k)));
}

/** A Kamelet's route is its `spec.template` (`spec.flow` in old manifests); its parameters feed placeholders. */
function loadKamelet(source: YamlSource, spec: unknown, lists: DslList[], diagnostics: Diagnostic[]): void {
  const at = isRecord(spec) && spec['template'] === undefined && spec['flow'] !== undefined ? 'flow' : 'template';
  const template = isRecord(spec) ? spec[at] : undefined;
  if (!isRecord(template)) {
    diagnostics.push(manifestError(source, ['spec'], 'a Kamelet needs a route under spec.template'));
    return;
  }
  const definition = isRecord(spec) ? spec['definition'] : undefined;
  const props = isRecord(definition) && isRecord(definition['properties']) ? definition['properties'] : {};
  lists.push({
    items: template,
    path: ['spec', at],
    source,
    pointerPrefix: [],
    parameters: new Set(Object.keys(props)),
  });
}

/** Classifies one document and collects its DSL lists and manifest diagnostics. */
function loadDocument(source: YamlSource, lists: DslList[], diagnostics: Diagnostic[]): DocumentKind {
  const value = source.value;
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) {
    lists.push({ items: value, path: [], source, pointerPrefix: [] });
    return 'routes';
  }
  if (isRecord(value) && looksLikeRoutes(value)) {
    const first = Object.keys(value)[0] ?? '';
    const { line, col } = source.locate([first], 'key');
    diagnostics.push({
      severity: 'error',
      code: 'DSL_NOT_A_LIST',
      message: 'a route file is a YAML list, but this document is a map',
      file: source.file,
      line,
      col,
      pointer: '',
      document: source.index,
      hint: `start each item with "- ", as in "- ${first}:"`,
    });
    return 'routes';
  }
  if (!isRecord(value) || typeof value['kind'] !== 'string' || typeof value['apiVersion'] !== 'string') return 'other';
  const kind = value['kind'];
  if (!CAMEL_K_GROUP.test(value['apiVersion'])) return 'other';
  const spec = value['spec'];
  if (kind === 'Integration') {
    loadIntegration(source, spec, lists, diagnostics);
    return 'Integration';
  }
  if (kind === 'Kamelet') {
    loadKamelet(source, spec, lists, diagnostics);
    return 'Kamelet';
  }
  if (kind === 'Pipe' || kind === 'KameletBinding') {
    diagnostics.push(...checkPipe(source, spec));
    return 'Pipe';
  }
  return 'other';
}

/** Property names an Integration sets through its camel trait (`spec.traits.camel.properties: [k=v]`). */
function integrationProperties(spec: Record<string, unknown>): Set<string> {
  const traits = spec['traits'];
  const camel = isRecord(traits) ? traits['camel'] : undefined;
  const props = isRecord(camel) ? camel['properties'] : undefined;
  const names = new Set<string>();
  if (Array.isArray(props)) for (const p of props) if (typeof p === 'string') names.add(p.split('=')[0]?.trim() ?? '');
  return names;
}

function loadIntegration(source: YamlSource, spec: unknown, lists: DslList[], diagnostics: Diagnostic[]): void {
  if (!isRecord(spec)) {
    diagnostics.push(manifestError(source, [], 'an Integration needs a spec with flows or sources'));
    return;
  }
  const parameters = integrationProperties(spec);
  const flows = spec['flows'];
  if (flows !== undefined) {
    if (Array.isArray(flows))
      lists.push({ items: flows, path: ['spec', 'flows'], source, pointerPrefix: [], parameters });
    else diagnostics.push(manifestError(source, ['spec', 'flows'], 'spec.flows must be a list of route items'));
  }
  const sources = spec['sources'];
  if (sources === undefined) {
    if (flows === undefined)
      diagnostics.push(manifestError(source, ['spec'], 'an Integration needs spec.flows or spec.sources'));
    return;
  }
  if (!Array.isArray(sources)) {
    diagnostics.push(manifestError(source, ['spec', 'sources'], 'spec.sources must be a list'));
    return;
  }
  const before = lists.length;
  sources.forEach((s: unknown, i) => {
    loadIntegrationSource(source, s, i, lists, diagnostics);
  });
  for (let i = before; i < lists.length; i++) {
    const list = lists[i];
    if (list !== undefined) lists[i] = { ...list, parameters };
  }
}

function loadIntegrationSource(
  source: YamlSource,
  s: unknown,
  i: number,
  lists: DslList[],
  diagnostics: Diagnostic[],
): void {
  const at: PathSegment[] = ['spec', 'sources', i];
  if (!isRecord(s) || typeof s['content'] !== 'string') {
    diagnostics.push(manifestError(source, at, 'an Integration source needs its content as a string'));
    return;
  }
  const name = typeof s['name'] === 'string' ? s['name'] : '';
  const language = typeof s['language'] === 'string' ? s['language'] : name.replace(/^.*\./, '');
  if (language !== 'yaml' && language !== 'yml' && language !== '') {
    diagnostics.push(
      diagnosticAt(
        source,
        { path: at },
        {
          severity: 'warning',
          code: 'MANIFEST_UNSUPPORTED_SOURCE',
          message: `source '${name}' is in ${language}; only YAML sources are read`,
        },
      ),
    );
    return;
  }
  const contentPath = [...at, 'content'];
  const nested = parseYaml(s['content'], {
    file: source.file,
    document: source.index,
    context: `in source '${name}': `,
    pointer: toPointer(contentPath),
    translate: () => source.embeddedTranslate(contentPath),
  });
  diagnostics.push(...nested.diagnostics);
  for (const doc of nested.documents) {
    if (doc.broken || doc.value === null || doc.value === undefined) continue;
    lists.push({ items: doc.value, path: [], source: doc, pointerPrefix: contentPath });
  }
}

/**
 * Reads a file's text into its DSL lists. Never throws: YAML and manifest problems are diagnostics. `kinds` says what
 * each document was, so callers can tell a file that holds no routes at all (`other` only).
 */
export function loadText(file: string, text: string): Omit<LoadedFile, 'entries'> {
  const parsed = parseYaml(text, { file });
  const diagnostics = [...parsed.diagnostics];
  const lists: DslList[] = [];
  // A document with YAML errors is not checked further: its tree is a guess, and its errors would echo the first.
  const kinds = parsed.documents.map((source) => (source.broken ? 'broken' : loadDocument(source, lists, diagnostics)));
  const modelines = parseModelines(file, text);
  for (const m of modelines) {
    diagnostics.push({
      severity: 'warning',
      code: 'MODELINE_DEPRECATED',
      message: 'modeline comments (# camel-k:) are deprecated; pass these options on the command line',
      file,
      line: m.line,
      col: 1,
      pointer: '',
      // The document the comment sits in: count the document markers above it.
      document: text.split('\n', m.line).filter((l, i) => i > 0 && /^---(\s|$)/.test(l)).length,
      hint: 'drom run still applies them; prefer command-line options such as -p key=value',
    });
  }
  return { file, kinds, lists, modelines, diagnostics };
}
