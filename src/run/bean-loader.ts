/**
 * Makes the beans declared under `beans:`: imports each bean module, takes the named export, and makes the instance
 * (`new` for a class, its `factoryMethod`, or the export itself for a function or object), sets its `properties` and
 * calls its `initMethod`. A module is imported with its content hash as a query (`file.js?v=<hash>`), so an edited
 * module is imported afresh on the next dev-mode reload while an unchanged one comes from Node's module cache. Node
 * never unloads a module, so every edited version stays in memory for the life of the process (a few KB per save for
 * a typical bean module); the modules a bean module imports itself are not re-imported.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

import type { Diagnostic } from '../api/diagnostic.js';
import { beanDefinitions, type BeanDefinition, type BeanSource } from '../compile/bean-definitions.js';
import { BeanRegistry } from '../compile/bean-registry.js';
import { builtinBeanTypes } from '../compile/builtin-bean-types.js';
import type { PropertyResolver } from '../compile/properties.js';
import { resolvePlaceholders } from '../compile/resolve-placeholders.js';
import type { DslEntry } from '../dsl/load.js';

/** The beans of one load. */
export interface LoadedBeans {
  readonly registry: BeanRegistry;
  /** Problems that prevent a bean from being made, with the place of its definition. */
  readonly diagnostics: Diagnostic[];
  /** The bean module files the definitions name (absolute), loadable or not: dev mode watches them. */
  readonly modules: readonly string[];
}

const hash = (text: string | Uint8Array): string => createHash('sha1').update(text).digest('hex').slice(0, 16);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether a function is a class (made with `new`). */
function isClass(v: unknown): v is new (...args: unknown[]) => unknown {
  return typeof v === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(v));
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** A module's exports and content hash, or the reason it could not be imported. */
type Imported = { exports: Record<string, unknown>; hash: string } | { error: string };

async function importModule(file: string): Promise<Imported> {
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (err) {
    return { error: `cannot read the bean module ${file}: ${message(err)}` };
  }
  const version = hash(content);
  try {
    const exports = (await import(`${pathToFileURL(file).href}?v=${version}`)) as Record<string, unknown>;
    return { exports, hash: version };
  } catch (err) {
    return { error: `the bean module ${file} failed to load: ${message(err)}` };
  }
}

/**
 * Makes the beans of `entries` (route files named relative to `cwd`; placeholders resolved with `properties`, missing
 * ones are reported by compilation). Never rejects: every problem is a diagnostic.
 */
export async function loadBeans(
  entries: readonly DslEntry[],
  properties: PropertyResolver,
  cwd: string,
): Promise<LoadedBeans> {
  const diagnostics: Diagnostic[] = [];
  const resolved = entries
    .filter((e) => e.key === 'beans')
    .map((e) => ({ ...e, value: resolvePlaceholders(e.value, properties, () => undefined) }));
  const definitions = beanDefinitions(resolved, cwd, (d) => diagnostics.push(d));
  const registry = new BeanRegistry();
  const modules = [...new Set(definitions.flatMap((d) => (d.source.kind === 'module' ? [d.source.file] : [])))];
  const imported = new Map<string, Imported>();
  for (const file of modules) imported.set(file, await importModule(file));
  for (const definition of definitions) {
    const made = await makeBean(definition, imported, registry);
    if ('problem' in made) {
      diagnostics.push(made.problem);
      registry.markBroken(definition.name);
    } else registry.add({ name: definition.name, value: made.value, fingerprint: made.fingerprint });
  }
  return { registry, diagnostics, modules };
}

type Made = { value: unknown; fingerprint: string } | { problem: Diagnostic };

async function makeBean(
  definition: BeanDefinition,
  imported: ReadonlyMap<string, Imported>,
  registry: BeanRegistry,
): Promise<Made> {
  const fail = (at: string[], text: string, hint?: string): Made => ({
    problem: definition.report(at, 'BEAN_INVALID', `bean '${definition.name}': ${text}`, hint),
  });
  const { source } = definition;
  let properties: Record<string, unknown>;
  try {
    properties = propertyValues(definition.properties, registry);
  } catch (err) {
    return fail(['properties'], message(err));
  }
  if (source.kind === 'builtin') {
    try {
      const value = builtinBeanTypes.get(source.type)?.create(properties);
      return { value, fingerprint: hash(JSON.stringify(definition.written)) };
    } catch (err) {
      return fail(['properties'], message(err));
    }
  }
  return moduleBean(definition, source, imported.get(source.file), properties, fail);
}

/** A bean made from a module's export: instantiated, its properties set and its init method called. */
async function moduleBean(
  definition: BeanDefinition,
  source: Extract<BeanSource, { kind: 'module' }>,
  module: Imported | undefined,
  properties: Record<string, unknown>,
  fail: (at: string[], text: string, hint?: string) => Made,
): Promise<Made> {
  if (module === undefined || 'error' in module) return fail(['type'], module?.error ?? 'not imported');
  if (!(source.exportName in module.exports)) {
    const names = Object.keys(module.exports);
    return fail(
      ['type'],
      `the module has no export '${source.exportName}'`,
      names.length === 0 ? 'the module exports nothing' : `exports: ${names.join(', ')}`,
    );
  }
  const exported = module.exports[source.exportName];
  let value: unknown;
  try {
    value = await instantiate(exported, definition);
  } catch (err) {
    return fail(['type'], message(err));
  }
  if (Object.keys(properties).length > 0) {
    if (!isRecord(value)) return fail(['properties'], 'properties can only be set on an object or class instance');
    Object.assign(value, properties);
  }
  if (definition.initMethod !== undefined) {
    const init = isRecord(value) ? value[definition.initMethod] : undefined;
    if (typeof init !== 'function') return fail(['initMethod'], `no method '${definition.initMethod}' to call`);
    try {
      await (init as () => unknown).call(value);
    } catch (err) {
      return fail(['initMethod'], `${definition.initMethod}() failed: ${message(err)}`);
    }
  }
  return { value, fingerprint: hash(`${JSON.stringify(definition.written)}\n${module.hash}`) };
}

/** The instance an export makes: a class is constructed, a factory method called, anything else used as it is. */
async function instantiate(exported: unknown, definition: BeanDefinition): Promise<unknown> {
  const { args, factoryMethod } = definition;
  if (factoryMethod !== undefined) {
    const factory =
      isRecord(exported) || typeof exported === 'function'
        ? (exported as Record<string, unknown>)[factoryMethod]
        : undefined;
    if (typeof factory !== 'function') throw new Error(`the export has no method '${factoryMethod}'`);
    return await (factory as (...a: unknown[]) => unknown).apply(exported, [...args]);
  }
  if (isClass(exported)) return new exported(...args);
  if (args.length > 0) throw new Error('constructors need a class export');
  return exported;
}

/** Property values with `#bean:name` (an earlier bean) and `#class:<type>` (a built-in type) references made. */
function propertyValues(
  properties: Readonly<Record<string, unknown>>,
  registry: BeanRegistry,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(properties)) {
    if (typeof raw === 'string' && raw.startsWith('#bean:')) {
      const name = raw.slice('#bean:'.length);
      const bean = registry.get(name);
      if (bean === undefined) throw new Error(`property ${key}: no bean named '${name}' is declared before it`);
      out[key] = bean.value;
    } else if (typeof raw === 'string' && raw.startsWith('#class:')) {
      const type = builtinBeanTypes.get(raw.slice('#class:'.length));
      if (type === undefined) throw new Error(`property ${key}: ${raw.slice(7)} is not a bean type Dromedary provides`);
      out[key] = type.create({});
    } else out[key] = raw;
  }
  return out;
}
