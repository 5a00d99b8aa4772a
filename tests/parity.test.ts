/**
 * Parity: for every fixture, applying the rule's suggestions through ESLint gives the same bytes as the
 * codemod (and as the `.output` file). Suggestions are applied as ESLint hands them out.
 */
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../index';
import { loadFixtures } from './helpers/fixtures';
import { loadCodemod } from './helpers/codemods';

function applySuggestions(text: string, filename: string, ruleId: string): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const linter = new Linter();
  const messages = linter.verify(
    body,
    [
      {
        files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
        languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { 'http-semantics': plugin },
        rules: { [`http-semantics/${ruleId}`]: 'error' },
      },
    ],
    filename,
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`ESLint could not parse ${filename}: ${fatal.message}`);
  const fixes = messages.flatMap((m) => (m.suggestions?.[0] ? [m.suggestions[0].fix] : []));
  fixes.sort((a, b) => b.range[0] - a.range[0]);
  let out = body;
  let limit = Infinity;
  for (const fix of fixes) {
    if (fix.range[1] > limit) continue; // overlapping suggestion: the codemod leaves it for a second run too
    out = out.slice(0, fix.range[0]) + fix.text + out.slice(fix.range[1]);
    limit = fix.range[0];
  }
  return bom + out;
}

describe.each(loadFixtures().map((f) => [`${f.ruleId}/${f.name}`, f] as const))('%s', (_name, fixture) => {
  it('rule suggestions and codemod give the same bytes', async () => {
    const transform = await loadCodemod(fixture.ruleId);
    const viaCodemod = transform({ path: fixture.filename, source: fixture.input }) ?? fixture.input;
    const viaRule = applySuggestions(fixture.input, fixture.filename, fixture.ruleId);
    expect(viaRule).toBe(viaCodemod);
    expect(viaRule).toBe(fixture.output ?? fixture.input);
  });
});
