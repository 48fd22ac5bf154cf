/**
 * Reads the top-level `beans:` lists of route files into bean definitions, reporting what Dromedary cannot make: a
 * bean needs a `name` and a `type`, which is either a bean module (`module:./beans/greeter.js#Greeter`: a JS module
 * relative to the route file, and the export to use, `default` when left out) or a built-in type (a Camel class name,
 * optionally written `#class:<name>`). Inline `script`s are refused (no code in route files), and so are the factory
 * and builder forms Dromedary does not apply.
 */
import { dirname, isAbsolute, resolve } from 'node:path';

import type { Diagnostic } from '../api/diagnostic.js';
import type { DiagnosticCode } from '../api/diagnostic-codes.js';
import type { DslEntry } from '../dsl/load.js';
import { diagnosticAt } from '../dsl/located.js';
import type { PathSegment } from '../dsl/yaml-source.js';
import { builtinBeanTypes } from './builtin-bean-types.js';

/** Where a bean's instance comes from. */
export type BeanSource =
  | { readonly kind: 'module'; readonly file: string; readonly exportName: string }
  | { readonly kind: 'builtin'; readonly type: string };

/** One bean to make. */
export interface BeanDefinition {
  readonly name: string;
  readonly source: BeanSource;
  /** Constructor arguments in index order (`constructors: {0: a, 1: b}`). */
  readonly args: readonly unknown[];
  readonly properties: Readonly<Record<string, unknown>>;
  /** A static method of the export that makes the instance, instead of `new`. */
  readonly factoryMethod?: string;
  /** A method called once the properties are set. */
  readonly initMethod?: string;
  /** The definition as written (placeholders resolved), for the fingerprint. */
  readonly written: unknown;
  /** Reports a problem with this bean at a path relative to its definition. */
  readonly report: (at: readonly PathSegment[], code: DiagnosticCode, message: string, hint?: string) => Diagnostic;
}

/** Fields of Camel's bean definition Dromedary does not apply. */
const REFUSED: Readonly<Record<string, string>> = {
  script: 'inline scripts are not run: write a bean module (type: module:./file.js#Export)',
  scriptLanguage: 'inline scripts are not run: write a bean module (type: module:./file.js#Export)',
  scriptPropertyPlaceholders: 'inline scripts are not run',
  factoryBean: 'factory beans are not supported: export a function or a class with a static factory method',
  builderClass: 'builder classes are not supported: export a function that builds the bean',
  builderMethod: 'builder classes are not supported: export a function that builds the bean',
  destroyMethod: 'destroy methods are not called by Dromedary yet',
};

const MODULE_PREFIX = 'module:';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function beanSource(type: string, routeFile: string, cwd: string): BeanSource | string {
  if (type.startsWith(MODULE_PREFIX)) {
    const spec = type.slice(MODULE_PREFIX.length).trim();
    const hashAt = spec.lastIndexOf('#');
    const path = hashAt < 0 ? spec : spec.slice(0, hashAt);
    const exportName = hashAt < 0 || spec.slice(hashAt + 1) === '' ? 'default' : spec.slice(hashAt + 1);
    if (!isAbsolute(path) && !path.startsWith('./') && !path.startsWith('../'))
      return `a bean module is a path relative to the route file (./ or ../) or absolute, not '${path}'`;
    return { kind: 'module', file: resolve(cwd, dirname(routeFile), path), exportName };
  }
  const name = type.startsWith('#class:') ? type.slice('#class:'.length).trim() : type.trim();
  if (builtinBeanTypes.has(name)) return { kind: 'builtin', type: name };
  return `${name} is not a bean type Dromedary provides`;
}

function typeHint(): string {
  const builtins = [...builtinBeanTypes.keys()];
  return `use a bean module (type: module:./beans/my-bean.js#MyBean)${builtins.length === 0 ? '' : ` or one of ${builtins.join(', ')}`}`;
}

