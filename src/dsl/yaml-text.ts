/**
 * The text of a YAML file (or of YAML embedded in a block scalar) and its two readings:
 * - values, read with js-yaml (YAML 1.2 core schema), the parser of record: fast, and as lenient as the PyYAML family
 *   Camel's own YAML parser belongs to;
 * - a position-aware syntax tree, read with `yaml` only when something must be located or a syntax error explained.
 * Texts with anchors or explicit `?` keys are read with `yaml` alone, which bounds alias expansion.
 */
import { CORE_SCHEMA, loadAll, YAMLException } from 'js-yaml';
import type { Document, LineCounter } from 'yaml';

import { yamlLib } from './yaml-lib.js';

/** A syntax error found by the parser of record, with its 0-based offset. */
export interface RecordError {
  readonly message: string;
  readonly offset: number;
}

/** An anchor or alias at the start of a node, or an explicit `? ` key: constructs the fast parser reads differently. */
const NEEDS_TREE = /(?:^[ \t]*(?:-[ \t]+)*|:[ \t]+|[[{,][ \t]*)[&*][^\s[\]{},]|^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)/m;
const ALIAS_LIMIT = 100;

/** A YAML text, parsed on demand. */
export class YamlText {
  private tree: Document.Parsed[] | undefined;
  private counter: LineCounter | undefined;

  constructor(readonly text: string) {}

  /** The position-aware documents (parsed on first use). */
  documents(): Document.Parsed[] {
    if (this.tree === undefined) {
      const yaml = yamlLib();
      this.counter = new yaml.LineCounter();
      const docs = yaml.parseAllDocuments(this.text, {
        lineCounter: this.counter,
        prettyErrors: false,
        uniqueKeys: true,
      });
      this.tree = Array.isArray(docs) ? docs : [];
    }
    return this.tree;
  }

  /** Line and column (1-based) of an offset. */
  linePos(offset: number): { line: number; col: number } {
    this.documents();
    return this.counter?.linePos(offset) ?? { line: 1, col: 1 };
  }

  /**
   * The value of every document, or the parser of record's error. Undefined values mean "ask the tree": the text
   * uses anchors or explicit keys.
   */
  values(): { values: unknown[] } | { error: RecordError } | undefined {
    if (NEEDS_TREE.test(this.text)) return undefined;
    try {
      const values: unknown[] = [];
      loadAll(this.text, (doc) => values.push(doc), { schema: CORE_SCHEMA });
      return { values };
    } catch (err) {
      if (!(err instanceof YAMLException)) throw err;
      const mark = err.mark as { position?: number } | undefined;
      return { error: { message: err.reason, offset: mark?.position ?? 0 } };
    }
  }

  /**
   * The plain value of tree document `index` (aliases expanded at most 100 times), or the error that prevents it:
   * an alias with no anchor, or too many aliases.
   */
  treeValue(index: number): { value: unknown } | { error: RecordError } {
    try {
      return { value: this.documents()[index]?.toJS({ maxAliasCount: ALIAS_LIMIT }) };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const alias = /^Unresolved alias[^:]*: (.*)$/.exec(message)?.[1];
      const offset = alias === undefined ? 0 : Math.max(0, this.text.indexOf(`*${alias}`));
      return {
        error: {
          message: alias === undefined ? message : `alias '*${alias}' refers to no anchor defined before it`,
          offset,
        },
      };
    }
  }

  /** The index of the tree document that holds `offset`. */
  documentAt(offset: number): number {
    const docs = this.documents();
    const i = docs.findIndex((d) => d.range[2] > offset);
    return i < 0 ? Math.max(0, docs.length - 1) : i;
  }
}
