/**
 * Runs every rule test on ESLint 10 (primary) and ESLint 9 (through the `eslint-v9` npm alias), with
 * @typescript-eslint/parser, so both supported majors see the same cases.
 */
import { RuleTester as RuleTester10, type Rule } from 'eslint';
import { RuleTester as RuleTester9 } from 'eslint-v9';
import tsParser from '@typescript-eslint/parser';

export interface InvalidCase {
  code: string;
  filename?: string;
  name?: string;
  errors: Array<{
    messageId: string;
    line: number;
    column: number;
    data?: Record<string, string>;
    suggestions: Array<{ messageId: string; output: string; data?: Record<string, string> }>;
  }>;
}

export interface ValidCase {
  code: string;
  filename?: string;
  name?: string;
}

export interface Cases {
  valid: Array<ValidCase | string>;
  invalid: InvalidCase[];
}

const DEFAULT_FILENAME = 'src/server.ts';

function withDefaults<T extends { filename?: string }>(c: T | string): T {
  const test = (typeof c === 'string' ? { code: c } : c) as T;
  return { ...test, filename: test.filename ?? DEFAULT_FILENAME };
}

export function runRuleTests(name: string, rule: Rule.RuleModule, cases: Cases): void {
  const config = { languageOptions: { parser: tsParser, ecmaVersion: 'latest' as const, sourceType: 'module' as const } };
  const valid = cases.valid.map((c) => withDefaults<ValidCase>(c));
  const invalid = cases.invalid.map((c) => withDefaults<InvalidCase>(c));
  describe('eslint 10', () => {
    new RuleTester10(config).run(name, rule, { valid, invalid });
  });
  describe('eslint 9', () => {
    new RuleTester9(config as never).run(name, rule as never, { valid, invalid } as never);
  });
}
