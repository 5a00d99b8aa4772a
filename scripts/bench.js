#!/usr/bin/env node
/**
 * npm run bench: speed and memory of the rules and the codemod on a generated codebase, as ratios measured
 * in one run (runs are interleaved A B A B … and medians compared, because these machines are shared).
 *
 *   (a) eslint CLI with the parser and no rules  vs  the same plus the four rules
 *   (b) per-rule time from ESLint's TIMING output
 *   (c) jscodeshift CLI with codemods/all  vs  a transform that only parses each file with the same parser,
 *       both also net of a no-op transform (jscodeshift's own cost: workers, reading files, messages)
 *   (d) peak memory of an in-band codemod run on half the files vs all of them
 *
 * Options: --files N (default 3000), --rounds N (default 3).
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { mkdirSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { generate } = require('./bench-corpus');

const root = join(__dirname, '..');
const work = join(root, '.bench');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FILES = arg('files', 3000);
const ROUNDS = arg('rounds', 3);

function setup() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  generate(join(work, 'full'), FILES);
  generate(join(work, 'half'), Math.floor(FILES / 2));
  const base = `import tsParser from '@typescript-eslint/parser';
export const base = { files: ['**/*.{js,ts,tsx}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } };
`;
  writeFileSync(join(work, 'base.mjs'), base);
  writeFileSync(join(work, 'eslint.none.config.mjs'), "import { base } from './base.mjs';\nexport default [base];\n");
  // One rule that does nothing: what ESLint itself costs once any rule is on (it then traverses every file).
  writeFileSync(
    join(work, 'eslint.empty.config.mjs'),
    "import { base } from './base.mjs';\nconst empty = { rules: { empty: { meta: { schema: [] }, create: () => ({ Program() {} }) } } };\nexport default [base, { plugins: { bench: empty }, rules: { 'bench/empty': 'error' } }];\n",
  );
  writeFileSync(
    join(work, 'eslint.rules.config.mjs'),
    "import { base } from './base.mjs';\nimport plugin from 'eslint-plugin-http-semantics';\nexport default [base, plugin.configs.recommended];\n",
  );
  writeFileSync(
    join(work, 'parse-only.js'),
    `const { parseSource } = require(${JSON.stringify(join(root, 'dist', 'codemods', 'parser.js'))});
module.exports = (file) => { parseSource(file.source.replace(/^\\uFEFF/, ''), file.path); return undefined; };
`,
  );
  writeFileSync(join(work, 'noop.js'), 'module.exports = () => undefined;\n');
  writeFileSync(
    join(work, 'memory.js'),
    `const { run } = require(${JSON.stringify(join(root, 'node_modules', 'jscodeshift', 'src', 'Runner.js'))});
run(process.argv[2], [process.argv[3]], { dry: true, silent: true, babel: false, runInBand: true, extensions: 'js,ts,tsx' })
  .then(() => console.log(JSON.stringify({ maxRSSkB: process.resourceUsage().maxRSS })));
`,
  );
}

function timed(cmd, args, env = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return { seconds, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const eslint = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
const jscodeshift = join(root, 'node_modules', 'jscodeshift', 'bin', 'jscodeshift.js');
const corpus = join(work, 'full');

function lint(config, env) {
  return timed(process.execPath, [eslint, '--no-warn-ignored', '--config', join(work, config), corpus], env);
}

function codemod(transform) {
  return timed(process.execPath, [jscodeshift, '--dry', '--silent', '--no-babel', '--extensions=js,ts,tsx', '-t', transform, corpus]);
}

function main() {
  setup();
  const lintNone = [];
  const lintEmpty = [];
  const lintRules = [];
  const parseOnly = [];
  const all = [];
  const noop = [];
  for (let i = 0; i < ROUNDS; i++) {
    lintNone.push(lint('eslint.none.config.mjs').seconds);
    lintEmpty.push(lint('eslint.empty.config.mjs').seconds);
    lintRules.push(lint('eslint.rules.config.mjs').seconds);
    parseOnly.push(codemod(join(work, 'parse-only.js')).seconds);
    all.push(codemod(join(root, 'dist', 'codemods', 'all.js')).seconds);
    noop.push(codemod(join(work, 'noop.js')).seconds);
  }
  const timing = lint('eslint.rules.config.mjs', { TIMING: 'all' }).stdout;
  const perRule = timing
    .split('\n')
    .map((l) => l.split('|').map((c) => c.trim()))
    .filter((cells) => cells.length === 3 && cells[0].startsWith('http-semantics/'))
    .map(([rule, ms, rel]) => ({ rule, ms, rel }));
  const memory = (dir) => JSON.parse(timed(process.execPath, [join(work, 'memory.js'), join(root, 'dist', 'codemods', 'all.js'), join(work, dir)]).stdout).maxRSSkB / 1024;
  const memHalf = memory('half');
  const memFull = memory('full');

  const a = median(lintRules) / median(lintNone) - 1;
  const aEmpty = median(lintRules) / median(lintEmpty) - 1;
  const ruleMs = perRule.reduce((sum, p) => sum + Number(p.ms), 0);
  const c = median(all) / median(parseOnly);
  const cNet = (median(all) - median(noop)) / (median(parseOnly) - median(noop));
  const rows = [
    ['files', String(FILES), `${Math.floor(FILES / 2)} for the memory baseline`],
    ['(a) eslint, parser only', `${median(lintNone).toFixed(2)} s`, `median of ${ROUNDS}`],
    ['(a) eslint, parser + one empty rule', `${median(lintEmpty).toFixed(2)} s`, "ESLint's own traversal once any rule is on"],
    ['(a) eslint, parser + 4 rules', `${median(lintRules).toFixed(2)} s`, `${(a * 100).toFixed(1)}% over parser only, ${(aEmpty * 100).toFixed(1)}% over the empty rule (target ≤ 2%)`],
    ['(a) time inside the 4 rules (TIMING)', `${ruleMs.toFixed(0)} ms`, `${((ruleMs / 1000 / median(lintRules)) * 100).toFixed(1)}% of the lint run`],
    ...perRule.map((p) => [`(b) ${p.rule}`, `${p.ms} ms`, `${p.rel} of rule time`]),
    ['(c) jscodeshift, parse-only transform', `${median(parseOnly).toFixed(2)} s`, `median of ${ROUNDS}`],
    ['(c) jscodeshift, codemods/all', `${median(all).toFixed(2)} s`, `${c.toFixed(2)}x the parse-only transform (target ≤ 0.3x)`],
    ['(c) jscodeshift, no-op transform', `${median(noop).toFixed(2)} s`, `jscodeshift's own cost`],
    ['(c) codemods/all net of the no-op', `${(median(all) - median(noop)).toFixed(2)} s`, `${cNet.toFixed(2)}x the parse-only transform net of the no-op`],
    ['(d) peak RSS, codemods/all in band, half the files', `${memHalf.toFixed(0)} MB`, ''],
    ['(d) peak RSS, codemods/all in band, all files', `${memFull.toFixed(0)} MB`, `${(memFull / memHalf).toFixed(2)}x the half run`],
  ];
  console.log('\n| measure | value | note |\n| --- | --- | --- |');
  for (const [k, v, n] of rows) console.log(`| ${k} | ${v} | ${n} |`);
  console.log(`\nnode ${process.version}, ${require('node:os').cpus().length} CPUs; reproduce with \`npm run bench\`.`);
}

main();
