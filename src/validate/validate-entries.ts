/**
 * Schema validation of a loaded file's DSL: normalises legacy kebab-case keys, checks each top-level item's shape,
 * and runs each entry through the precompiled validator of its key. Collects every diagnostic; never throws.
 */
import type { Diagnostic } from '../api/diagnostic.js';
import { normalizeKebabKeys } from '../dsl/kebab.js';
import { TOP_LEVEL_KEYS } from '../dsl/top-level-keys.js';
import type { DslEntry, DslList } from '../dsl/load.js';
import { diagnosticAt, toPointer } from '../dsl/located.js';
import type { Anchor, PathSegment } from '../dsl/yaml-source.js';
import { diagnosticsFromAjv } from './ajv-diagnostics.js';
import { loadValidatorGroup } from './precompiled.js';
import { closest } from './suggest.js';
import { groupOf } from './validator-groups.js';

type Report = (
  d: Omit<Diagnostic, 'file' | 'line' | 'col' | 'pointer' | 'document'>,
  at: PathSegment[],
  anchor?: Anchor,
) => void;

function reporter(list: DslList, out: Diagnostic[]): Report {
  return (d, at, anchor = 'value') => {
    out.push(diagnosticAt(list.source, { path: at, anchor, pointerPrefix: list.pointerPrefix }, d));
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Splits a list into entries, reporting items that are not single-key maps of a known top-level key. */
function entriesOf(list: DslList, report: Report): DslEntry[] {
  const entries: DslEntry[] = [];
  const add = (key: string, value: unknown, path: PathSegment[]): void => {
    if (groupOf(key) === undefined) {
      const suggestion = closest(key, TOP_LEVEL_KEYS);
      report(
        {
          severity: 'error',
          code: 'DSL_UNKNOWN_TOP_LEVEL_KEY',
          message: `unknown top-level key '${key}'`,
          hint:
            suggestion === undefined ? `expected one of ${TOP_LEVEL_KEYS.join(', ')}` : `did you mean '${suggestion}'?`,
        },
        path,
        'key',
      );
      return;
    }
    entries.push({
      key,
      value,
      path,
      source: list.source,
      pointerPrefix: list.pointerPrefix,
      ...(list.parameters === undefined ? {} : { parameters: list.parameters }),
    });
  };
  if (isRecord(list.items)) {
    // A Kamelet template: a map of top-level keys.
    for (const [key, value] of Object.entries(list.items)) add(key, value, [...list.path, key]);
    return entries;
  }
  if (!Array.isArray(list.items)) {
    report({ severity: 'error', code: 'DSL_NOT_A_LIST', message: 'routes must be a YAML list of single-key items' }, [
      ...list.path,
    ]);
    return entries;
  }
  list.items.forEach((item: unknown, i) => {
    const at = [...list.path, i];
    if (!isRecord(item) || Object.keys(item).length === 0) {
      report(
        { severity: 'warning', code: 'DSL_EMPTY_ITEM', message: 'this list item holds no key and is ignored' },
        at,
      );
      return;
    }
    const keys = Object.keys(item);
    if (keys.length > 1) {
      report(
        {
          severity: 'error',
          code: 'DSL_MULTIPLE_KEYS',
          message: `a list item holds exactly one key, found ${keys.map((k) => `'${k}'`).join(', ')}`,
          hint: 'start each route, rest or bean definition with its own "- " list item',
        },
        [...at, keys[1] ?? ''],
        'key',
      );
      return;
    }
    const key = keys[0] ?? '';
    add(key, item[key], [...at, key]);
  });
  return entries;
}

/** Validates the DSL lists of one file; returns the entries found (for later passes) and the diagnostics. */
export async function validateLists(
  lists: readonly DslList[],
): Promise<{ entries: DslEntry[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const entries: DslEntry[] = [];
  for (const list of lists) {
    const report = reporter(list, diagnostics);
    const renamed = new Map<string, string>();
    for (const r of normalizeKebabKeys(list.items, list.path)) {
      renamed.set(toPointer(r.path), r.from);
      report(
        {
          severity: 'warning',
          code: 'DSL_LEGACY_KEY',
          message: `legacy kebab-case key '${r.from}'; write '${r.to}'`,
          hint: `rename it to '${r.to}'`,
        },
        [...r.path],
        'key',
      );
    }
    for (const entry of entriesOf(list, report)) {
      entries.push(entry);
      const group = groupOf(entry.key);
      if (group === undefined) continue;
      const validators = await loadValidatorGroup(group);
      const validate = validators[entry.key];
      if (validate === undefined) continue;
      const holder = { value: entry.value };
      if (!validate(entry.value, { instancePath: '', parentData: holder, parentDataProperty: 'value' })) {
        diagnostics.push(...diagnosticsFromAjv(entry, validate.errors ?? [], renamed));
      }
      // Coercion may have replaced the entry's value itself (a bare scalar made a string).
      entry.value = holder.value;
    }
  }
  // A renamed key that is unknown anyway gets its error only: renaming it would not help.
  const unknownAt = new Set(
    diagnostics
      .filter((d) => d.code === 'DSL_UNKNOWN_KEY' || d.code === 'DSL_UNKNOWN_STEP')
      .map((d) => `${d.file}#${String(d.document)}${d.pointer}`),
  );
  const kept = diagnostics.filter(
    (d) => d.code !== 'DSL_LEGACY_KEY' || !unknownAt.has(`${d.file}#${String(d.document)}${d.pointer}`),
  );
  return { entries, diagnostics: kept };
}
