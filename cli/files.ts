/**
 * File discovery for the CLI: walks the given paths without following symlinks (a link never takes the
 * run outside the paths it was given), skips dependency and build folders, keeps the wanted extensions.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

export const DEFAULT_EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'];
export const IGNORED_DIRS = new Set([
  'node_modules',
  '.git',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.vercel',
  '.netlify',
  '.turbo',
  '.cache',
  'vendor',
]);

export interface Discovery {
  files: string[];
  /** Paths that do not exist or are symlinks given directly. */
  skipped: Array<{ path: string; reason: string }>;
}

export function discoverFiles(paths: readonly string[], extensions: readonly string[]): Discovery {
  const wanted = new Set(extensions.map((e) => `.${e.replace(/^\./, '')}`));
  const out: Discovery = { files: [], skipped: [] };
  const seen = new Set<string>();
  const visit = (path: string, explicit: boolean) => {
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      out.skipped.push({ path, reason: 'does not exist' });
      return;
    }
    if (stat.isSymbolicLink()) {
      if (explicit) out.skipped.push({ path, reason: 'is a symlink (not followed)' });
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (IGNORED_DIRS.has(entry)) continue;
        visit(join(path, entry), false);
      }
      return;
    }
    if (!stat.isFile() || (!explicit && !wanted.has(extname(path)))) return;
    if (/\.d\.[cm]?ts$/.test(path) || (!explicit && /\.min\.[cm]?js$/.test(path))) return;
    const abs = resolve(path);
    if (!seen.has(abs)) {
      seen.add(abs);
      out.files.push(path);
    }
  };
  for (const p of paths) visit(p, true);
  return out;
}
