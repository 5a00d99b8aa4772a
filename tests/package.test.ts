/**
 * Package consistency: every rule id is a rule, a codemod, a doc page and a fixture folder, and the
 * plugin object, configs and rule metadata follow ESLint 10's conventions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import plugin from '../index';
import { RULE_IDS } from '../core/model';
import { codemodIds } from './helpers/codemods';

const root = join(__dirname, '..');
const ruleIds = Object.keys(plugin.rules).sort();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

describe('package consistency', () => {
  it('exports exactly the rule ids the core knows', () => {
    expect(ruleIds).toEqual([...RULE_IDS].sort());
  });

  it('has plugin meta with name, version and namespace from package.json', () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'http-semantics' });
  });

  it('has a codemod for every rule and no codemod without a rule (besides `all`)', () => {
    expect(codemodIds().filter((id) => id !== 'all')).toEqual(ruleIds);
  });

  it.each(ruleIds)('%s has a rule file, a doc page and fixtures', (id) => {
    expect(existsSync(join(root, 'rules', `${id}.ts`))).toBe(true);
    expect(existsSync(join(root, 'docs', 'rules', `${id}.md`))).toBe(true);
    expect(readdirSync(join(root, 'tests', 'fixtures', id)).some((f) => f.includes('.input.'))).toBe(true);
  });

  it.each(ruleIds)('%s has ESLint 10 rule metadata', (id) => {
    const rule = plugin.rules[id as keyof typeof plugin.rules];
    expect(rule.meta.hasSuggestions).toBe(true);
    expect(rule.meta.docs?.description).toMatch(/^[A-Z][^.]*[^.]$/);
    expect(rule.meta.docs?.url).toContain(`docs/rules/${id}.md`);
    expect(Array.isArray(rule.meta.defaultOptions)).toBe(true);
    for (const message of Object.values(rule.meta.messages ?? {})) expect(message).toMatch(/^[`A-Z0-9].*\.$/);
  });

  it('recommended config registers the plugin and turns every rule on as an error', () => {
    const config = plugin.configs.recommended;
    expect(config.plugins?.['http-semantics']).toBe(plugin);
    expect(config.rules).toEqual(Object.fromEntries(ruleIds.map((id) => [`http-semantics/${id}`, 'error'])));
  });
});
