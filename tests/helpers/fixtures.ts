/**
 * Fixture discovery (never a hand-kept list): tests/fixtures/<rule-id>/(any depth)/<case>.input.<ext> with
 * <case>.output.<ext> beside it; `no-change-*` cases have no output file and must stay untouched.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

export interface Fixture {
  ruleId: string;
  /** Path relative to the rule's fixture folder, e.g. `pages/api/users.input.ts`. */
  name: string;
  inputPath: string;
  input: string;
  /** Expected output, or undefined for `no-change-*` cases. */
  output: string | undefined;
  /** File name the case is analysed under (the input path without `.input`). */
  filename: string;
}

function walkFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...walkFiles(full));
    else out.push(full);
  }
  return out.sort();
}

export function loadFixtures(ruleId?: string): Fixture[] {
  const ids = ruleId ? [ruleId] : readdirSync(FIXTURES_DIR).filter((d) => statSync(join(FIXTURES_DIR, d)).isDirectory());
  const out: Fixture[] = [];
  for (const id of ids) {
    const root = join(FIXTURES_DIR, id);
    for (const file of walkFiles(root)) {
      const match = /^(.*)\.input(\.[a-z]+)$/.exec(file);
      if (!match) continue;
      const outputPath = `${match[1]}.output${match[2]}`;
      const noChange = /(^|\/)no-change-[^/]*$/.test(match[1]!);
      if (!noChange && !existsSync(outputPath)) throw new Error(`fixture ${file} has no output file ${outputPath}`);
      if (noChange && existsSync(outputPath)) throw new Error(`no-change fixture ${file} must not have an output file`);
      out.push({
        ruleId: id,
        name: relative(root, file),
        inputPath: file,
        input: readFileSync(file, 'utf8'),
        output: noChange ? undefined : readFileSync(outputPath, 'utf8'),
        filename: `${relative(root, match[1]!)}${match[2]}`,
      });
    }
  }
  return out;
}
