/**
 * End to end, as a user would: `npm pack` this package (the built dist/), install the tarball from the
 * file system into a throwaway project next to real tools from the npm registry, copy the example app
 * (examples/src, with examples/eslint.config.mjs and examples/.oxlintrc.json) into it, and drive the real
 * command lines: eslint 10 and 9, jscodeshift with the transform found through the exports map, the
 * package's own http-semantics-codemod, and oxlint with the plugin loaded as a JS plugin.
 *
 * Needs the npm registry and a built dist/ (`npm test` builds before vitest). Nothing is cached between
 * runs: every run packs, installs into fresh temporary folders and removes them afterwards.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const MINUTE = 60_000;

const RULE_IDS = ['no-403-for-missing-route', 'no-403-for-unsupported-method', 'no-501-for-unsupported-method', 'require-allow-header'];

// ---------------------------------------------------------------------------------------------------
// What the example app must produce. Written down from real runs of the tools, then frozen.
// ---------------------------------------------------------------------------------------------------

interface Finding {
  /** Path inside the app folder, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** Rule id without the `http-semantics/` prefix. */
  rule: string;
  message: string;
}

const MSG_405 = (methods: string) => `405 response has no \`Allow\` header; list the methods this route supports (${methods}).`;
const MSG_MISSING_ROUTE =
  'This 403 answers a request that matched no route; send 404, because 403 tells clients the resource exists (RFC 9110 §15.5.4).';

/** Every finding in examples/src, sorted by file, line, column. One per framework shape and rule. */
const EXPECTED_FINDINGS: Finding[] = [
  // Express catch-all next to GET and POST routes.
  { file: 'books.js', line: 9, column: 3, rule: 'require-allow-header', message: MSG_405('GET, HEAD, POST') },
  // Node http: a hand-written method guard.
  { file: 'health.ts', line: 6, column: 5, rule: 'require-allow-header', message: MSG_405('GET, HEAD') },
  // Hono: a catch-all, and a not-found handler answering 403.
  { file: 'hono.ts', line: 8, column: 28, rule: 'require-allow-header', message: MSG_405('GET, HEAD, POST') },
  { file: 'hono.ts', line: 10, column: 21, rule: 'no-403-for-missing-route', message: MSG_MISSING_ROUTE },
  // Koa + @koa/router: a ctx.status assignment.
  { file: 'koa.ts', line: 15, column: 3, rule: 'require-allow-header', message: MSG_405('GET, HEAD, POST') },
  // Next.js pages API: the default of a method switch (Next does not answer HEAD by itself).
  { file: 'pages/api/users.ts', line: 11, column: 7, rule: 'require-allow-header', message: MSG_405('GET, PUT') },
  // Express: a method-only 403, a 501 for one method, a 403 from the catch-all (the admin 403 stays).
  {
    file: 'settings.js',
    line: 8,
    column: 39,
    rule: 'no-403-for-unsupported-method',
    message: 'This 403 rejects DELETE, not the client; send 405 with `Allow: GET, HEAD, PATCH` (RFC 9110 §15.5.6).',
  },
  {
    file: 'settings.js',
    line: 12,
    column: 43,
    rule: 'no-501-for-unsupported-method',
    message:
      '501 rejects DELETE on a resource that serves other methods; send 405 with `Allow: GET, HEAD, PUT` (RFC 9110 §15.5.6), since 501 means no resource supports the method.',
  },
  { file: 'settings.js', line: 22, column: 3, rule: 'no-403-for-missing-route', message: MSG_MISSING_ROUTE },
];

/** Edits per rule that the codemod makes on the app (the CLI's summary). */
const EXPECTED_EDITS: Record<string, number> = {
  'require-allow-header': 5,
  'no-403-for-missing-route': 2,
  'no-501-for-unsupported-method': 1,
  'no-403-for-unsupported-method': 1,
};

