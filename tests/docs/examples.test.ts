/**
 * The examples in docs/rules/<id>.md are linted, and the fixes they show are what the tool writes.
 *
 * An example is a fenced code block whose first line is a marker comment:
 *
 *   // ❌ <file name>         the page's rule reports this module
 *   // ✅ <file name>         the page's rule leaves this module alone
 *   // ✅ <file name> (fix)   the fix of the ❌ block right before it: the page's codemod, run on that
 *                             ❌ block (marker line included), writes exactly this block with its marker
 *                             changed back to `// ❌ <file name>`; so do the rule's suggestions
 *
 * The file name is the path the block is linted and transformed under (some frameworks are detected from
 * the path, e.g. `app/api/items/route.ts`), so a fix block names the same file as its ❌ block. Every
 * example is a whole module that parses on its own. Blocks without a marker (options, shell commands) are
 * not examples.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../../index';
import { loadCodemod } from '../helpers/codemods';

const DOCS_DIR = join(__dirname, '..', '..', 'docs', 'rules');
const FENCE = /^```[^\n]*\n([\s\S]*?)^```[ \t]*$/gm;
const MARKER = /^\/\/ (❌|✅) (\S+)( \(fix\))?$/;

interface Example {
  kind: 'bad' | 'good' | 'fix';
  fileName: string;
  /** The whole block, marker line included, with its final newline. */
  code: string;
  line: number;
}

interface Page {
  ruleId: string;
  examples: Example[];
  /** Fix blocks with the ❌ block right before them. */
  pairs: Array<{ bad: Example; fix: Example }>;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function parsePage(ruleId: string, text: string): Page {
  const examples: Example[] = [];
  for (const match of text.matchAll(FENCE)) {
    const code = match[1]!;
    const firstLine = code.slice(0, code.indexOf('\n'));
    const line = lineOf(text, match.index);
    if (!/^\/\/ (❌|✅)/.test(firstLine)) continue;
    const marker = MARKER.exec(firstLine);
    if (!marker) throw new Error(`docs/rules/${ruleId}.md:${line}: malformed marker \`${firstLine}\` (expected \`// ❌ <file>\`, \`// ✅ <file>\` or \`// ✅ <file> (fix)\`)`);
    if (marker[1] === '❌' && marker[3]) throw new Error(`docs/rules/${ruleId}.md:${line}: only a ✅ block can be a (fix)`);
    examples.push({ kind: marker[1] === '❌' ? 'bad' : marker[3] ? 'fix' : 'good', fileName: marker[2]!, code, line });
  }
  if (!examples.some((e) => e.kind === 'bad')) throw new Error(`docs/rules/${ruleId}.md has no ❌ example`);
  const pairs = examples.flatMap((fix, i) => {
    if (fix.kind !== 'fix') return [];
    const bad = examples[i - 1];
    if (bad?.kind !== 'bad') throw new Error(`docs/rules/${ruleId}.md:${fix.line}: a (fix) block must follow a ❌ block`);
    if (bad.fileName !== fix.fileName) throw new Error(`docs/rules/${ruleId}.md:${fix.line}: the (fix) block names ${fix.fileName}, its ❌ block ${bad.fileName}`);
    return [{ bad, fix }];
  });
  return { ruleId, examples, pairs };
}

const pages: Page[] = readdirSync(DOCS_DIR)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => {
    const ruleId = f.slice(0, -'.md'.length);
    return parsePage(ruleId, readFileSync(join(DOCS_DIR, f), 'utf8'));
  });

const linter = new Linter();

function lint(ruleId: string, example: Example): Linter.LintMessage[] {
  const messages = linter.verify(
    example.code,
    [
      {
        files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
        languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { 'http-semantics': plugin },
        rules: { [`http-semantics/${ruleId}`]: 'error' },
      },
    ],
    example.fileName,
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${example.fileName} does not parse: ${fatal.message} (line ${fatal.line})`);
  return messages.filter((m) => m.ruleId === `http-semantics/${ruleId}`);
}

/** The fix block with its marker turned back into the ❌ marker of the block it fixes. */
function expectedFix(fix: Example): string {
  return fix.code.replace(/^[^\n]*/, `// ❌ ${fix.fileName}`);
}

/** Each message's first suggestion, applied in one pass; one that overlaps an earlier one is left out. */
function applySuggestions(text: string, messages: Linter.LintMessage[]): string {
  const fixes = messages.flatMap((m) => (m.suggestions?.[0] ? [m.suggestions[0].fix] : [])).sort((a, b) => a.range[0] - b.range[0]);
  let out = '';
  let pos = 0;
  for (const fix of fixes) {
    if (fix.range[0] < pos) continue;
    out += text.slice(pos, fix.range[0]) + fix.text;
    pos = fix.range[1];
  }
  return out + text.slice(pos);
}

function title(example: Example): string {
  const mark = example.kind === 'bad' ? '❌' : example.kind === 'fix' ? '✅ (fix)' : '✅';
  return `line ${example.line}: ${mark} ${example.fileName}`;
}

it('every rule has a page of examples', () => {
  expect(pages.map((p) => p.ruleId)).toEqual(Object.keys(plugin.rules).sort());
});

describe.each(pages.map((p) => [p.ruleId, p] as const))('docs/rules/%s.md', (ruleId, page) => {
  it.each(page.examples.map((e) => [title(e), e] as const))('%s', (_title, example) => {
    const messages = lint(ruleId, example);
    if (example.kind === 'bad') expect(messages.length, 'the rule reports this example').toBeGreaterThan(0);
    else expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
  });

  if (page.pairs.length > 0) {
    it.each(page.pairs.map((p) => [title(p.fix), p] as const))('%s is the codemod output', async (_title, { bad, fix }) => {
      const transform = await loadCodemod(ruleId);
      const output = transform({ path: bad.fileName, source: bad.code });
      expect(output).toBe(expectedFix(fix));
    });

    it.each(page.pairs.map((p) => [title(p.fix), p] as const))('%s is what the suggestions write', (_title, { bad, fix }) => {
      expect(applySuggestions(bad.code, lint(ruleId, bad))).toBe(expectedFix(fix));
    });
  }
});
