/**
 * http-semantics-codemod: the one-off migration command, built on jscodeshift's runner.
 *
 *   http-semantics-codemod [paths...] [--rules a,b] [--write | --check] [--force]
 *
 * Dry run by default (prints a unified diff per file); --write applies; --check exits 1 when anything
 * would change. Exit codes: 0 done (or nothing to change), 1 --check found changes, 2 bad arguments or
 * refused to write (uncommitted changes in a git tree), 3 the run itself failed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { RULE_IDS, type RuleId } from '../core/model';
import { DEFAULT_EXTENSIONS, discoverFiles } from './files';
import type { FileResult } from './worker-transform';

export const EXIT = { ok: 0, changesFound: 1, usage: 2, failed: 3 } as const;

export interface CliOptions {
  paths: string[];
  rules: RuleId[];
  mode: 'dry' | 'write' | 'check';
  force: boolean;
  extensions: string[];
  color: boolean;
  workers: number | undefined;
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
  cwd: string;
}

const USAGE = `Usage: http-semantics-codemod [paths...] [options]

Rewrites wrong HTTP statuses (405 without Allow, 403 for missing routes, 501/403 for one method).
Dry run by default: prints the diff it would apply and writes nothing.

Options:
  --rules <ids>        comma-separated rule ids (default: all)
                       ${RULE_IDS.join(', ')}
  --write              apply the changes to the files
  --check              write nothing; exit 1 if any file would change (for CI)
  --force              with --write: allow writing into a git tree with uncommitted changes
  --extensions <list>  file extensions to scan (default: ${DEFAULT_EXTENSIONS.join(',')})
  --workers <n>        worker processes (default: one per CPU)
  --no-color           plain output
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 done or nothing to change, 1 --check found changes, 2 bad arguments or refused to write,
3 the run failed. node_modules, .git and build output folders are skipped; symlinks are not followed.`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv, isTTY: boolean): CliOptions | 'help' | 'version' {
  const opts: CliOptions = {
    paths: [],
    rules: [...RULE_IDS],
    mode: 'dry',
    force: false,
    extensions: DEFAULT_EXTENSIONS,
    color: isTTY && !env.NO_COLOR,
    workers: undefined,
  };
  let write = false;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
      case '-v':
      case '--version':
        return 'version';
      case '--rules': {
        const ids = value().split(',').map((s) => s.trim()).filter(Boolean);
        const unknown = ids.filter((id) => !(RULE_IDS as readonly string[]).includes(id));
        if (unknown.length > 0) throw new UsageError(`unknown rule id ${unknown.map((u) => `'${u}'`).join(', ')}; known: ${RULE_IDS.join(', ')}`);
        if (ids.length === 0) throw new UsageError('--rules needs at least one rule id');
        opts.rules = RULE_IDS.filter((id) => ids.includes(id));
        break;
      }
      case '--write':
        write = true;
        break;
      case '--check':
        check = true;
        break;
      case '--force':
        opts.force = true;
        break;
      case '--extensions':
        opts.extensions = value().split(',').map((s) => s.trim().replace(/^\./, '')).filter(Boolean);
        break;
      case '--workers': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--workers takes a whole number of at least 1');
        opts.workers = n;
        break;
      }
      case '--no-color':
        opts.color = false;
        break;
      case '--color':
        opts.color = true;
        break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option '${arg}' (see --help)`);
        opts.paths.push(arg);
    }
  }
  if (write && check) throw new UsageError('--write and --check cannot be used together');
  if (opts.force && !write) throw new UsageError('--force only makes sense with --write');
  opts.mode = write ? 'write' : check ? 'check' : 'dry';
  if (opts.paths.length === 0) opts.paths = ['.'];
  return opts;
}

/** Uncommitted changes under the given paths, or undefined when they are not in a git work tree. */
function dirtyFiles(paths: readonly string[], cwd: string): string[] | undefined {
  const dirty: string[] = [];
  let inGit = false;
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const dir = existsSync(abs) && statSync(abs).isDirectory() ? abs : dirname(abs);
    try {
      const status = execFileSync('git', ['status', '--porcelain', '--', abs], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      inGit = true;
      dirty.push(...status.split('\n').filter(Boolean));
    } catch {
      // not a git work tree (or git is missing): nothing to protect
    }
  }
  return inGit ? dirty : undefined;
}

const paint = (on: boolean, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

function colorDiff(patch: string, color: boolean): string {
  return patch
    .split('\n')
    .filter((line) => !/^=+$/.test(line))
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---')) return paint(color, '1', line);
      if (line.startsWith('+')) return paint(color, '32', line);
      if (line.startsWith('-')) return paint(color, '31', line);
      if (line.startsWith('@@')) return paint(color, '36', line);
      return line;
    })
    .join('\n');
}

