import { describe, expect, it } from 'vitest';

import { parseYaml } from './parse-yaml.js';
import type { PathSegment, YamlSource } from './yaml-source.js';

function firstDocument(text: string): YamlSource {
  const source = parseYaml(text, { file: 'r.yaml' }).documents[0];
  if (source === undefined) throw new Error('no document');
  return source;
}

const ROUTE = [
  '- from:', //                              1
  '    uri: timer:tick', //                   2
  '    steps:', //                            3
  '      - set-body:', //                     4
  '          constant: hi', //                5
  '      - to: "log:a?level=INFO"', //        6
  "      - to: 'log:b?x=1'", //               7
  '      - to:', //                           8
  '          uri: log:c', //                  9
].join('\n');

describe('YamlSource.locate', () => {
  const source = firstDocument(ROUTE);

  it('points at the value by default and at the key with the key anchor', () => {
    expect(source.locate([0, 'from', 'uri'])).toEqual({ line: 2, col: 10 });
    expect(source.locate([0, 'from', 'uri'], 'key')).toEqual({ line: 2, col: 5 });
  });

  it('points at a map value where its first key starts', () => {
    expect(source.locate([0, 'from', 'steps', 0, 'setBody'])).toEqual({ line: 5, col: 11 });
    expect(source.locate([0, 'from', 'steps', 3, 'to', 'uri'])).toEqual({ line: 9, col: 16 });
  });

  it('finds a key written in legacy kebab-case by its camelCase name', () => {
    expect(source.locate([0, 'from', 'steps', 0, 'setBody'], 'key')).toEqual({ line: 4, col: 9 });
    expect(source.locate([0, 'from', 'steps', 0, 'setBody', 'constant'])).toEqual({ line: 5, col: 21 });
  });

  it('prefers a key spelt exactly as asked over its kebab-case twin', () => {
    const twins = firstDocument('- set-body: a\n  setBody: b\n');
    expect(twins.locate([0, 'setBody'], 'key')).toEqual({ line: 2, col: 3 });
  });

  it('points at a list item', () => {
    expect(source.locate([0, 'from', 'steps', 1])).toEqual({ line: 6, col: 9 });
  });

  it('falls back to the deepest node that exists when the path goes further', () => {
    expect(source.locate([0, 'from', 'nope', 3])).toEqual({ line: 2, col: 5 });
    expect(source.locate([0, 'from', 'steps', 9])).toEqual({ line: 4, col: 7 });
    expect(source.locate([0, 'from', 'uri', 'deeper'])).toEqual({ line: 2, col: 10 });
  });

  it('points at the start of the document for an empty path or a missing first segment', () => {
    expect(source.locate([])).toEqual({ line: 1, col: 1 });
    expect(source.locate([7])).toEqual({ line: 1, col: 1 });
  });

  it('points just after the colon for an empty value, and at the key with the key anchor', () => {
    const empty = firstDocument('- route:\n    id:\n');
    expect(empty.locate([0, 'route', 'id'])).toEqual({ line: 2, col: 8 });
    expect(empty.locate([0, 'route', 'id'], 'key')).toEqual({ line: 2, col: 5 });
  });

  it('locates paths in the right document of a multi-document file', () => {
    const { documents } = parseYaml('- from: a\n---\n- from: b\n', { file: 'm.yaml' });
    expect(documents.map((d) => [d.index, d.locate([0, 'from'])])).toEqual([
      [0, { line: 1, col: 9 }],
      [1, { line: 3, col: 9 }],
    ]);
  });
});

describe('YamlSource.locateInString', () => {
  const source = firstDocument(ROUTE);

  it('points inside a plain scalar', () => {
    // 'timer:tick': offset 6 is the 't' of 'tick'.
    expect(source.locateInString([0, 'from', 'uri'], 6)).toEqual({ line: 2, col: 16 });
  });

  it('points inside a double-quoted scalar, past the quote', () => {
    // 'log:a?level=INFO': offset 6 is the 'l' of 'level'.
    expect(source.locateInString([0, 'from', 'steps', 1, 'to'], 6)).toEqual({ line: 6, col: 20 });
  });

  it('points inside a single-quoted scalar, past the quote', () => {
    expect(source.locateInString([0, 'from', 'steps', 2, 'to'], 6)).toEqual({ line: 7, col: 20 });
  });

  it('counts escape sequences as written in a double-quoted scalar', () => {
    // The value is 'a<TAB>b?x={{k}}'; offset 6 is the first '{', written after the two characters of '\t'.
    const escaped = firstDocument('- to: "a\\tb?x={{k}}"\n');
    expect(escaped.locateInString([0, 'to'], 6)).toEqual({ line: 1, col: 15 });
  });

  it('points at the right one of two equal parts of a quoted scalar', () => {
    // The value is '{{a}} and {{a}}'; offset 10 is the second placeholder.
    const twice = firstDocument('- log: "{{a}} and {{a}}"\n');
    expect(twice.locateInString([0, 'log'], 0)).toEqual({ line: 1, col: 9 });
    expect(twice.locateInString([0, 'log'], 10)).toEqual({ line: 1, col: 19 });
  });

  it('points at the value itself when the scalar spans lines or is a block scalar', () => {
    expect(firstDocument('- to: >-\n    log:a?b=1\n').locateInString([0, 'to'], 3)).toEqual({ line: 1, col: 7 });
    expect(firstDocument('- to: "log:a\n    ?b=1"\n').locateInString([0, 'to'], 3)).toEqual({ line: 1, col: 7 });
  });

  it('falls back to locate for a value that is not a scalar', () => {
    expect(source.locateInString([0, 'from', 'steps', 3, 'to'], 2)).toEqual({ line: 9, col: 11 });
  });
});

