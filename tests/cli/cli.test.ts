/**
 * The migration CLI, run in-process on temporary copies (it drives jscodeshift's runner on the built
 * worker transform in dist/, which `npm test` builds first).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, main, parseArgs, type Io } from '../../cli/main';

const EXPRESS_405 = `const express = require('express');
const app = express();
app.get('/a', list);
app.all('/a', (req, res) => res.status(405).end());
`;
const FIXED_405 = EXPRESS_405.replace("res.status(405).end()", "res.status(405).set('Allow', 'GET, HEAD').end()");

function capture(cwd: string): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => (out += t), err: (t) => (err += t), isTTY: false, cwd, stdout: () => out, stderr: () => err };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hs-cli-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'app.js'), EXPRESS_405);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('arguments', () => {
  it.each([
    [['--rules', 'nope'], "unknown rule id 'nope'"],
    [['--write', '--check'], '--write and --check cannot be used together'],
    [['--force'], '--force only makes sense with --write'],
    [['--frobnicate'], "unknown option '--frobnicate'"],
    [['--workers', '0'], '--workers takes a whole number'],
    [['--rules'], '--rules needs a value'],
  ])('%j is a one-line usage error with exit 2', async (argv, message) => {
    const io = capture(dir);
    expect(await main(argv, io)).toBe(EXIT.usage);
    expect(io.stderr()).toContain(message);
    expect(io.stderr().trim().split('\n')).toHaveLength(1);
  });

  it('defaults to a dry run of every rule over the current folder', () => {
    expect(parseArgs([], {}, false)).toMatchObject({ paths: ['.'], mode: 'dry', rules: expect.arrayContaining(['require-allow-header']) });
    expect(parseArgs(['--rules=require-allow-header', 'src'], {}, false)).toMatchObject({ paths: ['src'], rules: ['require-allow-header'] });
  });
});

describe('runs', () => {
  it('dry run prints a unified diff and a summary, and writes nothing', async () => {
    const io = capture(dir);
    expect(await main(['src'], io)).toBe(EXIT.ok);
    expect(io.stdout()).toContain("-app.all('/a', (req, res) => res.status(405).end());");
    expect(io.stdout()).toContain("+app.all('/a', (req, res) => res.status(405).set('Allow', 'GET, HEAD').end());");
    expect(io.stdout()).toMatch(/files scanned\s+1\n/);
    expect(io.stdout()).toMatch(/edits: require-allow-header\s+1\n/);
    expect(readFileSync(join(dir, 'src', 'app.js'), 'utf8')).toBe(EXPRESS_405);
  });

  it('--check exits 1 when a file would change, 0 once it is fixed by --write', async () => {
    expect(await main(['--check', 'src'], capture(dir))).toBe(EXIT.changesFound);
    expect(await main(['--write', 'src'], capture(dir))).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'src', 'app.js'), 'utf8')).toBe(FIXED_405);
    expect(await main(['--check', 'src'], capture(dir))).toBe(EXIT.ok);
  });

  it('lists an unparsable file in the summary, leaves it untouched and goes on with the rest', async () => {
    writeFileSync(join(dir, 'src', 'broken.js'), 'res.status(405) = ;\n');
    const io = capture(dir);
    expect(await main(['--write', 'src'], io)).toBe(EXIT.ok);
    expect(io.stdout()).toMatch(/files skipped \(unparsable\)\s+1\n/);
    expect(io.stdout()).toContain('skipped src/broken.js: cannot parse, file left unchanged');
    expect(readFileSync(join(dir, 'src', 'broken.js'), 'utf8')).toBe('res.status(405) = ;\n');
    expect(readFileSync(join(dir, 'src', 'app.js'), 'utf8')).toBe(FIXED_405);
  });

  it('skips node_modules and build output, and does not follow symlinks', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'hs-outside-'));
    try {
      writeFileSync(join(outside, 'other.js'), EXPRESS_405);
      symlinkSync(outside, join(dir, 'src', 'linked'));
      for (const d of ['node_modules', 'dist']) {
        mkdirSync(join(dir, 'src', d));
        writeFileSync(join(dir, 'src', d, 'dep.js'), EXPRESS_405);
      }
      const io = capture(dir);
      expect(await main(['--write', 'src'], io)).toBe(EXIT.ok);
      expect(io.stdout()).toMatch(/files scanned\s+1\n/);
      expect(readFileSync(join(outside, 'other.js'), 'utf8')).toBe(EXPRESS_405);
      expect(readFileSync(join(dir, 'src', 'node_modules', 'dep.js'), 'utf8')).toBe(EXPRESS_405);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses to write into a git tree with uncommitted changes unless --force', async () => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'init');
    writeFileSync(join(dir, 'src', 'new.js'), '// uncommitted\n');
    const io = capture(dir);
    expect(await main(['--write', 'src'], io)).toBe(EXIT.usage);
    expect(io.stderr()).toContain('refusing to write');
    expect(readFileSync(join(dir, 'src', 'app.js'), 'utf8')).toBe(EXPRESS_405);
    expect(await main(['--write', '--force', 'src'], capture(dir))).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'src', 'app.js'), 'utf8')).toBe(FIXED_405);
  });

  it('refuses to write a modified file given directly, even without an extension', async () => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'ignore' });
    writeFileSync(join(dir, 'src', 'server'), EXPRESS_405);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'init');
    writeFileSync(join(dir, 'src', 'server'), `${EXPRESS_405}// edited\n`);
    const io = capture(dir);
    expect(await main(['--write', 'src/server'], io)).toBe(EXIT.usage);
    expect(io.stderr()).toContain('refusing to write');
    expect(readFileSync(join(dir, 'src', 'server'), 'utf8')).toBe(`${EXPRESS_405}// edited\n`);
  });
});
