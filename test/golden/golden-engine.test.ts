/**
 * The golden routes: each runs on Dromedary's engine with the options it ran with on Camel 4.22, and the normalized
 * output must equal what Camel printed (test/golden/<case>/expected.log, recorded with scripts/infra/camel).
 * Run-specific values (ids, times) are normalized away on both sides; the start-up lines are compared by route and URI.
 */
import { describe, expect, it } from 'vitest';

import { runCli } from '../../src/cli/program.js';
import { loadCases, runOptions } from '../golden-kit/cases.js';
import { normalizeCamelLog } from '../golden-kit/normalize.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CAMEL_CONTEXT = 'org.apache.camel.impl.engine.AbstractCamelContext';

/** Our start-up lines under Camel's logger name; our other runtime lines dropped. */
function comparable(lines: string[]): string[] {
  const started = /^(\w+) dromedary\.runtime : \s*Started (\S+) \((.*)\)$/;
  return (
    lines
      .flatMap((record) => record.split('\n'))
      // expected.log is read without blank lines; a multi-line record may hold some.
      .filter((l) => l !== '')
      .flatMap((l) => {
        const m = started.exec(l);
        if (m !== null) return [`${m[1] ?? ''} ${CAMEL_CONTEXT} : Started ${m[2] ?? ''} (${m[3] ?? ''})`];
        return l.includes(' dromedary.runtime : ') ? [] : [l];
      })
  );
}

/**
 * Camel's dev profile turns message history on, which adds the internal properties `CamelMessageHistory` and
 * `CamelToEndpoint` to `showAll` output; Dromedary keeps no message history by default (Camel's own default).
 */
function withoutHistory(line: string): string {
  return line.replace(/CamelMessageHistory=\[(?:[^\][]|\[[^\]]*\])*\], /, '').replace(/CamelToEndpoint=\S+, /, '');
}

describe('golden routes match Camel 4.22', () => {
  it.each(loadCases().map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      let out = '';
      const status = await runCli(['run', ...c.routes, ...runOptions(c.args)], {
        cwd: c.dir,
        out: (s) => (out += s),
        err: (s) => (out += s),
        exitCode: () => undefined,
      });
      expect(status, out).toBe(0);
      let ours = comparable(normalizeCamelLog(out));
      let expected = readFileSync(join(c.dir, 'expected.log'), 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map(withoutHistory);
      if (c.args.unordered === true) {
        ours = [...ours].sort();
        expected = [...expected].sort();
      }
      expect(ours).toEqual(expected);
    },
    30_000,
  );
});