function readResults(dir: string): FileResult[] {
  const results: FileResult[] = [];
  for (const f of readdirSync(dir)) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line) results.push(JSON.parse(line) as FileResult);
  }
  return results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function summary(results: readonly FileResult[], scanned: number, opts: CliOptions, cwd: string): string {
  const changed = results.filter((r) => r.changed);
  const errors = results.filter((r) => r.error);
  const byRule = new Map<string, number>();
  for (const r of changed) for (const [id, n] of Object.entries(r.edits)) byRule.set(id, (byRule.get(id) ?? 0) + (n ?? 0));
  const rows: Array<[string, string]> = [
    ['files scanned', String(scanned)],
    [opts.mode === 'write' ? 'files changed' : 'files to change', String(changed.length)],
    ...opts.rules.map((id): [string, string] => [`  edits: ${id}`, String(byRule.get(id) ?? 0)]),
    ['files skipped (unparsable)', String(errors.length)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = ['', 'http-semantics-codemod summary', ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v.padStart(6)}`)];
  for (const e of errors) {
    const message = e.error?.startsWith(`${e.path}: `) ? e.error.slice(e.path.length + 2) : e.error;
    lines.push(`  skipped ${relative(cwd, e.path) || e.path}: ${message}`);
  }
  if (opts.mode === 'dry' && changed.length > 0) lines.push('', 'Dry run: nothing was written. Run again with --write to apply.');
  return `${lines.join('\n')}\n`;
}

export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  let opts: CliOptions | 'help' | 'version';
  try {
    opts = parseArgs(argv, process.env, io.isTTY);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`http-semantics-codemod: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  if (opts === 'help') {
    io.out(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (opts === 'version') {
    io.out(`${readVersion()}\n`);
    return EXIT.ok;
  }
  const discovery = discoverFiles(opts.paths.map((p) => resolve(io.cwd, p)), opts.extensions);
  for (const s of discovery.skipped) io.err(`http-semantics-codemod: skipping ${relative(io.cwd, s.path) || s.path}: ${s.reason}\n`);
  if (opts.mode === 'write' && !opts.force) {
    const dirty = dirtyFiles(opts.paths, io.cwd);
    if (dirty && dirty.length > 0) {
      io.err(`http-semantics-codemod: refusing to write: ${dirty.length} uncommitted change(s) under the given paths; commit or stash them, or pass --force\n`);
      return EXIT.usage;
    }
  }
  const reportDir = mkdtempSync(join(tmpdir(), 'http-semantics-codemod-'));
  let results: FileResult[];
  try {
    if (discovery.files.length > 0) await runJscodeshift(discovery.files, opts, reportDir, io);
    results = readResults(reportDir);
    if (results.length !== discovery.files.length) {
      throw new Error(`${discovery.files.length - results.length} of ${discovery.files.length} files were not processed`);
    }
  } catch (error) {
    io.err(`http-semantics-codemod: the run failed: ${(error as Error).message}\n`);
    return EXIT.failed;
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
  const changed = results.filter((r) => r.changed);
  if (opts.mode !== 'write') {
    for (const r of changed) {
      const name = relative(io.cwd, r.path) || r.path;
      const before = readFileSync(r.path, 'utf8');
      io.out(`${colorDiff(createTwoFilesPatch(`a/${name}`, `b/${name}`, before, r.output ?? before, undefined, undefined, { context: 3 }), opts.color)}\n`);
    }
  } else {
    for (const r of changed) io.out(`${paint(opts.color, '32', 'changed')} ${relative(io.cwd, r.path) || r.path}\n`);
  }
  io.out(summary(results, discovery.files.length, opts, io.cwd));
  return opts.mode === 'check' && changed.length > 0 ? EXIT.changesFound : EXIT.ok;
}

async function runJscodeshift(files: string[], opts: CliOptions, reportDir: string, io: Io): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { run } = require('jscodeshift/src/Runner') as { run: (t: string, p: string[], o: Record<string, unknown>) => Promise<unknown> };
  // Built: dist/cli/worker-transform.js beside this file; from the TypeScript sources (tests): the build.
  const built = join(__dirname, 'worker-transform.js');
  const transform = existsSync(built) ? built : join(__dirname, '..', 'dist', 'cli', 'worker-transform.js');
  if (!existsSync(transform)) throw new Error(`worker transform not found at ${transform} (run npm run build)`);
  const total = files.length;
  const progress = io.isTTY && total > 50 ? setInterval(() => io.err(`\rhttp-semantics-codemod: ${countLines(reportDir)}/${total} files`), 250) : undefined;
  try {
    await run(transform, files, {
      dry: opts.mode !== 'write',
      print: false,
      silent: true,
      babel: false,
      runInBand: total <= 20 || opts.workers === 1,
      ...(opts.workers ? { cpus: opts.workers } : {}),
      httpSemanticsRules: opts.rules.join(','),
      httpSemanticsReportDir: reportDir,
    });
  } finally {
    if (progress) {
      clearInterval(progress);
      io.err(`\rhttp-semantics-codemod: ${total}/${total} files\n`);
    }
  }
}

function countLines(dir: string): number {
  let n = 0;
  for (const f of readdirSync(dir)) n += readFileSync(join(dir, f), 'utf8').split('\n').length - 1;
  return n;
}

function readVersion(): string {
  for (const candidate of [join(__dirname, '..', 'package.json'), join(__dirname, '..', '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'eslint-plugin-http-semantics') return pkg.version ?? 'unknown';
    } catch {
      // next candidate
    }
  }
  return 'unknown';
}

function defaultIo(): Io {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
  };
}
