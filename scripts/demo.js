#!/usr/bin/env node
/**
 * The main job on the bundled example app: lint examples/ with the real `eslint` CLI through the plugin,
 * then run the real `jscodeshift` CLI with the codemod on a copy and show the diff. examples/ is not changed.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { cpSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });

console.log('\n== eslint examples/ (ESLint CLI, plugin config in examples/eslint.config.mjs) ==\n');
const lint = run(bin('eslint'), ['--config', 'examples/eslint.config.mjs', 'examples/src']);
if (lint.status !== 1) {
  console.error(`expected eslint to report the example's mistakes (exit 1), got exit ${lint.status}`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'http-semantics-demo-'));
try {
  cpSync(join(root, 'examples', 'src'), join(work, 'src'), { recursive: true });
  console.log('\n== jscodeshift -t codemods/all (on a copy of examples/src) ==\n');
  const codemod = run(bin('jscodeshift'), ['-t', join(root, 'dist', 'codemods', 'all.js'), '--extensions=js,ts,tsx', '--silent', join(work, 'src')]);
  if (codemod.status !== 0) process.exit(codemod.status ?? 1);
  console.log('\n== what the codemod changed ==\n');
  run('git', ['--no-pager', 'diff', '--no-index', '--color=always', join(root, 'examples', 'src'), join(work, 'src')]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
