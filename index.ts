/**
 * eslint-plugin-http-semantics: the plugin object (meta, rules, flat configs).
 */
import type { ESLint, Linter } from 'eslint';
import no403ForMissingRoute from './rules/no-403-for-missing-route';
import no403ForUnsupportedMethod from './rules/no-403-for-unsupported-method';
import no501ForUnsupportedMethod from './rules/no-501-for-unsupported-method';
import requireAllowHeader from './rules/require-allow-header';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** package.json sits next to index.ts in the sources and one level above dist/index.js when built. */
function readPackage(): { name: string; version: string } {
  for (const candidate of [join(__dirname, 'package.json'), join(__dirname, '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name: string; version: string };
      if (pkg.name === 'eslint-plugin-http-semantics') return pkg;
    } catch {
      // try the next location
    }
  }
  throw new Error('eslint-plugin-http-semantics: package.json not found');
}

const { name, version } = readPackage();

const rules = {
  'require-allow-header': requireAllowHeader,
  'no-403-for-missing-route': no403ForMissingRoute,
  'no-501-for-unsupported-method': no501ForUnsupportedMethod,
  'no-403-for-unsupported-method': no403ForUnsupportedMethod,
};

const plugin = {
  meta: { name, version, namespace: 'http-semantics' },
  rules,
  configs: {} as { recommended: Linter.Config },
} satisfies ESLint.Plugin;

plugin.configs.recommended = {
  name: 'http-semantics/recommended',
  plugins: { 'http-semantics': plugin as unknown as ESLint.Plugin },
  rules: Object.fromEntries(Object.keys(rules).map((id) => [`http-semantics/${id}`, 'error'])) as Linter.RulesRecord,
};

export = plugin;