/** The app after the `all` codemod, byte for byte: three files in full, three as one exact replacement. */
function expectedFixedApp(original: Record<string, string>): Record<string, string> {
  const replaceOnce = (file: string, from: string, to: string): string => {
    const text = original[file]!;
    expect(text.split(from), `${file} contains ${JSON.stringify(from)} exactly once`).toHaveLength(2);
    return text.replace(from, to);
  };
  return {
    'books.js': replaceOnce(
      'books.js',
      "  res.status(405).json({ error: 'Method Not Allowed' });\n",
      "  res.status(405).set('Allow', 'GET, HEAD, POST').json({ error: 'Method Not Allowed' });\n",
    ),
    'health.ts': replaceOnce(
      'health.ts',
      "    res.writeHead(405, { 'Content-Type': 'text/plain' });\n",
      "    res.writeHead(405, { 'Content-Type': 'text/plain', Allow: 'GET, HEAD' });\n",
    ),
    'koa.ts': replaceOnce(
      'koa.ts',
      '  ctx.status = 405;\n',
      "  ctx.status = 405;\n  ctx.set('Allow', 'GET, HEAD, POST');\n",
    ),
    'hono.ts': `// Hono: a catch-all that rejects other methods, and a not-found handler that answers 403.
import { Hono } from 'hono';

const app = new Hono();

app.get('/authors', (c) => c.json([]));
app.post('/authors', async (c) => c.json(await c.req.json(), 201));
app.all('/authors', (c) => c.json({ error: 'Method Not Allowed' }, 405, { Allow: 'GET, HEAD, POST' }));

app.notFound((c) => c.text('Forbidden', 404));

export default app;
`,
    'pages/api/users.ts': `// Next.js pages API route: a method switch.
import type { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    case 'GET':
      return res.status(200).json([]);
    case 'PUT':
      return res.status(204).end();
    default:
      res.setHeader('Allow', ['GET', 'PUT']);
      res.status(405).end(\`Method \${req.method} Not Allowed\`);
  }
}
`,
    'settings.js': `// Express: a read-mostly settings API, invoices with a stubbed method, and a catch-all for the rest.
const express = require('express');

const app = express();

app.get('/settings', (req, res) => res.json(req.app.locals.settings));
app.patch('/settings', (req, res) => res.json(Object.assign(req.app.locals.settings, req.body)));
app.delete('/settings', (req, res) => res.status(405).set('Allow', 'GET, HEAD, PATCH').send('Settings cannot be deleted'));

app.get('/invoices/:id', (req, res) => res.json({ id: req.params.id }));
app.put('/invoices/:id', (req, res) => res.json(req.body));
app.delete('/invoices/:id', (req, res) => res.set('Allow', 'GET, HEAD, PUT').sendStatus(405));

// A real 403: the answer depends on who asks, so it stays.
app.post('/admin/reindex', (req, res) => {
  if (!req.user || !req.user.isAdmin) return res.sendStatus(403);
  res.sendStatus(202);
});

// Everything else: nothing is here.
app.use((req, res) => {
  res.status(404).json({ error: 'Forbidden' });
});

module.exports = app;
`,
  };
}

// ---------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of a user's shell: without the variables npm sets for the script that runs vitest
 * (`npm test`), which describe this repository, not the temporary project.
 */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const k = key.toLowerCase();
    if (k.startsWith('npm_package_') || k.startsWith('npm_lifecycle_') || k === 'npm_config_local_prefix' || k === 'init_cwd' || k === 'npm_command') continue;
    env[key] = value;
  }
  env.NO_COLOR = '1';
  env.npm_config_update_notifier = 'false';
  return env;
}

function run(cmd: string, args: readonly string[], cwd: string, timeoutMs = 5 * MINUTE): Promise<RunResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { cwd, env: userEnv(), stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolveRun({ code, signal, stdout, stderr }));
  });
}

function describeRun(what: string, r: RunResult): string {
  return `${what} exited ${r.code}${r.signal ? ` (signal ${r.signal})` : ''}\n--- stdout ---\n${r.stdout.slice(-8000)}\n--- stderr ---\n${r.stderr.slice(-8000)}`;
}

/** Run and insist on an exit code; the failure message carries both streams. */
async function runExpecting(code: number, cmd: string, args: readonly string[], cwd: string, timeoutMs?: number): Promise<RunResult> {
  const r = await run(cmd, args, cwd, timeoutMs);
  if (r.code !== code) throw new Error(describeRun(`${[cmd, ...args].join(' ')} (in ${cwd}, expected exit ${code})`, r));
  return r;
}