/** Constructor arguments by index, from `constructors: {0: …, 1: …}`; undefined when an index is not a number. */
function constructorArgs(value: unknown): unknown[] | undefined {
  if (value === undefined) return [];
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value).map(([k, v]) => [Number(k), v] as const);
  if (entries.some(([i]) => !Number.isInteger(i) || i < 0)) return undefined;
  return entries.sort(([a], [b]) => a - b).map(([, v]) => v);
}

type Make = (at: readonly PathSegment[], code: DiagnosticCode, message: string, hint?: string) => Diagnostic;

/** The problems of a bean definition's fields (an empty list when it can be made). */
function problems(
  bean: Record<string, unknown>,
  source: BeanSource | string,
): [PathSegment[], DiagnosticCode, string, string?][] {
  const found: [PathSegment[], DiagnosticCode, string, string?][] = Object.entries(REFUSED)
    .filter(([key]) => bean[key] !== undefined)
    .map(([key, why]) => [
      [key],
      'COMPILE_UNSUPPORTED_STEP',
      `the bean option ${key} is not supported by Dromedary: ${why}`,
    ]);
  if (typeof source === 'string') found.push([['type'], 'BEAN_INVALID', source, typeHint()]);
  if (constructorArgs(bean['constructors']) === undefined)
    found.push([['constructors'], 'BEAN_INVALID', 'constructors is a map from argument index (0, 1 …) to value']);
  if (!isRecord(bean['properties'] ?? {}))
    found.push([['properties'], 'BEAN_INVALID', 'properties is a map from property name to value']);
  return found;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** One bean of a `beans` list read into a definition, or undefined after reporting why it cannot be. */
function readBean(
  bean: Record<string, unknown>,
  routeFile: string,
  cwd: string,
  make: Make,
  report: (d: Diagnostic) => void,
): BeanDefinition | undefined {
  const name = text(bean['name']);
  const type = text(bean['type']);
  // Missing names and types are reported by validation.
  const source = type === undefined ? 'no type' : beanSource(type, routeFile, cwd);
  const found = problems(bean, source);
  if (type !== undefined) for (const [at, code, message, hint] of found) report(make(at, code, message, hint));
  const args = constructorArgs(bean['constructors']);
  const properties = bean['properties'] ?? {};
  if (name === undefined || typeof source === 'string' || found.length > 0) return undefined;
  if (args === undefined || !isRecord(properties)) return undefined;
  const factoryMethod = text(bean['factoryMethod']);
  const initMethod = text(bean['initMethod']);
  return {
    name,
    source,
    args,
    properties,
    ...(factoryMethod === undefined ? {} : { factoryMethod }),
    ...(initMethod === undefined ? {} : { initMethod }),
    written: bean,
    report: make,
  };
}

/**
 * The bean definitions of the `beans` entries among `entries` (route files named relative to `cwd`); problems go to
 * `report`.
 */
export function beanDefinitions(
  entries: readonly DslEntry[],
  cwd: string,
  report: (d: Diagnostic) => void,
): BeanDefinition[] {
  const out: BeanDefinition[] = [];
  for (const entry of entries) {
    if (entry.key !== 'beans' || !Array.isArray(entry.value)) continue;
    entry.value.forEach((bean: unknown, i) => {
      if (!isRecord(bean)) return;
      // Refused options are placed at their key; other problems at the value.
      const make: Make = (at, code, message, hint) =>
        diagnosticAt(
          entry.source,
          {
            path: [...entry.path, i, ...at],
            anchor: at.length === 0 || code === 'COMPILE_UNSUPPORTED_STEP' ? 'key' : 'value',
            pointerPrefix: entry.pointerPrefix,
          },
          { severity: 'error', code, message, hint },
        );
      const definition = readBean(bean, entry.source.file, cwd, make, report);
      if (definition !== undefined) out.push(definition);
    });
  }
  return out;
}
