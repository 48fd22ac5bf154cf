import { describe, expect, it } from 'vitest';

import { parseModelines } from './modeline.js';

describe('parseModelines', () => {
  it('reads the name=value options of a modeline, with its file and 1-based line', () => {
    const text =
      '# camel-k: dependency=mvn:org.example:foo:1.0 trait=knative.enabled=true\n- from:\n    uri: timer:a\n';
    expect(parseModelines('routes.yaml', text)).toEqual([
      {
        file: 'routes.yaml',
        line: 1,
        options: [
          { name: 'dependency', value: 'mvn:org.example:foo:1.0' },
          { name: 'trait', value: 'knative.enabled=true' },
        ],
      },
    ]);
  });

  it('splits the value at the first = only, so property options keep their own key=value', () => {
    const [m] = parseModelines('r.yaml', '# camel-k: property=period=1000');
    expect(m?.options).toEqual([{ name: 'property', value: 'period=1000' }]);
  });

  it('finds every modeline in order, whatever the spacing around # and the colon', () => {
    const text = [
      '# camel-k: a=1',
      '- from:',
      '    uri: timer:a',
      '  #camel-k:b=2   c=3',
      '   #   camel-k  :   d=4',
    ].join('\n');
    expect(parseModelines('r.yaml', text).map((m) => [m.line, m.options])).toEqual([
      [1, [{ name: 'a', value: '1' }]],
      [
        4,
        [
          { name: 'b', value: '2' },
          { name: 'c', value: '3' },
        ],
      ],
      [5, [{ name: 'd', value: '4' }]],
    ]);
  });

  it('gives an option without = an empty value', () => {
    expect(parseModelines('r.yaml', '# camel-k: dev')[0]?.options).toEqual([{ name: 'dev', value: '' }]);
  });

  it('keeps a modeline with no options', () => {
    expect(parseModelines('r.yaml', '# camel-k:   \n')).toEqual([{ file: 'r.yaml', line: 1, options: [] }]);
  });

  it('counts lines of Windows text correctly', () => {
    const text = '- from:\r\n    uri: timer:a\r\n# camel-k: name=x\r\n';
    expect(parseModelines('r.yaml', text)).toEqual([
      { file: 'r.yaml', line: 3, options: [{ name: 'name', value: 'x' }] },
    ]);
  });

  it('ignores comments that are not modelines and modelines that follow YAML on the same line', () => {
    const text = [
      '# a plain comment',
      '# camel-kafka: x=1',
      '# not camel-k: x=1',
      '- from: timer:a # camel-k: x=1',
      'camel-k: x=1',
    ].join('\n');
    expect(parseModelines('r.yaml', text)).toEqual([]);
  });

  it('finds nothing in an empty text', () => {
    expect(parseModelines('r.yaml', '')).toEqual([]);
  });
});
