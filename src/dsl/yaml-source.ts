/**
 * One YAML document with source positions: its value, and the means to find the line and column of any path inside
 * it, including YAML embedded in a literal block scalar (Integration `spec.sources[].content`). The position-aware
 * tree is only built when a position is asked for.
 */
import type { Document, Node, Pair } from 'yaml';

import { kebabToCamel } from './kebab.js';
import { yamlLib } from './yaml-lib.js';
import type { YamlText } from './yaml-text.js';

/** A 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly col: number;
}

/** One segment of a path into a document: a map key or a list index. */
export type PathSegment = string | number;

/** Where a path points: at the value itself, or at the key that holds it. */
export type Anchor = 'value' | 'key';

/** Maps a position of an embedded text into the enclosing file. */
export type Translate = (p: Position) => Position;

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && 'range' in v;
}

/** The indentation of a literal block scalar's content: that of its first non-blank line after the header. */
function blockIndent(text: string, headerOffset: number): number {
  const bodyStart = text.indexOf('\n', headerOffset) + 1;
  const firstLine = text
    .slice(bodyStart)
    .split('\n')
    .find((l) => l.trim().length > 0);
  return firstLine === undefined ? 0 : firstLine.length - firstLine.trimStart().length;
}

/** What a document is made of. */
export interface YamlSourceInit {
  readonly file: string;
  /** 0-based index of the document in the file, as diagnostics report it. */
  readonly index: number;
  /** The document's plain value. */
  readonly value: unknown;
  /** True when the document has syntax errors: its value is not to be trusted. */
  readonly broken: boolean;
  readonly source: YamlText;
  /** Index of the document within `source`, when `source` is embedded YAML (default: `index`). */
  readonly treeIndex?: number;
  /** Maps positions of an embedded text into the file; computed on first use. */
  readonly translate?: () => Translate;
}

/** The entry of a map whose key is `key`, written as is or in its legacy kebab-case form. */
function findPair(items: readonly Pair[], key: string): Pair | undefined {
  return (
    items.find((p) => yamlLib().isScalar(p.key) && String(p.key.value) === key) ??
    items.find((p) => yamlLib().isScalar(p.key) && kebabToCamel(String(p.key.value)) === key)
  );
}

/** One step down a tree: the child at `seg`, its node, and for a map entry its key node. */
function child(node: unknown, seg: PathSegment): { value: unknown; node?: Node; key?: Node } | undefined {
  if (yamlLib().isSeq(node) && typeof seg === 'number') {
    const item = node.items[seg];
    return isNode(item) ? { value: item, node: item } : undefined;
  }
  const pair = yamlLib().isMap(node) ? findPair(node.items, String(seg)) : undefined;
  if (pair === undefined) return undefined;
  return {
    value: pair.value,
    ...(isNode(pair.value) ? { node: pair.value } : {}),
    ...(isNode(pair.key) ? { key: pair.key } : {}),
  };
}

const ESCAPE_LENGTH: Record<string, number> = { x: 4, u: 6, U: 10 };

/**
 * Where the character at `offset` of a quoted scalar's value is written, counting escape sequences (`\t`, `\u00e9`)
 * in a double-quoted scalar and doubled quotes in a single-quoted one as what they are in the text.
 */
function writtenOffset(raw: string, offset: number, double: boolean): number {
  let at = 0;
  for (let i = 0; i < offset && at < raw.length; i++) {
    if (double && raw[at] === '\\') at += ESCAPE_LENGTH[raw[at + 1] ?? ''] ?? 2;
    else if (!double && raw[at] === "'" && raw[at + 1] === "'") at += 2;
    else at += 1;
  }
  return at;
}

/** A document of a file (or of an embedded source): its value and where its parts are. */
export class YamlSource {
  readonly file: string;
  readonly index: number;
  readonly value: unknown;
  readonly broken: boolean;
  readonly source: YamlText;
  private readonly treeIndex: number;
  private readonly translate: (() => Translate) | undefined;
  private translator: Translate | undefined;

  constructor(init: YamlSourceInit) {
    this.file = init.file;
    this.index = init.index;
    this.value = init.value;
    this.broken = init.broken;
    this.source = init.source;
    this.treeIndex = init.treeIndex ?? init.index;
    this.translate = init.translate;
  }

  /** The position-aware tree of this document. */
  get doc(): Document.Parsed | undefined {
    return this.source.documents()[this.treeIndex];
  }

  /** The text this document was parsed from (for an embedded document, the embedded YAML). */
  get text(): string {
    return this.source.text;
  }

  /** The position of an offset of this document's text. */
  positionOf(offset: number): Position {
    const { line, col } = this.source.linePos(offset);
    if (this.translate === undefined) return { line, col };
    this.translator ??= this.translate();
    return this.translator({ line, col });
  }

  /**
   * The position of the deepest node on `path` that exists: the key of a map entry when `anchor` is `key` and the
   * path ends at an entry, otherwise the value. A key may be written in its legacy kebab-case form.
   */
  locate(path: readonly PathSegment[], anchor: Anchor = 'value'): Position {
    let node: unknown = this.doc?.contents;
    let best: Node | undefined = isNode(node) ? node : undefined;
    for (let i = 0; i < path.length; i++) {
      const next = child(node, path[i] ?? '');
      if (next === undefined) break;
      if (i === path.length - 1 && anchor === 'key' && next.key !== undefined) return this.start(next.key);
      best = next.node ?? next.key ?? best;
      node = next.value;
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
    const node = this.doc?.getIn(path, true);
    if (!yamlLib().isScalar(node) || !node.range) return this.locate(path);
    const [start, end] = node.range;
    const written = this.text.slice(start, end);
    if (written.includes('\n')) return this.locate(path);
    if (node.type === 'PLAIN') return this.positionOf(start + offset);
    if (node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') {
      return this.positionOf(start + 1 + writtenOffset(written.slice(1), offset, node.type === 'QUOTE_DOUBLE'));
    }
    return this.locate(path);
  }

  /**
   * How positions of YAML held in the scalar at `path` map into this file: line by line for a literal block scalar
   * (`content: |`); every other style maps to the scalar itself.
   */
  embeddedTranslate(path: readonly PathSegment[]): Translate {
    const node = this.doc?.getIn(path, true);
    if (yamlLib().isScalar(node) && node.type === 'BLOCK_LITERAL' && node.range) {
      const header = this.positionOf(node.range[0]);
      const indent = blockIndent(this.text, node.range[0]);
      return (p) => ({ line: header.line + p.line, col: p.col + indent });
    }
    const at = isNode(node) ? this.start(node) : this.locate(path);
    return () => at;
  }
}
