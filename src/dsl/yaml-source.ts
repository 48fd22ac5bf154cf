/**
 * YAML text with source positions: parses every document of a file, turns YAML errors into diagnostics, and finds the
 * line and column of any path inside a document, including YAML embedded in a literal block scalar (Integration
 * `spec.sources[].content`).
 */
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, type Document, type Node } from 'yaml';

import type { Diagnostic } from '../api/diagnostic.js';
import { kebabToCamel } from './kebab.js';
import { placeYamlError } from './yaml-error.js';

/** A 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly col: number;
}

/** One segment of a path into a document: a map key or a list index. */
export type PathSegment = string | number;

/** Where a path points: at the value itself, or at the key that holds it. */
export type Anchor = 'value' | 'key';

/**
 * One YAML document with the means to locate paths in it. Documents embedded in a block scalar translate their
 * positions into the positions of the enclosing file.
 */
/** The text a document was parsed from, and how its positions map into the file. */
export interface SourceText {
  readonly text: string;
  readonly lines: LineCounter;
  readonly translate?: (p: Position) => Position;
}

export class YamlSource {
  constructor(
    readonly file: string,
    readonly index: number,
    readonly doc: Document.Parsed,
    private readonly origin: SourceText,
  ) {}

  /** The text this document was parsed from (for an embedded document, the embedded YAML). */
  get text(): string {
    return this.origin.text;
  }

  /** The position of an offset of this document's text. */
  positionOf(offset: number): Position {
    const { line, col } = this.origin.lines.linePos(offset);
    return this.origin.translate === undefined ? { line, col } : this.origin.translate({ line, col });
  }

  /**
   * The position of the deepest node on `path` that exists: the key of a map entry when `anchor` is `key` and the
   * path ends at an entry, otherwise the value. A key may be written in its legacy kebab-case form.
   */
  locate(path: readonly PathSegment[], anchor: Anchor = 'value'): Position {
    let node: unknown = this.doc.contents;
    let best: Node | undefined = isNode(node) ? node : undefined;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair =
          node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg)) ??
          node.items.find((p) => isScalar(p.key) && kebabToCamel(String(p.key.value)) === String(seg));
        if (pair === undefined) break;
        if (last && anchor === 'key' && isNode(pair.key)) return this.start(pair.key);
        if (isNode(pair.value)) best = pair.value;
        else if (isNode(pair.key)) best = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg];
        if (!isNode(item)) break;
        best = item;
        node = item;
      } else {
        break;
      }
    }
    return best === undefined ? { line: 1, col: 1 } : this.start(best);
  }

  private start(node: Node): Position {
    return this.positionOf(node.range?.[0] ?? 0);
  }

  /**
   * The position of the character at `offset` inside the string value at `path`, when the value is written on one
   * line (plain or quoted); otherwise the position of the value.
   */
  locateInString(path: readonly PathSegment[], offset: number): Position {
    const node = this.doc.getIn(path, true);
    if (!isScalar(node) || !node.range) return this.locate(path);
    const [start, end] = node.range;
    const written = this.origin.text.slice(start, end);
    if (written.includes('\n')) return this.locate(path);
    if (node.type === 'PLAIN') return this.positionOf(start + offset);
    if (node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') {
      const raw = written.slice(1).indexOf(String(node.value).slice(offset, offset + 8));
      return this.positionOf(start + 1 + (raw < 0 ? offset : raw));
    }
    return this.locate(path);
  }

  /**
   * Parses YAML held in a literal block scalar of this document (`content: |`), translating positions into this
   * file. Other scalar styles cannot be mapped line by line; their diagnostics point at the scalar itself.
   */
  embedded(path: readonly PathSegment[], text: string): YamlSource {
    const node = this.doc.getIn(path, true);
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    if (isScalar(node) && node.type === 'BLOCK_LITERAL' && node.range) {
      const header = this.positionOf(node.range[0]);
      const indent = blockIndent(this.origin.text, node.range[0]);
      return new YamlSource(this.file, this.index, doc, {
        text,
        lines,
        translate: (p) => ({ line: header.line + p.line, col: p.col + indent }),
      });
    }
    const at = isNode(node) ? this.start(node) : { line: 1, col: 1 };
    return new YamlSource(this.file, this.index, doc, { text, lines, translate: () => at });
  }
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && 'range' in v;
}

/** The indentation of a literal block scalar's content: that of its first non-blank line after the header. */
function blockIndent(text: string, headerOffset: number): number {
  const bodyStart = text.indexOf('\n', headerOffset) + 1;
  const firstLine =
    text
      .slice(bodyStart)
      .split('\n')
      .find((l) => l.trim().length > 0) ?? '';
  return firstLine.length - firstLine.trimStart().length;
}

/** The result of reading a file's YAML: its documents and the YAML errors found on the way. */
export interface ParsedYaml {
  readonly documents: YamlSource[];
  readonly diagnostics: Diagnostic[];
}

/** Parses all documents of a file. YAML errors become diagnostics; the documents are returned even when broken. */
export function parseYamlFile(file: string, text: string): ParsedYaml {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [];
  const documents = list.map((d, i) => new YamlSource(file, i, d, { text, lines }));
  const diagnostics = documents.flatMap((source) => yamlErrors(source, '', ''));
  return { documents, diagnostics };
}

/**
 * The diagnostics of a document's YAML errors. Every tab indentation and every duplicate key is a mistake of its own;
 * of the other parser errors only the first is kept, unless a tab came before it: the rest are mostly its echoes.
 */
export function yamlErrors(source: YamlSource, context: string, pointer: string): Diagnostic[] {
  const errors = source.doc.errors;
  const own = (code: string): boolean => code === 'DUPLICATE_KEY' || code === 'TAB_AS_INDENT';
  const firstOther = errors.find((e) => !own(e.code));
  const tabBefore = errors.findIndex((e) => e.code === 'TAB_AS_INDENT');
  const keepOther = firstOther !== undefined && (tabBefore < 0 || errors.indexOf(firstOther) < tabBefore);
  return errors
    .filter((e) => own(e.code) || (keepOther && e === firstOther))
    .map((err) => {
      const placed = placeYamlError(source.text, err);
      const { line, col } = source.positionOf(placed.offset);
      const code =
        err.code === 'TAB_AS_INDENT' ? 'YAML_TAB' : err.code === 'DUPLICATE_KEY' ? 'YAML_DUPLICATE_KEY' : 'YAML_SYNTAX';
      return {
        severity: 'error' as const,
        code,
        message: `${context}${placed.message}`,
        file: source.file,
        line,
        col,
        pointer,
        document: source.index,
      };
    });
}
