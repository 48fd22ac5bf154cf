/**
 * `routeConfiguration` and which error handler a route gets, as Camel 4.22 decides (observed with
 * scripts/infra/camel): the route's own, a top-level one from an earlier file, the configurations' (last wins), the
 * first top-level one, Camel's default.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { runFiles, type FilesRun } from './error-handling-test-support.js';

const runs: FilesRun[] = [];
afterEach(async () => {
  for (const run of runs.splice(0)) await run.stop();
});

async function start(files: Record<string, string>): Promise<FilesRun> {
  const run = await runFiles(files);
  runs.push(run);
  return run;
}

/** A route from `direct:<id>` that fails; `extra` are route options (indented 4). */
const failing = (id: string, extra = ''): string => `
- route:
    id: ${id}
${extra}    from:
      uri: direct:${id}
      steps:
        - throwException:
            exceptionType: java.lang.IllegalStateException
            message: ${id} failed
`;

const dlc = (name: string): string => `deadLetterChannel:\n        deadLetterUri: mock:${name}`;
const configuration = (id: string | undefined, body: string): string =>
  `\n- routeConfiguration:\n${id === undefined ? '' : `    id: ${id}\n`}${body}`;
const withHandler = (name: string): string => `    errorHandler:\n      ${dlc(name)}\n`;
const handledBy = (run: FilesRun, names: string[]): number[] =>
  names.map((n) => run.plan?.endpoints.mocks.get(n).received.length ?? -1);

describe('routeConfigurationId', () => {
  it('selects configurations by id, prefix* wildcard, regular expression and comma list', async () => {
    const run = await start({
      'a.camel.yaml':
        configuration('cfg-one', withHandler('one')) +
        configuration('cfg-two', withHandler('two')) +
        configuration(undefined, withHandler('nameless')) +
        failing('exact', '    routeConfigurationId: cfg-one\n') +
        failing('wildcard', '    routeConfigurationId: cfg-t*\n') +
        failing('regex', "    routeConfigurationId: 'cfg-o.e'\n") +
        failing('list', '    routeConfigurationId: cfg-two, cfg-one\n') +
        failing('none'),
    });
    expect(run.diagnostics).toEqual([]);
    for (const id of ['exact', 'wildcard', 'regex', 'list', 'none']) await run.send(`direct:${id}`, id);
    // The list applies cfg-two, then cfg-one: the last error handler wins.
    expect(handledBy(run, ['one', 'two', 'nameless'])).toEqual([3, 1, 1]);
    expect(run.plan?.endpoints.mocks.get('one').bodies()).toEqual(['exact', 'regex', 'list']);
  });

  it('leaves out a configuration whose precondition is false, and warns about an id that matches nothing', async () => {
    const run = await start({
      'a.camel.yaml':
        configuration('off', `    precondition: "'{{feature:off}}' == 'on'"\n` + withHandler('off')) +
        failing('r', '    routeConfigurationId: off,nothing\n'),
    });
    expect(run.diagnostics).toEqual([
      "11:5 COMPILE_UNKNOWN_ROUTE_CONFIGURATION routeConfigurationId 'nothing' matches no routeConfiguration; Camel ignores it",
    ]);
    expect((await run.send('direct:r', 'x')).exception?.message).toBe('r failed');
    expect(handledBy(run, ['off'])).toEqual([0]);
  });

  it("searches a configuration's onException before the file's own for the same class", async () => {
    const clause = (name: string): string =>
      `- onException:\n          exception: [java.lang.IllegalStateException]\n          handled: {constant: true}\n          steps:\n            - to: mock:${name}\n`;
    const run = await start({
      'a.camel.yaml':
        `- onException:\n    exception: [java.lang.IllegalStateException]\n    handled: {constant: true}\n    steps:\n      - to: mock:file\n` +
        failing('r'),
      'b.camel.yaml': configuration(undefined, `    onException:\n      ${clause('config')}`),
    });
    await run.send('direct:r', 'x');
    expect(handledBy(run, ['config', 'file'])).toEqual([1, 0]);
  });
});

describe('which error handler a route gets', () => {
  it("the route's own wins over its configurations", async () => {
    const run = await start({
      'a.camel.yaml':
        configuration(undefined, withHandler('config')) + failing('r', `    errorHandler:\n      ${dlc('own')}\n`),
    });
    await run.send('direct:r', 'x');
    expect(handledBy(run, ['own', 'config'])).toEqual([1, 0]);
  });

  it('a configuration wins over the top-level errorHandler of its own file or a later one', async () => {
    const run = await start({
      'a.camel.yaml': `- errorHandler:\n    ${dlc('top')}\n` + failing('r'),
      'b.camel.yaml': configuration(undefined, withHandler('config')),
    });
    await run.send('direct:r', 'x');
    expect(handledBy(run, ['config', 'top'])).toEqual([1, 0]);
  });

  it('the top-level errorHandler of an earlier file wins over configurations (Camel route builders inherit it)', async () => {
    const run = await start({
      'a.camel.yaml': `- errorHandler:\n    ${dlc('first')}\n` + failing('a'),
      'b.camel.yaml':
        failing('b') + configuration(undefined, withHandler('config')) + `\n- errorHandler:\n    ${dlc('second')}\n`,
    });
    expect(run.diagnostics).toEqual([
      'b.camel.yaml:16:3 DSL_IGNORED_KEY only the first top-level errorHandler (in a.camel.yaml) is the default error handler; this one is ignored, as in Camel',
    ]);
    await run.send('direct:a', 'x');
    await run.send('direct:b', 'x');
    expect(handledBy(run, ['first', 'config', 'second'])).toEqual([1, 1, 0]);
  });
});

describe('routeConfiguration diagnostics', () => {
  it('reports a duplicate id and what a configuration holds that Dromedary does not run', async () => {
    const run = await start({
      'a.camel.yaml':
        configuration('x', withHandler('one')) +
        configuration('x', withHandler('two')) +
        configuration('y', '    onCompletion:\n      - onCompletion:\n          steps:\n            - log: done\n') +
        `\n- errorHandler:\n    refErrorHandler: myHandler\n` +
        failing('r'),
    });
    expect(run.diagnostics).toEqual([
      '9:5 COMPILE_DUPLICATE_ROUTE_CONFIGURATION route configuration already exists with id: x',
      '16:5 COMPILE_UNSUPPORTED_STEP onCompletion in a routeConfiguration is not supported by Dromedary yet',
      '22:5 COMPILE_UNSUPPORTED_STEP the refErrorHandler is not supported by Dromedary: it needs an error handler from the bean registry',
    ]);
    expect(run.plan).toBeUndefined();
  });
});