describe('YamlSource.embeddedTranslate', () => {
  const INTEGRATION = [
    'apiVersion: camel.apache.org/v1', //    1
    'kind: Integration', //                  2
    'spec:', //                              3
    '  sources:', //                         4
    '    - name: a.yaml', //                 5
    '      content: |', //                   6
    '        - from:', //                    7
    '            uri: timer:x', //           8
    '            steps:', //                 9
    '              - log: hi', //            10
    '    - name: b.yaml', //                 11
    '      content: "- from: x"', //         12
  ].join('\n');
  const top = firstDocument(INTEGRATION);
  const contentPath = (i: number): PathSegment[] => ['spec', 'sources', i, 'content'];

  /** The first document of the YAML held in source `i`, with positions in the Integration file. */
  function embedded(i: number): YamlSource {
    const spec = (top.value as { spec: { sources: { content: string }[] } }).spec;
    const content = spec.sources[i]?.content ?? '';
    const nested = parseYaml(content, {
      file: top.file,
      document: top.index,
      translate: () => top.embeddedTranslate(contentPath(i)),
    }).documents[0];
    if (nested === undefined) throw new Error('no embedded document');
    return nested;
  }

  it('maps the lines of a literal block scalar onto the lines of the file, past its indentation', () => {
    const translate = top.embeddedTranslate(contentPath(0));
    expect(translate({ line: 1, col: 1 })).toEqual({ line: 7, col: 9 });
    expect(translate({ line: 4, col: 9 })).toEqual({ line: 10, col: 17 });
  });

  it('locates paths of the embedded YAML in the enclosing file', () => {
    const nested = embedded(0);
    expect(nested.locate([0, 'from', 'uri'])).toEqual({ line: 8, col: 18 });
    expect(nested.locate([0, 'from', 'steps', 0, 'log'], 'key')).toEqual({ line: 10, col: 17 });
    expect(nested.locateInString([0, 'from', 'uri'], 6)).toEqual({ line: 8, col: 24 });
  });

  it('points everything at the scalar when the content is not a literal block scalar', () => {
    const nested = embedded(1);
    expect(nested.locate([0, 'from'])).toEqual({ line: 12, col: 16 });
    expect(nested.positionOf(0)).toEqual({ line: 12, col: 16 });
  });

  it('reports syntax errors of embedded YAML at their place in the file', () => {
    const text = 'spec:\n  content: |\n    - from:\n        uri: "timer:x\n';
    const host = firstDocument(text);
    const { diagnostics } = parseYaml('- from:\n    uri: "timer:x\n', {
      file: 'i.yaml',
      document: 0,
      context: "in source 'a.yaml': ",
      pointer: '/spec/content',
      translate: () => host.embeddedTranslate(['spec', 'content']),
    });
    expect(diagnostics).toMatchObject([
      {
        code: 'YAML_SYNTAX',
        message: "in source 'a.yaml': unterminated double-quoted string",
        file: 'i.yaml',
        line: 4,
        col: 14,
        pointer: '/spec/content',
      },
    ]);
  });
});

describe('parseYaml', () => {
  it('returns every document, even a broken one, with its index', () => {
    const { documents, diagnostics } = parseYaml('- from: a\n---\n- from: [\n', { file: 'r.yaml' });
    expect(documents.map((d) => [d.index, d.broken])).toEqual([
      [0, false],
      [1, true],
    ]);
    expect(diagnostics.map((d) => [d.document, d.code])).toEqual([[1, 'YAML_SYNTAX']]);
  });

  it('gives each document its plain value', () => {
    const { documents } = parseYaml('- from: a\n---\nkind: Pipe\n', { file: 'r.yaml' });
    expect(documents.map((d) => d.value)).toEqual([[{ from: 'a' }], { kind: 'Pipe' }]);
  });

  it('returns no documents for an empty text', () => {
    expect(parseYaml('', { file: 'r.yaml' })).toEqual({ documents: [], diagnostics: [] });
  });
});
