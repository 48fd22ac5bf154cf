/** `drom` as a user runs it: exit codes, text and JSON output, directory search, init and schema. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { runCli } from '../../src/cli/program.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'src', 'cli', 'drom.js');

interface Run {
  status: number;
  out: string;
  err: string;
}

async function drom(cwd: string, ...args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const status = await runCli(args, {
    cwd,
    out: (s) => (out += s),
    err: (s) => (err += s),
    exitCode: () => undefined,
  });
  return { status, out, err };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drom-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const GOOD = '- from:\n    uri: timer:tick\n    steps:\n      - log: hi\n';
const BAD = '- from:\n    uri: timer:tick\n    steps:\n      - lgo: hi\n';

describe('drom validate', () => {
  it('exits 0 on valid files and prints the summary on stderr', async () => {
    writeFileSync(join(dir, 'a.camel.yaml'), GOOD);
    const r = await drom(dir, 'validate', 'a.camel.yaml');
    expect(r).toEqual({ status: 0, out: '', err: '1 file, 0 errors, 0 warnings\n' });
  });

  it('exits 1 and prints path:line:col, severity, code, message and hint', async () => {
    writeFileSync(join(dir, 'b.camel.yaml'), BAD);
    const r = await drom(dir, 'validate', 'b.camel.yaml');
    expect(r.status).toBe(1);
    expect(r.out).toBe("b.camel.yaml:4:9: error DSL_UNKNOWN_STEP: unknown step 'lgo'\n  hint: did you mean 'log'?\n");
    expect(r.err).toBe('1 file, 1 error, 0 warnings\n');
  });

  it('prints JSON on stdout only, files in argument order, positions 1-based', async () => {
    writeFileSync(join(dir, 'b.camel.yaml'), BAD);
    writeFileSync(join(dir, 'a.camel.yaml'), GOOD);
    const r = await drom(dir, 'validate', '--format', 'json', 'b.camel.yaml', 'a.camel.yaml');
    expect(r.status).toBe(1);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toEqual({
      files: [
        {
          file: 'b.camel.yaml',
          valid: false,
          diagnostics: [
            {
              severity: 'error',
              code: 'DSL_UNKNOWN_STEP',
              message: "unknown step 'lgo'",
              line: 4,
              col: 9,
              pointer: '/0/from/steps/0/lgo',
              document: 0,
              hint: "did you mean 'log'?",
            },
          ],
        },
        { file: 'a.camel.yaml', valid: true, diagnostics: [] },
      ],
    });
  });

  it('searches directories recursively in sorted order and notes YAML that holds no routes', async () => {
    mkdirSync(join(dir, 'routes', 'nested'), { recursive: true });
    writeFileSync(join(dir, 'routes', 'b.yaml'), GOOD);
    writeFileSync(join(dir, 'routes', 'nested', 'a.yml'), GOOD);
    writeFileSync(join(dir, 'routes', 'config.yaml'), 'name: not a route\n');
    writeFileSync(join(dir, 'routes', 'notes.txt'), 'ignored');
    const r = await drom(dir, 'validate', '--format', 'json', 'routes');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.out) as {
      files: { file: string; valid: boolean; diagnostics: { severity: string }[] }[];
    };
    expect(report.files.map((f) => f.file)).toEqual(['routes/b.yaml', 'routes/config.yaml', 'routes/nested/a.yml']);
    expect(report.files[1]?.diagnostics).toMatchObject([{ severity: 'info', code: 'FILE_NOT_ROUTES' }]);
  });

  it('rejects YAML that holds no routes when it is named explicitly', async () => {
    writeFileSync(join(dir, 'config.yaml'), 'name: not a route\n');
    const r = await drom(dir, 'validate', 'config.yaml');
    expect(r.status).toBe(1);
    expect(r.out).toContain('config.yaml: error FILE_NOT_ROUTES');
  });

  it('exits 2 for a path that does not exist, and for an unknown format', async () => {
    expect((await drom(dir, 'validate', 'missing.yaml')).status).toBe(2);
    writeFileSync(join(dir, 'a.camel.yaml'), GOOD);
    expect((await drom(dir, 'validate', '--format', 'xml', 'a.camel.yaml')).status).toBe(2);
    expect((await drom(dir, 'validate')).status).toBe(2);
    expect((await drom(dir, 'frobnicate')).status).toBe(2);
  });

  it('validates all examples with warnings only', async () => {
    const r = await drom(ROOT, 'validate', '--format', 'json', 'examples');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.out) as {
      files: { file: string; diagnostics: { code: string; severity: string }[] }[];
    };
    expect(report.files.length).toBeGreaterThanOrEqual(20);
    const legacy = report.files.find((f) => f.file === 'examples/aggregate-legacy.camel.yaml');
    expect(legacy?.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'DSL_LEGACY_KEY' })]);
  });
});

describe('drom run', () => {
  const ROUTE = '- from:\n    uri: timer:tick?delay=0&period={{period}}\n    steps:\n      - log: hi\n';

  it('fails on a placeholder with no value, naming it', async () => {
    writeFileSync(join(dir, 'r.camel.yaml'), ROUTE);
    const r = await drom(dir, 'run', 'r.camel.yaml');
    expect(r.status).toBe(1);
    expect(r.err).toContain("error PROPERTY_UNRESOLVED: property 'period' has no value");
  });

  it('runs the route until --max-messages and prints the start-up summary and the log lines', async () => {
    writeFileSync(join(dir, 'r.camel.yaml'), ROUTE);
    const r = await drom(dir, 'run', 'r.camel.yaml', '-p', 'period=1', '--max-messages', '2');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/Started route1 \(timer:\/\/tick\)/);
    expect(r.out.match(/r\.camel\.yaml:4 +: hi$/gm)).toHaveLength(2);
    expect(r.out).toContain('Duration max messages triggering shutdown');
  });

  it('stops exactly at --max-messages even when the timer fires in batches', async () => {
    writeFileSync(
      join(dir, 'fast.camel.yaml'),
      '- from:\n    uri: timer:f?delay=-1&repeatCount=100000\n    steps:\n      - log: "n {{?opt}}x"\n',
    );
    const r = await drom(dir, 'run', 'fast.camel.yaml', '--max-messages', '5');
    expect(r.status).toBe(0);
    expect(r.out.match(/: n x$/gm)).toHaveLength(5);
  });

  it('logs a failed exchange as the default error handler does, and keeps running', async () => {
    const route =
      '- from:\n    uri: timer:e?delay=0&period=1&repeatCount=2\n    steps:\n      - setBody:\n          constant: abc\n      - convertBodyTo: Integer\n';
    writeFileSync(join(dir, 'fail.camel.yaml'), route);
    const r = await drom(dir, 'run', 'fail.camel.yaml', '--max-messages', '2');
    expect(r.status).toBe(0);
    expect(
      r.out.match(
        /ERROR .* dromedary.error-handler +: Failed delivery for \(MessageId: .* on ExchangeId: .*\)\. Exhausted after delivery attempt: 1 caught: /gm,
      ),
    ).toHaveLength(2);
  });

  it('refuses to run what it would otherwise silently drop: top-level keys and route options it does not apply', async () => {
    const route = [
      '- intercept:',
      '    steps:',
      '      - log: intercepted',
      '      - log: again',
      '- route:',
      '    id: r',
      '    trace: true',
      '    from:',
      '      uri: timer:t?delay=0',
      '      steps:',
      '        - log: hi',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'u.camel.yaml'), route);
    const r = await drom(dir, 'run', 'u.camel.yaml', '--max-messages', '1');
    expect(r.status).toBe(1);
    expect(r.err).toContain(
      'u.camel.yaml:1:3: error COMPILE_UNSUPPORTED_STEP: the top-level intercept is not supported',
    );
    expect(r.err).toContain(
      'u.camel.yaml:7:5: error COMPILE_UNSUPPORTED_STEP: the route option trace is not supported',
    );
  });

  it('rejects --max-messages that is not a whole number', async () => {
    writeFileSync(join(dir, 'r.camel.yaml'), ROUTE);
    expect((await drom(dir, 'run', 'r.camel.yaml', '-p', 'period=1', '--max-messages', '2.5')).status).toBe(2);
  });

  it('resolves placeholders from -p, --properties and application-<profile>.properties', async () => {
    writeFileSync(join(dir, 'r.camel.yaml'), ROUTE);
    expect((await drom(dir, 'run', '-p', 'period=500', 'r.camel.yaml', '--max-messages', '1')).status).toBe(0);
    writeFileSync(join(dir, 'extra.properties'), 'period = 250\n');
    expect(
      (await drom(dir, 'run', 'r.camel.yaml', '--properties', 'extra.properties', '--max-messages', '1')).status,
    ).toBe(0);
    writeFileSync(join(dir, 'application-test.properties'), 'period=100\n');
    expect((await drom(dir, 'run', 'r.camel.yaml', '--profile', 'test', '--max-messages', '1')).status).toBe(0);
    expect((await drom(dir, 'run', 'r.camel.yaml', '--profile', 'prod')).status).toBe(1);
  });

  it('exits 2 for a -p without =, and for a missing properties file', async () => {
    writeFileSync(join(dir, 'r.camel.yaml'), ROUTE);
    expect((await drom(dir, 'run', '-p', 'period', 'r.camel.yaml')).status).toBe(2);
    expect((await drom(dir, 'run', '--properties', 'nope.properties', 'r.camel.yaml')).status).toBe(2);
  });
});

describe('drom init and drom schema', () => {
  it('writes a starter route that validates clean, and refuses to overwrite it', async () => {
    expect((await drom(dir, 'init', 'orders.camel.yaml')).status).toBe(0);
    expect(readFileSync(join(dir, 'orders.camel.yaml'), 'utf8')).toContain('id: orders');
    expect(await drom(dir, 'validate', 'orders.camel.yaml')).toMatchObject({ status: 0, out: '' });
    expect((await drom(dir, 'init', 'orders.camel.yaml')).status).toBe(2);
    expect((await drom(dir, 'init', 'orders.camel.yaml', '--force')).status).toBe(0);
  });

  it('prints the route JSON Schema', async () => {
    const r = await drom(dir, 'schema');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ type: 'array', title: 'Camel YAML DSL (Dromedary)' });
  });

  it('documents every command in --help', async () => {
    const r = await drom(dir, '--help');
    expect(r.status).toBe(0);
    for (const command of ['run', 'validate', 'schema', 'init']) expect(r.out).toContain(command);
  });
});

describe('the built package', () => {
  it('exports validate() from the package root', () => {
    const out = execFileSync(
      process.execPath,
      ['-e', "import('dromedary').then(m => console.log(typeof m.validate))"],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(out.trim()).toBe('function');
  });

  it('installs an executable drom command', () => {
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
  });

  it('runs as a process with the documented exit codes', () => {
    // Executed as `npx drom` executes it: through its `#!` line, with the node flags it names.
    const run = (...args: string[]): number => spawnSync(BIN, args, { cwd: ROOT }).status ?? -1;
    expect(run('validate', 'examples')).toBe(0);
    expect(run('validate', 'test/fixtures/invalid/01-unknown-step.yaml')).toBe(1);
    expect(run('validate', 'no/such/path')).toBe(2);
    expect(run('run', 'examples/hello.camel.yaml', '--max-messages', '3')).toBe(0);
    // A route whose timer is done leaves the process running until a limit or a signal, then it exits 0.
    const done = spawnSync(BIN, ['run', 'test/golden/stop-eip/route.camel.yaml', '--max-seconds', '1'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('Duration max seconds triggering shutdown');
    // Beans from a JavaScript module beside the route file.
    const beans = spawnSync(BIN, ['run', 'examples/bean-module.camel.yaml', '--max-messages', '2'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(beans.status).toBe(0);
    expect(beans.stdout).toContain('Bonjour Dromedary (2) stamped by examples/beans/greeter.js');
  }, 30_000);
});
