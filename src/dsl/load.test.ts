import { describe, expect, it } from 'vitest';

import type { Diagnostic } from '../api/diagnostic.js';
import { loadText } from './load.js';
import { toPointer } from './located.js';

/** A diagnostic as `line:col severity CODE pointer`. */
const brief = (d: Diagnostic): string => `${String(d.line)}:${String(d.col)} ${d.severity} ${d.code} ${d.pointer}`;

describe('loadText', () => {
  it('reads a plain route list as one list of items', () => {
    const loaded = loadText('r.yaml', '- from:\n    uri: timer:a\n    steps:\n      - log: hi\n');
    expect(loaded.kinds).toEqual(['routes']);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.modelines).toEqual([]);
    expect(loaded.lists).toHaveLength(1);
    expect(loaded.lists[0]).toMatchObject({
      items: [{ from: { uri: 'timer:a', steps: [{ log: 'hi' }] } }],
      path: [],
      pointerPrefix: [],
    });
    expect(loaded.lists[0]?.parameters).toBeUndefined();
  });

  it('reads each document of a multi-document file, with its index', () => {
    const loaded = loadText('r.yaml', '- from:\n    uri: timer:a\n---\n- route:\n    id: r\n');
    expect(loaded.kinds).toEqual(['routes', 'routes']);
    expect(loaded.lists.map((l) => [l.source.index, l.items])).toEqual([
      [0, [{ from: { uri: 'timer:a' } }]],
      [1, [{ route: { id: 'r' } }]],
    ]);
  });

  it('reads an Integration: its flows, its YAML sources, and a warning for a source in another language', () => {
    const text = [
      'apiVersion: camel.apache.org/v1', //   1
      'kind: Integration', //                 2
      'metadata:', //                         3
      '  name: demo', //                      4
      'spec:', //                             5
      '  traits:', //                         6
      '    camel:', //                        7
      '      properties:', //                 8
      '        - greeting=hello', //          9
      '  flows:', //                          10
      '    - from:', //                       11
      '        uri: timer:a', //              12
      '  sources:', //                        13
      '    - name: routes.yaml', //           14
      '      content: |', //                  15
      '        - from:', //                   16
      '            uri: timer:b', //          17
      '    - name: Routes.java', //           18
      '      content: "class Routes {}"', //  19
    ].join('\n');
    const loaded = loadText('i.yaml', text);
    expect(loaded.kinds).toEqual(['Integration']);
    expect(loaded.lists.map((l) => [l.path, l.pointerPrefix, l.items])).toEqual([
      [['spec', 'flows'], [], [{ from: { uri: 'timer:a' } }]],
      [[], ['spec', 'sources', 0, 'content'], [{ from: { uri: 'timer:b' } }]],
    ]);
    expect(loaded.lists.map((l) => [...(l.parameters ?? [])])).toEqual([['greeting'], ['greeting']]);
    // The embedded source locates its paths in the Integration file.
    expect(loaded.lists[1]?.source.locate([0, 'from', 'uri'])).toEqual({ line: 17, col: 18 });
    expect(loaded.diagnostics.map(brief)).toEqual(['18:7 warning MANIFEST_UNSUPPORTED_SOURCE /spec/sources/1']);
    expect(loaded.diagnostics[0]?.message).toBe("source 'Routes.java' is in java; only YAML sources are read");
  });

  it('reports a YAML error inside an Integration source at its place in the file, naming the source', () => {
    const text = [
      'apiVersion: camel.apache.org/v1',
      'kind: Integration',
      'spec:',
      '  sources:',
      '    - name: r.yaml',
      '      content: |',
      '        - from:',
      '            uri: "timer:b',
    ].join('\n');
    const loaded = loadText('i.yaml', text);
    expect(loaded.lists).toEqual([]);
    expect(loaded.diagnostics.map(brief)).toEqual(['8:18 error YAML_SYNTAX /spec/sources/0/content']);
    expect(loaded.diagnostics[0]?.message).toBe("in source 'r.yaml': unterminated double-quoted string");
  });

  it('reports an Integration without flows or sources', () => {
    const loaded = loadText('i.yaml', 'apiVersion: camel.apache.org/v1\nkind: Integration\nspec:\n  replicas: 1\n');
    expect(loaded.kinds).toEqual(['Integration']);
    expect(loaded.diagnostics.map(brief)).toEqual(['4:3 error MANIFEST_INVALID /spec']);
  });

  it('reads a Kamelet template as its route, with the definition properties as parameters', () => {
    const text = [
      'apiVersion: camel.apache.org/v1',
      'kind: Kamelet',
      'metadata:',
      '  name: tick-source',
      'spec:',
      '  definition:',
      '    properties:',
      '      period:',
      '        type: integer',
      '      message:',
      '        type: string',
      '  template:',
      '    from:',
      '      uri: timer:tick',
      '      parameters:',
      '        period: "{{period}}"',
      '      steps:',
      '        - setBody:',
      '            constant: "{{message}}"',
      '        - to: kamelet:sink',
    ].join('\n');
    const loaded = loadText('k.yaml', text);
    expect(loaded.kinds).toEqual(['Kamelet']);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.lists).toHaveLength(1);
    const list = loaded.lists[0];
    expect(list?.path).toEqual(['spec', 'template']);
    expect(list?.items).toMatchObject({ from: { uri: 'timer:tick', parameters: { period: '{{period}}' } } });
    expect([...(list?.parameters ?? [])]).toEqual(['period', 'message']);
  });

  it('reports a Kamelet without a template', () => {
    const loaded = loadText('k.yaml', 'apiVersion: camel.apache.org/v1\nkind: Kamelet\nspec:\n  definition: {}\n');
    expect(loaded.lists).toEqual([]);
    expect(loaded.diagnostics.map(brief)).toEqual(['4:3 error MANIFEST_INVALID /spec']);
  });

  it('reports a Pipe without a sink as an invalid manifest', () => {
    const text = [
      'apiVersion: camel.apache.org/v1',
      'kind: Pipe',
      'metadata:',
      '  name: p',
      'spec:',
      '  source:',
      '    ref:',
      '      kind: Kamelet',
      '      apiVersion: camel.apache.org/v1',
      '      name: timer-source',
    ].join('\n');
    const loaded = loadText('p.yaml', text);
    expect(loaded.kinds).toEqual(['Pipe']);
    expect(loaded.lists).toEqual([]);
    expect(loaded.diagnostics.map(brief)).toEqual(['6:3 error MANIFEST_INVALID /spec']);
    expect(loaded.diagnostics[0]?.message).toBe('a Pipe needs spec.sink');
  });

  it('reports a map of top-level keys as a route file that is not a list, at its first key', () => {
    const loaded = loadText('r.yaml', '# routes\nfrom:\n  uri: timer:a\nroute:\n  id: x\n');
    expect(loaded.kinds).toEqual(['routes']);
    expect(loaded.lists).toEqual([]);
    expect(loaded.diagnostics.map(brief)).toEqual(['2:1 error DSL_NOT_A_LIST ']);
    expect(loaded.diagnostics[0]?.hint).toBe('start each item with "- ", as in "- from:"');
  });

  it('recognises a map of legacy kebab-case top-level keys as a route file too', () => {
    const loaded = loadText('r.yaml', 'route-configuration:\n  id: c\n');
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['DSL_NOT_A_LIST']);
  });

  it("classifies YAML that is neither routes nor a Camel K manifest as 'other', without diagnostics", () => {
    expect(loadText('c.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n')).toMatchObject({
      kinds: ['other'],
      lists: [],
      diagnostics: [],
    });
    expect(loadText('c.yaml', 'name: x\nversion: 1\n').kinds).toEqual(['other']);
    expect(loadText('c.yaml', 'apiVersion: camel.apache.org/v1\nkind: Build\nspec: {}\n').kinds).toEqual(['other']);
    expect(loadText('c.yaml', 'just a string\n').kinds).toEqual(['other']);
  });

  it("classifies empty documents as 'empty' and a document with YAML errors as 'broken'", () => {
    const loaded = loadText('r.yaml', '---\n# nothing\n---\n- from: [\n');
    expect(loaded.kinds).toEqual(['empty', 'broken']);
    expect(loaded.lists).toEqual([]);
    expect(loaded.diagnostics.map(brief)).toEqual(['4:9 error YAML_SYNTAX ']);
  });

  it('keeps modelines and warns that they are deprecated', () => {
    const loaded = loadText('r.yaml', '# camel-k: dependency=mvn:a:b:1\n- from:\n    uri: timer:a\n');
    expect(loaded.modelines).toEqual([
      { file: 'r.yaml', line: 1, options: [{ name: 'dependency', value: 'mvn:a:b:1' }] },
    ]);
    expect(loaded.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'MODELINE_DEPRECATED',
        message: 'modeline comments (# camel-k:) are deprecated; pass these options on the command line',
        file: 'r.yaml',
        line: 1,
        col: 1,
        pointer: '',
        document: 0,
        hint: 'drom run still applies them; prefer command-line options such as -p key=value',
      },
    ]);
    expect(loaded.lists).toHaveLength(1);
  });

  it('reports an alias to an anchor that does not exist instead of throwing', () => {
    let loaded: ReturnType<typeof loadText> | undefined;
    expect(() => {
      loaded = loadText('r.yaml', '- from:\n    uri: *missing\n');
    }).not.toThrow();
    expect(loaded?.kinds).toEqual(['broken']);
    expect(loaded?.diagnostics.map(brief)).toEqual(['2:10 error YAML_SYNTAX ']);
  });

  it('reads anchors and aliases', () => {
    const loaded = loadText('r.yaml', '- from:\n    uri: &u timer:a\n    steps:\n      - to: *u\n');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.lists[0]?.items).toEqual([{ from: { uri: 'timer:a', steps: [{ to: 'timer:a' }] } }]);
  });

  it('never throws on text that is not YAML at all', () => {
    expect(() => loadText('r.yaml', '{{{ ]]] :::\n\t- - -')).not.toThrow();
  });
});

describe('toPointer', () => {
  it('builds an RFC 6901 pointer, escaping ~ and /', () => {
    expect(toPointer([])).toBe('');
    expect(toPointer([0, 'from', 'steps', 1])).toBe('/0/from/steps/1');
    expect(toPointer(['a/b', 'c~d'])).toBe('/a~1b/c~0d');
  });
});
