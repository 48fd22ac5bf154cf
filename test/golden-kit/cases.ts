/**
 * The golden cases under test/golden/: each directory holds route.camel.yaml (plus optional further *.camel.yaml,
 * application.properties, application-<profile>.properties and args.json) and expected.log, the normalized output of
 * running the routes on real Camel through scripts/infra/camel. The same cases and options drive the engine's runs.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const GOLDEN_DIR = join(ROOT, 'test', 'golden');
export const CAMEL_SCRIPT = join(ROOT, 'scripts', 'infra', 'camel');

/** The run options of a case (args.json); every field is optional. */
export interface CaseArgs {
  /** `--max-messages`: stop after this many completed exchanges (seda consumers' exchanges count too). */
  readonly maxMessages?: number;
  /** `--max-seconds`: hard bound of the run (the script's default is 20). */
  readonly maxSeconds?: number;
  /** `--max-idle-seconds`: stop after this long without exchanges. */
  readonly maxIdleSeconds?: number;
  /** `--profile` (JBang's default is `dev`). */
  readonly profile?: string;
  /** `-p key=value` overrides. */
  readonly properties?: Readonly<Record<string, string>>;
  /** The order of output lines is not defined (concurrent consumers): expected.log is sorted. */
  readonly unordered?: boolean;
}

export interface GoldenCase {
  readonly name: string;
  readonly dir: string;
  /** Route files relative to dir, route.camel.yaml first (it names the CamelContext, as in JBang). */
  readonly routes: readonly string[];
  readonly args: CaseArgs;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const NUMBER_KEYS = ['maxMessages', 'maxSeconds', 'maxIdleSeconds'] as const;

/** Parses args.json text, rejecting unknown keys and wrong types. */
export function parseCaseArgs(text: string, where = 'args.json'): CaseArgs {
  const raw: unknown = JSON.parse(text);
  if (!isRecord(raw)) throw new Error(`${where}: expected an object`);
  const known = new Set<string>([...NUMBER_KEYS, 'profile', 'properties', 'unordered']);
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) throw new Error(`${where}: unknown key ${key}`);
  }
  for (const key of NUMBER_KEYS) {
    const v = raw[key];
    if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v > 0)) {
      throw new Error(`${where}: ${key} must be a positive integer`);
    }
  }
  if (raw['profile'] !== undefined && typeof raw['profile'] !== 'string') {
    throw new Error(`${where}: profile must be a string`);
  }
  if (raw['unordered'] !== undefined && typeof raw['unordered'] !== 'boolean') {
    throw new Error(`${where}: unordered must be a boolean`);
  }
  const props = raw['properties'];
  if (props !== undefined && !(isRecord(props) && Object.values(props).every((v) => typeof v === 'string'))) {
    throw new Error(`${where}: properties must map names to strings`);
  }
  return raw;
}

/** The command-line options of scripts/infra/camel (and `drom run`) for a case. */
export function runOptions(args: CaseArgs): string[] {
  const out: string[] = [];
  if (args.maxMessages !== undefined) out.push('--max-messages', String(args.maxMessages));
  if (args.maxSeconds !== undefined) out.push('--max-seconds', String(args.maxSeconds));
  if (args.maxIdleSeconds !== undefined) out.push('--max-idle-seconds', String(args.maxIdleSeconds));
  if (args.profile !== undefined) out.push('--profile', args.profile);
  for (const [k, v] of Object.entries(args.properties ?? {})) out.push('-p', `${k}=${v}`);
  return out;
}

export function loadCase(name: string): GoldenCase {
  const dir = join(GOLDEN_DIR, name);
  if (!existsSync(join(dir, 'route.camel.yaml'))) throw new Error(`test/golden/${name}: no route.camel.yaml`);
  const others = readdirSync(dir)
    .filter((f) => f.endsWith('.camel.yaml') && f !== 'route.camel.yaml')
    .sort();
  const argsFile = join(dir, 'args.json');
  const args = existsSync(argsFile)
    ? parseCaseArgs(readFileSync(argsFile, 'utf8'), `test/golden/${name}/args.json`)
    : {};
  return { name, dir, routes: ['route.camel.yaml', ...others], args };
}

/** All cases, by directory name. */
export function loadCases(): GoldenCase[] {
  return readdirSync(GOLDEN_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(GOLDEN_DIR, e.name, 'route.camel.yaml')))
    .map((e) => e.name)
    .sort()
    .map(loadCase);
}