/** `npm install` into a fresh project; one retry (from scratch) for a flaky network, then a loud failure. */
async function npmInstall(project: string, specs: readonly string[]): Promise<void> {
  const args = ['install', '--no-audit', '--no-fund', ...specs];
  let last: RunResult | undefined;
  for (let attempt = 1; attempt <= 2; attempt++) {
    last = await run('npm', args, project, 8 * MINUTE);
    if (last.code === 0) return;
    console.error(describeRun(`npm ${args.join(' ')} (attempt ${attempt}, in ${project})`, last));
    rmSync(join(project, 'node_modules'), { recursive: true, force: true });
    rmSync(join(project, 'package-lock.json'), { force: true });
  }
  throw new Error(describeRun(`npm ${args.join(' ')} (in ${project})`, last!));
}

/** Every file under a folder, by forward-slash relative path. */
function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, entry.name);
      if (entry.isDirectory()) walk(abs);
      else out[relative(dir, abs).split(sep).join('/')] = readFileSync(abs, 'utf8');
    }
  };
  walk(dir);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function sortFindings<T extends { file: string; line: number; column: number; rule: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : 1)));
}

interface EslintMessage {
  ruleId: string | null;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  suggestions?: unknown[];
}

/** ESLint's `--format json` output as findings (plus end positions and suggestion counts). */
function eslintFindings(json: string, appDir: string) {
  const results = JSON.parse(json) as Array<{ filePath: string; messages: EslintMessage[] }>;
  return sortFindings(
    results.flatMap((r) =>
      r.messages.map((m) => ({
        file: relative(appDir, r.filePath).split(sep).join('/'),
        line: m.line,
        column: m.column,
        rule: (m.ruleId ?? '(parse error)').replace(/^http-semantics\//, ''),
        message: m.message,
        endLine: m.endLine,
        endColumn: m.endColumn,
        suggestions: m.suggestions?.length ?? 0,
      })),
    ),
  );
}

const strip = <T extends Finding>(list: T[]): Finding[] => list.map(({ file, line, column, rule, message }) => ({ file, line, column, rule, message }));

/** A 1-based line and UTF-16 column (ESLint's convention) for a UTF-8 byte offset (oxlint's spans). */
function positionOfByteOffset(text: string, byteOffset: number): { line: number; column: number } {
  const before = Buffer.from(text, 'utf8').subarray(0, byteOffset).toString('utf8');
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** Apply a unified diff as the CLI prints it (`--- a/<path>` / `+++ b/<path>` / hunks) to the files it names. */
function applyUnifiedDiff(diff: string, files: Record<string, string>, prefix: string): Record<string, string> {
  const out = { ...files };
  const lines = diff.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^--- a\/(.+)$/.exec(lines[i]!);
    if (!header || !lines[i + 1]?.startsWith('+++ b/')) continue;
    const name = header[1]!;
    expect(name.startsWith(prefix), `diff header ${name} is under ${prefix}`).toBe(true);
    const file = name.slice(prefix.length);
    const source = out[file]!.split('\n');
    const result: string[] = [];
    let cursor = 0;
    i += 2;
    while (i < lines.length && lines[i]!.startsWith('@@')) {
      const hunk = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(lines[i]!)!;
      const start = Number(hunk[1]) - 1;
      result.push(...source.slice(cursor, start));
      cursor = start;
      i++;
      for (; i < lines.length && /^[ +\-\\]/.test(lines[i]!) && !lines[i]!.startsWith('--- a/'); i++) {
        const line = lines[i]!;
        if (line.startsWith('\\')) continue;
        if (line.startsWith('+')) result.push(line.slice(1));
        else {
          expect(source[cursor], `context/removed line in ${file}`).toBe(line.slice(1));
          if (line.startsWith(' ')) result.push(line.slice(1));
          cursor++;
        }
      }
    }
    result.push(...source.slice(cursor));
    out[file] = result.join('\n');
    i--;
  }
  return out;
}

/** The CLI's summary rows (`  <label>  <number>`) after its title line. */
function summaryRows(stdout: string): Record<string, number> {
  const at = stdout.lastIndexOf('http-semantics-codemod summary\n');
  expect(at, 'summary printed').toBeGreaterThanOrEqual(0);
  const rows: Record<string, number> = {};
  for (const line of stdout.slice(at).split('\n').slice(1)) {
    const m = /^\s+(\S.*?)\s{2,}(\d+)$/.exec(line);
    if (m) rows[m[1]!.trim()] = Number(m[2]);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------------

let tmp: string;
let tarball: string;
let packedFiles: string[];
/** eslint 10, @typescript-eslint/parser 8, typescript 5.9, jscodeshift 17, oxlint 1, and the tarball. */
let project: string;
/** eslint 9, @typescript-eslint/parser 8, typescript 5.9, and the tarball. */
let project9: string;
let app: Record<string, string>;

const bin = (dir: string, name: string) => join(dir, 'node_modules', '.bin', name);

/**
 * `require` as seen from a module of the project. (A `require.resolve(id, { paths })` from this test
 * would find this checkout instead: Node resolves a package's own name from inside it first.)
 */
const requireFrom = (dir: string) => createRequire(join(dir, 'index.js'));

function copyApp(to: string): void {
  cpSync(join(EXAMPLES, 'src'), to, { recursive: true });
}

beforeAll(async () => {
  for (const built of ['dist/index.js', 'dist/codemods/all.js', 'dist/cli/main.js', 'dist/cli/worker-transform.js']) {
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: build first (npm run build; npm test does)`);
  }
  tmp = mkdtempSync(join(tmpdir(), 'http-semantics-e2e-'));

  const pack = await runExpecting(0, 'npm', ['pack', '--json', '--pack-destination', tmp], ROOT, 3 * MINUTE);
  const [info] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(tmp, info!.filename);
  packedFiles = info!.files.map((f) => f.path).sort();
  expect(existsSync(tarball)).toBe(true);

  project = join(tmp, 'project');
  project9 = join(tmp, 'project-eslint9');
  for (const [dir, name] of [
    [project, 'e2e-app'],
    [project9, 'e2e-app-eslint9'],
  ] as const) {
    mkdirSync(dir);
    // CommonJS like most server code (the Express files use require); the ESLint config is .mjs either way.
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, version: '1.0.0', private: true, type: 'commonjs' }, null, 2)}\n`);
    copyApp(join(dir, 'src'));
    cpSync(join(EXAMPLES, 'eslint.config.mjs'), join(dir, 'eslint.config.mjs'));
  }
  cpSync(join(EXAMPLES, '.oxlintrc.json'), join(project, '.oxlintrc.json'));

  const common = [tarball, '@typescript-eslint/parser@8', 'typescript@~5.9'];
  await Promise.all([
    npmInstall(project, [...common, 'eslint@10', 'jscodeshift@17', 'oxlint@1']),
    npmInstall(project9, [...common, 'eslint@9']),
  ]);
  app = readTree(join(EXAMPLES, 'src'));
}, 10 * MINUTE);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships the built plugin, codemods, CLI and docs, and no sources or tests', () => {
    for (const f of [
      'package.json',
      'README.md',
      'bin/http-semantics-codemod.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/codemods/all.js',
      'dist/cli/main.js',
      'dist/cli/worker-transform.js',
      ...RULE_IDS.flatMap((id) => [`dist/rules/${id}.js`, `dist/codemods/${id}.js`, `docs/rules/${id}.md`]),
    ]) {
      expect(packedFiles).toContain(f);
    }
    const stray = packedFiles.filter((f) => !/^(dist|docs|bin)\//.test(f) && !['package.json', 'README.md', 'LICENSE'].includes(f));
    expect(stray).toEqual([]);
    expect(packedFiles.filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('is what the projects resolve (from the tarball, not this checkout)', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    for (const dir of [project, project9]) {
      const pkgJson = requireFrom(dir).resolve('eslint-plugin-http-semantics/package.json');
      expect(pkgJson).toBe(join(dir, 'node_modules', 'eslint-plugin-http-semantics', 'package.json'));
      expect((JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version).toBe(version);
    }
  });
});

describe('eslint CLI with the recommended config', () => {
  it.each([
    ['eslint 10', () => project, /^10\./],
    ['eslint 9', () => project9, /^9\./],
  ])('%s reports exactly the expected findings, each with one suggestion', async (_name, dir, major) => {
    const cwd = dir();
    const version = await runExpecting(0, bin(cwd, 'eslint'), ['--version'], cwd);
    expect(version.stdout.trim().replace(/^v/, '')).toMatch(major);
    // Exit 1: lint errors found (2 would be a crash or a config error).
    const lint = await runExpecting(1, bin(cwd, 'eslint'), ['--format', 'json', 'src'], cwd);
    const findings = eslintFindings(lint.stdout, join(cwd, 'src'));
    expect(strip(findings)).toEqual(EXPECTED_FINDINGS);
    for (const f of findings) expect(f.suggestions, `${f.file}:${f.line} ${f.rule}`).toBe(1);
  }, 3 * MINUTE);
});

describe('codemods', () => {
  it('jscodeshift runs the `all` transform from the exports map, with no parser flags, and a second run changes nothing', async () => {
    const transform = requireFrom(project).resolve('eslint-plugin-http-semantics/codemods/all');
    expect(transform).toBe(join(project, 'node_modules', 'eslint-plugin-http-semantics', 'dist', 'codemods', 'all.js'));
    const copy = join(project, 'codemod-jscodeshift');
    copyApp(copy);
    const args = ['-t', transform, '--extensions=js,ts,tsx', '--fail-on-error', copy];

    const first = await runExpecting(0, bin(project, 'jscodeshift'), args, project);
    expect(first.stdout).toMatch(/^0 errors$/m);
    expect(first.stdout).toMatch(/^0 unmodified$/m);
    expect(first.stdout).toMatch(/^6 ok$/m);
    const fixed = readTree(copy);
    expect(fixed).toEqual(expectedFixedApp(app));

    const second = await runExpecting(0, bin(project, 'jscodeshift'), args, project);
    expect(second.stdout).toMatch(/^0 errors$/m);
    expect(second.stdout).toMatch(/^0 ok$/m);
    expect(readTree(copy)).toEqual(fixed);

    // The rules agree with the rewrite: eslint finds nothing left in it.
    const relint = await runExpecting(0, bin(project, 'eslint'), ['--format', 'json', 'codemod-jscodeshift'], project);
    expect(eslintFindings(relint.stdout, copy)).toEqual([]);
  }, 5 * MINUTE);

  it('http-semantics-codemod: --check, dry run and --write on a copy (not a git tree)', async () => {
    const cli = bin(project, 'http-semantics-codemod');
    const copy = join(project, 'codemod-cli');
    copyApp(copy);
    const expected = expectedFixedApp(app);

    const version = await runExpecting(0, cli, ['--version'], project);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);

    // --check: exit 1, per-rule counts, nothing written.
    const check = await runExpecting(1, cli, ['--check', 'codemod-cli'], project);
    expect(summaryRows(check.stdout)).toEqual({
      'files scanned': 6,
      'files to change': 6,
      ...Object.fromEntries(Object.entries(EXPECTED_EDITS).map(([id, n]) => [`edits: ${id}`, n])),
      'files skipped (unparsable)': 0,
    });
    expect(readTree(copy)).toEqual(app);

    // Dry run (the default): exit 0, a plain (non-TTY) unified diff that turns the app into the fix.
    const dry = await runExpecting(0, cli, ['codemod-cli'], project);
    expect(dry.stdout).not.toContain('\u001b[');
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    for (const file of Object.keys(expected)) {
      expect(dry.stdout).toContain(`--- a/codemod-cli/${file}\n+++ b/codemod-cli/${file}\n`);
    }
    expect(applyUnifiedDiff(dry.stdout, app, 'codemod-cli/')).toEqual(expected);
    expect(summaryRows(dry.stdout)['files to change']).toBe(6);
    expect(readTree(copy)).toEqual(app);

    // --write: exit 0, the same bytes as jscodeshift's run, and then nothing left to change.
    const write = await runExpecting(0, cli, ['--write', 'codemod-cli'], project);
    expect(write.stderr).not.toContain('refusing');
    expect(write.stdout.split('\n').filter((l) => l.startsWith('changed '))).toEqual(
      Object.keys(expected)
        .sort()
        .map((f) => `changed codemod-cli/${f}`),
    );
    expect(summaryRows(write.stdout)['files changed']).toBe(6);
    expect(readTree(copy)).toEqual(expected);

    const recheck = await runExpecting(0, cli, ['--check', 'codemod-cli'], project);
    expect(summaryRows(recheck.stdout)['files to change']).toBe(0);
  }, 5 * MINUTE);
});

describe('oxlint with the plugin as a JS plugin', () => {
  it('examples/.oxlintrc.json enables every rule of the recommended config', () => {
    const config = JSON.parse(readFileSync(join(EXAMPLES, '.oxlintrc.json'), 'utf8')) as { jsPlugins: string[]; rules: Record<string, string> };
    expect(config.jsPlugins).toEqual(['eslint-plugin-http-semantics']);
    const plugin = requireFrom(project)('eslint-plugin-http-semantics') as {
      configs: { recommended: { rules: Record<string, string> } };
    };
    expect(config.rules).toEqual(plugin.configs.recommended.rules);
    expect(Object.keys(config.rules).sort()).toEqual(RULE_IDS.map((id) => `http-semantics/${id}`));
  });

  it('reports the same findings as eslint, at the same start and end positions', async () => {
    const ox = await runExpecting(1, bin(project, 'oxlint'), ['--format', 'json', 'src'], project);
    const report = JSON.parse(ox.stdout) as {
      diagnostics: Array<{ code: string; message: string; filename: string; labels: Array<{ span: { offset: number; length: number; line: number; column: number } }> }>;
    };
    const appDir = join(project, 'src');
    const findings = sortFindings(
      report.diagnostics.map((d) => {
        const span = d.labels[0]!.span;
        const file = relative(appDir, resolve(project, d.filename)).split(sep).join('/');
        const text = readFileSync(join(appDir, file), 'utf8');
        const end = positionOfByteOffset(text, span.offset + span.length);
        return {
          file,
          line: span.line,
          column: span.column,
          rule: d.code.replace(/^http-semantics\((.+)\)$/, '$1'),
          message: d.message,
          endLine: end.line,
          endColumn: end.column,
          start: positionOfByteOffset(text, span.offset),
        };
      }),
    );
    for (const f of findings) expect(f.start, `${f.file}:${f.line} span offset agrees with its line/column`).toEqual({ line: f.line, column: f.column });
    expect(strip(findings)).toEqual(EXPECTED_FINDINGS);

    const lint = await runExpecting(1, bin(project, 'eslint'), ['--format', 'json', 'src'], project);
    const eslint = eslintFindings(lint.stdout, appDir);
    expect(findings.map(({ file, line, column, rule, endLine, endColumn }) => ({ file, line, column, rule, endLine, endColumn }))).toEqual(
      eslint.map(({ file, line, column, rule, endLine, endColumn }) => ({ file, line, column, rule, endLine, endColumn })),
    );
  }, 3 * MINUTE);

  it('applies the same edits as the codemod with --fix-suggestions', async () => {
    const copy = join(project, 'oxlint-fixed');
    copyApp(copy);
    const fix = await runExpecting(0, bin(project, 'oxlint'), ['--fix-suggestions', '--format', 'json', 'oxlint-fixed'], project);
    expect((JSON.parse(fix.stdout) as { diagnostics: unknown[] }).diagnostics).toEqual([]);
    expect(readTree(copy)).toEqual(expectedFixedApp(app));
  }, 3 * MINUTE);
});

describe('types', () => {
  it('a typed eslint.config.mts with defineConfig type-checks against the packed .d.ts files (skipLibCheck off)', async () => {
    const dir = join(project, 'typed-config');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'eslint.config.mts'),
      `import { defineConfig } from 'eslint/config';
import httpSemantics from 'eslint-plugin-http-semantics';
import tsParser from '@typescript-eslint/parser';

export default defineConfig([
  { files: ['**/*.{js,ts,tsx}'], languageOptions: { parser: tsParser } },
  httpSemantics.configs.recommended,
  { rules: { 'http-semantics/no-403-for-missing-route': ['error', { checkLookups: false }] } },
]);
`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false, types: [] },
        files: ['eslint.config.mts'],
      }),
    );
    await runExpecting(0, bin(project, 'tsc'), ['-p', join(dir, 'tsconfig.json')], project);
  }, 3 * MINUTE);
});
