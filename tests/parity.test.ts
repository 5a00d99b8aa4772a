/**
 * Parity: for every fixture, applying the rule's suggestions through ESLint gives the same bytes as the
 * codemod (and as the `.output` file). Suggestions are applied as ESLint hands them out; like ESLint's own
 * fix loop, overlapping ones wait for the next pass over the re-linted text.
 */
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../index';
import { RULE_IDS } from '../core/model';
import { loadFixtures } from './helpers/fixtures';
import { loadCodemod } from './helpers/codemods';

const MAX_PASSES = 10;

function suggestionPass(linter: Linter, text: string, filename: string, ruleIds: readonly string[]): string | undefined {
  const messages = linter.verify(
    text,
    [
      {
        files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
        languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { 'http-semantics': plugin },
        rules: Object.fromEntries(ruleIds.map((id) => [`http-semantics/${id}`, 'error'])),
      },
    ],
    filename,
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`ESLint could not parse ${filename}: ${fatal.message}`);
  const fixes = messages.flatMap((m) => (m.suggestions?.[0] ? [m.suggestions[0].fix] : []));
  if (fixes.length === 0) return undefined;
  fixes.sort((a, b) => a.range[0] - b.range[0]);
  let out = '';
  let pos = 0;
  for (const fix of fixes) {
    if (fix.range[0] < pos) continue;
    out += text.slice(pos, fix.range[0]) + fix.text;
    pos = fix.range[1];
  }
  return out + text.slice(pos);
}

export function applySuggestions(text: string, filename: string, ruleIds: readonly string[]): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  let body = bom ? text.slice(1) : text;
  const linter = new Linter();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = suggestionPass(linter, body, filename, ruleIds);
    if (next === undefined || next === body) break;
    body = next;
  }
  return bom + body;
}

describe.each(loadFixtures().map((f) => [`${f.ruleId}/${f.name}`, f] as const))('%s', (_name, fixture) => {
  it('rule suggestions and codemod give the same bytes', async () => {
    const transform = await loadCodemod(fixture.ruleId);
    const ruleIds = fixture.ruleId === 'all' ? RULE_IDS : [fixture.ruleId];
    const viaCodemod = transform({ path: fixture.filename, source: fixture.input }) ?? fixture.input;
    const viaRule = applySuggestions(fixture.input, fixture.filename, ruleIds);
    expect(viaRule).toBe(viaCodemod);
    expect(viaRule).toBe(fixture.output ?? fixture.input);
  });
});
