/** `drom run --health --metrics`: the management server beside a normal run, gone when the run ends. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { runCli } from '../../src/cli/program.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drom-health-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('drom run --health --metrics', () => {
  it('serves /q/health/ready and /q/metrics while the routes run, on the port it prints', async () => {
    writeFileSync(
      join(dir, 'r.camel.yaml'),
      '- route:\n    id: r\n    from:\n      uri: timer:t?period=20&delay=0\n      steps:\n        - log: hi\n',
    );
    let out = '';
    let announced: ((url: string) => void) | undefined;
    const url = new Promise<string>((resolve) => (announced = resolve));
    const run = runCli(
      ['run', 'r.camel.yaml', '--health', '--metrics', '--management-port', '0', '--max-seconds', '1'],
      {
        cwd: dir,
        out: (s) => {
          out += s;
          const m = /Management server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m?.[1] !== undefined) announced?.(m[1]);
        },
        err: (s) => (out += s),
        exitCode: () => undefined,
      },
    );
    const base = await url;
    const ready = await fetch(`${base}/q/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'UP' });
    const metrics = await (await fetch(`${base}/q/metrics`)).text();
    expect(metrics).toMatch(/^dromedary_route_exchanges_total\{route="r"\} \d+$/m);
    expect(await run).toBe(0);
    await expect(fetch(`${base}/q/health`)).rejects.toThrow();
  }, 20_000);

  it('refuses a management port out of range as a usage error, before any route starts', async () => {
    writeFileSync(join(dir, 'r.camel.yaml'), '- from:\n    uri: timer:t\n    steps:\n      - log: hi\n');
    let out = '';
    const status = await runCli(['run', 'r.camel.yaml', '--health', '--management-port', '70000'], {
      cwd: dir,
      out: (s) => (out += s),
      err: (s) => (out += s),
      exitCode: () => undefined,
    });
    expect(status).toBe(2);
    expect(out).toContain("--management-port takes a port from 0 to 65535, got '70000'");
    expect(out).not.toContain('Started');
  });
});
