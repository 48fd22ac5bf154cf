/**
 * Watches what a dev run depends on and calls back once per burst of changes (debounced): the route files given, the
 * YAML files under the directories given (added, changed or deleted), `application*.properties` in the working
 * directory and beside the first route file, and `--properties` files. Directories are watched rather than files, so
 * editors that save by writing a new file and renaming it over the old one are seen too.
 */
import { watch, type FSWatcher } from 'node:fs';
import { statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** What to watch. */
export interface WatchOptions {
  readonly cwd: string;
  /** Route files and directories, as given to `drom run`. */
  readonly paths: readonly string[];
  /** `--properties` files. */
  readonly propertiesFiles?: readonly string[];
  /** Quiet time after the last change before `onChange` is called (default 20 ms). */
  readonly debounceMs?: number;
  /** Called after a burst of changes, with the files that changed (absolute paths, as far as the OS says). */
  readonly onChange: (changed: readonly string[]) => void;
}

/** A running watch. */
export interface Watch {
  /** Watches more files (bean modules a reload found); files already watched are ignored. */
  add(files: readonly string[]): void;
  close(): void;
}

const YAML = /\.ya?ml$/;
const APPLICATION_PROPERTIES = /^application(-[^/\\]+)?\.properties$/;

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Starts watching; the watch keeps the process alive until `close`. */
export function watchRouteFiles(options: WatchOptions): Watch {
  const debounceMs = options.debounceMs ?? 20;
  const files = new Set<string>();
  const trees = new Set<string>();
  const propertyDirs = new Set<string>([resolve(options.cwd)]);
  for (const p of options.paths) {
    const abs = resolve(options.cwd, p);
    if (isDirectory(abs)) trees.add(abs);
    else files.add(abs);
  }
  const first = options.paths[0];
  if (first !== undefined) {
    const abs = resolve(options.cwd, first);
    propertyDirs.add(isDirectory(abs) ? abs : dirname(abs));
  }
  for (const f of options.propertiesFiles ?? []) files.add(resolve(options.cwd, f));

  const relevant = (dir: string, name: string, recursive: boolean): string | undefined => {
    const abs = join(dir, name);
    if (files.has(abs)) return abs;
    if (recursive && YAML.test(name)) return abs;
    if (propertyDirs.has(dirname(abs)) && APPLICATION_PROPERTIES.test(basename(abs))) return abs;
    return undefined;
  };

  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const changed = (path: string): void => {
    pending.add(path);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const batch = [...pending];
      pending = new Set();
      options.onChange(batch);
    }, debounceMs);
  };

  const watchers: FSWatcher[] = [];
  const watchedDirs = new Set<string>();
  const watchDir = (dir: string, recursive: boolean): void => {
    if (watchedDirs.has(dir)) return;
    watchedDirs.add(dir);
    try {
      const w = watch(dir, { recursive }, (_event, name) => {
        if (name === null) return;
        const path = relevant(dir, name, recursive);
        if (path !== undefined) changed(path);
      });
      w.on('error', () => undefined);
      watchers.push(w);
    } catch {
      // A directory that cannot be watched (gone, no permission) is skipped; the others still work.
    }
  };
  for (const tree of trees) watchDir(tree, true);
  const inTree = (dir: string): boolean => [...trees].some((t) => dir === t || dir.startsWith(`${t}/`));
  const plainDirs = new Set([...[...files].map((f) => dirname(f)), ...propertyDirs]);
  for (const dir of plainDirs) if (!inTree(dir)) watchDir(dir, false);

  return {
    add(more) {
      for (const f of more) {
        const abs = resolve(options.cwd, f);
        if (files.has(abs)) continue;
        files.add(abs);
        if (!inTree(dirname(abs))) watchDir(dirname(abs), false);
      }
    },
    close() {
      if (timer !== undefined) clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
