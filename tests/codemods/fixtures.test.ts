/**
 * Every fixture: the codemod's output equals the `.output` file byte for byte, no-change cases stay
 * untouched, a second run changes nothing, and the rules have nothing left to fix on the output.
 */
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../../index';
import { RULE_IDS } from '../../core/model';
import { loadFixtures } from '../helpers/fixtures';
import { loadCodemod } from '../helpers/codemods';

const fixtures = loadFixtures();
const linter = new Linter();

function fixableFindings(text: string, filename: string, ruleIds: readonly string[]) {
  return linter
    .verify(
      text.replace(/^\uFEFF/, ''),
      [
        {
          files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
          languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
          plugins: { 'http-semantics': plugin },
          rules: Object.fromEntries(ruleIds.map((id) => [`http-semantics/${id}`, 'error'])),
        },
      ],
      filename,
    )
    .filter((m) => m.fatal || (m.suggestions?.length ?? 0) > 0);
}

describe.each(fixtures.map((f) => [`${f.ruleId}/${f.name}`, f] as const))('%s', (_name, fixture) => {
  it('rewrites to the expected bytes, a second run changes nothing, and nothing fixable is left', async () => {
    const transform = await loadCodemod(fixture.ruleId);
    const result = transform({ path: fixture.filename, source: fixture.input });
    if (fixture.output === undefined) {
      expect(result).toBeUndefined();
      return;
    }
    expect(result).toBe(fixture.output);
    expect(transform({ path: fixture.filename, source: result! })).toBeUndefined();
    const ruleIds = fixture.ruleId === 'all' ? RULE_IDS : [fixture.ruleId];
    expect(fixableFindings(result!, fixture.filename, ruleIds)).toEqual([]);
  });
});
