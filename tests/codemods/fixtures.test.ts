/** Every fixture: the codemod's output equals the `.output` file byte for byte; no-change cases stay untouched. */
import { loadFixtures } from '../helpers/fixtures';
import { loadCodemod } from '../helpers/codemods';

const fixtures = loadFixtures();

describe.each(fixtures.map((f) => [`${f.ruleId}/${f.name}`, f] as const))('%s', (_name, fixture) => {
  it('rewrites to the expected bytes, and a second run changes nothing', async () => {
    const transform = await loadCodemod(fixture.ruleId);
    const result = transform({ path: fixture.filename, source: fixture.input });
    if (fixture.output === undefined) {
      expect(result).toBeUndefined();
      return;
    }
    expect(result).toBe(fixture.output);
    expect(transform({ path: fixture.filename, source: result! })).toBeUndefined();
  });
});
