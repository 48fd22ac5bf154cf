import { describe, expect, it } from 'vitest';

import { validateText } from './validate.js';

const brief = async (yaml: string): Promise<string[]> =>
  (await validateText('route.camel.yaml', yaml)).map(
    (d) => `${String(d.line)}:${String(d.col)} ${d.severity} ${d.code}`,
  );

describe('validateText', () => {
  it('accepts a plain timer route', async () => {
    expect(await brief('- from:\n    uri: timer:tick\n    steps:\n      - log: hi\n')).toEqual([]);
  });

  it('reports an unknown step at its key with a did-you-mean hint', async () => {
    const ds = await validateText('r.yaml', '- from:\n    uri: timer:tick\n    steps:\n      - lgo: hi\n');
    expect(ds).toMatchObject([
      { code: 'DSL_UNKNOWN_STEP', line: 4, col: 9, hint: "did you mean 'log'?", pointer: '/0/from/steps/0/lgo' },
    ]);
  });

  it('coerces scalars as Camel does', async () => {
    const yaml = [
      '- from:',
      '    uri: direct:a',
      '    steps:',
      '      - aggregate:',
      '          aggregationStrategy: s',
      '          completionTimeout: 5000',
      '          parallelProcessing: "true"',
      '          correlationExpression:',
      '            header: id',
    ].join('\n');
    expect(await brief(yaml)).toEqual([]);
  });

  it('renames legacy kebab-case keys with one warning each', async () => {
    const ds = await validateText(
      'r.yaml',
      '- from:\n    uri: direct:a\n    steps:\n      - set-body:\n          constant: x\n',
    );
    expect(ds).toMatchObject([{ severity: 'warning', code: 'DSL_LEGACY_KEY', line: 4, col: 9 }]);
    expect(ds[0]?.message).toContain("'setBody'");
  });

  it('reports a wrong boolean at the value', async () => {
    expect(await brief('- from:\n    uri: direct:a\n    steps:\n      - split:\n          streaming: maybe\n')).toEqual(
      ['5:22 error DSL_WRONG_TYPE'],
    );
  });

  it('reports two expression languages once, at the second', async () => {
    const yaml =
      '- from:\n    uri: direct:a\n    steps:\n      - setBody:\n          simple: a\n          constant: b\n';
    expect(await brief(yaml)).toEqual(['6:11 error DSL_CONFLICTING_KEYS']);
  });

  it('maps positions into an Integration source block scalar', async () => {
    const yaml = [
      'apiVersion: camel.apache.org/v1',
      'kind: Integration',
      'metadata:',
      '  name: demo',
      'spec:',
      '  sources:',
      '    - name: demo.yaml',
      '      content: |',
      '        - from:',
      '            uri: timer:x',
      '            steps:',
      '              - lgo: hi',
    ].join('\n');
    const ds = await validateText('i.yaml', yaml);
    expect(ds).toMatchObject([
      { code: 'DSL_UNKNOWN_STEP', line: 12, col: 17, pointer: '/spec/sources/0/content/0/from/steps/0/lgo' },
    ]);
  });

  it('warns in validate mode and fails in run mode for a refused language', async () => {
    const yaml = '- from:\n    uri: direct:a\n    steps:\n      - setBody:\n          groovy: "1"\n';
    expect(await brief(yaml)).toEqual(['5:11 warning EXPR_REFUSED_LANGUAGE']);
    const strict = await validateText('r.yaml', yaml, { mode: 'run' });
    expect(strict.map((d) => d.severity)).toEqual(['error']);
  });
});
