/**
 * Reads a YAML text into its documents. Valid texts take the fast road (values from the parser of record, positions
 * on demand); broken ones are explained from the position-aware tree: every tab indentation and duplicate key, and
 * the first other syntax error of each document (later ones are mostly its echoes).
 */
import type { Diagnostic } from '../api/diagnostic.js';
import { placeYamlError, type ParserError } from './yaml-error.js';
import { YamlSource, type Translate } from './yaml-source.js';
import { YamlText, type RecordError } from './yaml-text.js';

/** A text's documents and the syntax errors found in it. */
export interface ParsedYaml {
  readonly documents: YamlSource[];
  readonly diagnostics: Diagnostic[];
}

/** Where a text sits: its file, and for embedded YAML, the enclosing document and how positions map. */
export interface YamlPlace {
  readonly file: string;
  /** Index reported for embedded YAML: the enclosing document's. */
  readonly document?: number;
  /** Prefix of error messages (`in source 'x.yaml': `). */
  readonly context?: string;
  /** Pointer reported with syntax errors of embedded YAML. */
  readonly pointer?: string;
  readonly translate?: () => Translate;
}

function codeOf(parserCode: string): 'YAML_TAB' | 'YAML_DUPLICATE_KEY' | 'YAML_SYNTAX' {
  if (parserCode === 'TAB_AS_INDENT') return 'YAML_TAB';
  return parserCode === 'DUPLICATE_KEY' ? 'YAML_DUPLICATE_KEY' : 'YAML_SYNTAX';
}

function treeErrors(source: YamlSource, place: YamlPlace): Diagnostic[] {
  const errors = source.doc?.errors ?? [];
  const own = (code: string): boolean => code === 'DUPLICATE_KEY' || code === 'TAB_AS_INDENT';
  const firstOther = errors.find((e) => !own(e.code));
  const tabBefore = errors.findIndex((e) => e.code === 'TAB_AS_INDENT');
  const keepOther = firstOther !== undefined && (tabBefore < 0 || errors.indexOf(firstOther) < tabBefore);
  return errors
    .filter((e) => own(e.code) || (keepOther && e === firstOther))
    .map((err) => syntaxDiagnostic(source, place, err));
}

/** The diagnostic of one parser error, placed where the mistake is, in document `at`. */
function syntaxDiagnostic(at: YamlSource, place: YamlPlace, err: ParserError): Diagnostic {
  const placed = placeYamlError(at.text, err);
  const { line, col } = at.positionOf(placed.offset);
  return {
    severity: 'error',
    code: codeOf(err.code),
    message: `${place.context ?? ''}${placed.message}`,
    file: at.file,
    line,
    col,
    pointer: place.pointer ?? '',
    document: at.index,
  };
}

function recordError(place: YamlPlace, error: RecordError, at: YamlSource): Diagnostic {
  return syntaxDiagnostic(at, place, { code: 'RECORD', message: error.message, pos: [error.offset, error.offset] });
}

/** Parses every document of `text`. Never throws; the documents are returned even when broken. */
export function parseYaml(text: string, place: YamlPlace): ParsedYaml {
  const source = new YamlText(text);
  const make = (i: number, value: unknown, broken: boolean): YamlSource =>
    new YamlSource({
      file: place.file,
      index: place.document ?? i,
      value,
      broken,
      source,
      treeIndex: i,
      ...(place.translate === undefined ? {} : { translate: place.translate }),
    });
  const record = source.values();
  if (record !== undefined && 'values' in record) {
    return { documents: record.values.map((v, i) => make(i, v, false)), diagnostics: [] };
  }
  const diagnostics: Diagnostic[] = [];
  const documents = source.documents().map((d, i) => {
    if (d.errors.length > 0) return make(i, undefined, true);
    const tree = source.treeValue(i);
    if ('value' in tree) return make(i, tree.value, false);
    const broken = make(i, undefined, true);
    diagnostics.push(recordError(place, tree.error, broken));
    return broken;
  });
  for (const d of documents) diagnostics.push(...treeErrors(d, place));
  if (record !== undefined && diagnostics.length === 0) {
    // The parser of record refuses what the tree accepts: its verdict stands for the document it stopped in.
    const i = source.documentAt(record.error.offset);
    const broken = make(i, undefined, true);
    diagnostics.push(recordError(place, record.error, broken));
    documents[i] = broken;
  }
  return { documents, diagnostics };
}
