/** README's rule table and the rule doc headers are what eslint-doc-generator makes from the built plugin. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

it('eslint-doc-generator --check finds nothing to change', () => {
  const bin = join(root, 'node_modules', 'eslint-doc-generator', 'dist', 'bin', 'eslint-doc-generator.js');
  expect(() => execFileSync(process.execPath, [bin, '--check'], { cwd: root, stdio: 'pipe', encoding: 'utf8' })).not.toThrow();
});
