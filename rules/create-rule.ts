/**
 * The one way rules are built: a thin ESLint host over the shared core. Each rule reports the core's
 * findings for its id, with the fix as a suggestion (a status or header change alters runtime behaviour).
 */
import type { Rule } from 'eslint';
import type { JSONSchema4 } from 'json-schema';
import type { TSESTree } from '@typescript-eslint/types';
import { analyzeProgram } from '../core/analyze';
import { mayHaveFindings } from '../core/prefilter';
import type { Finding, RuleId } from '../core/model';

export const DOCS_BASE = 'https://github.com/http-semantics/eslint-plugin-http-semantics/blob/main/docs/rules/';

export interface RuleSpec<MessageIds extends string, Options extends Record<string, unknown>> {
  id: RuleId;
  description: string;
  /** Report messages and suggestion descriptions (suggestion ids are verbs). */
  messages: Record<MessageIds, string>;
  recommended: boolean;
  /** Properties of the single options object, each with a description and a default. */
  options?: { [K in keyof Options]: JSONSchema4 & { description: string; default: Options[K] } };
  /** Drop findings that the options turn off. */
  keep?: (finding: Finding, options: Options) => boolean;
}

/** The prefilter's answer, computed once per file for the four rules. */
const candidates = new WeakMap<object, boolean>();
function candidate(sourceCode: { text: string }): boolean {
  let answer = candidates.get(sourceCode);
  if (answer === undefined) candidates.set(sourceCode, (answer = mayHaveFindings(sourceCode.text)));
  return answer;
}

export type HttpSemanticsRule = Rule.RuleModule & { meta: Rule.RuleMetaData & { defaultOptions: unknown[] } };

export function createRule<MessageIds extends string, Options extends Record<string, unknown> = Record<string, never>>(
  spec: RuleSpec<MessageIds, Options>,
): HttpSemanticsRule {
  const properties = spec.options ?? {};
  const defaults = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, (v as { default: unknown }).default]));
  const hasOptions = Object.keys(properties).length > 0;
  return {
    meta: {
      type: 'problem',
      docs: { description: spec.description, recommended: spec.recommended, url: `${DOCS_BASE}${spec.id}.md` },
      hasSuggestions: true,
      schema: hasOptions ? [{ type: 'object', properties: properties as Record<string, JSONSchema4>, additionalProperties: false }] : [],
      defaultOptions: hasOptions ? [defaults] : [],
      messages: spec.messages,
    },
    create(context) {
      const sourceCode = context.sourceCode;
      const options = { ...defaults, ...(context.options[0] as Partial<Options> | undefined) } as Options;
      if (!candidate(sourceCode)) return {};
      return {
        Program(node) {
          const program = node as unknown as TSESTree.Program;
          const { findings } = analyzeProgram(program, sourceCode.text, context.filename);
          for (const finding of findings) {
            if (finding.ruleId !== spec.id || (spec.keep && !spec.keep(finding, options))) continue;
            const fix = finding.fix;
            context.report({
              node: finding.node as unknown as Rule.Node,
              messageId: finding.messageId,
              data: finding.data,
              suggest: fix
                ? [
                    {
                      messageId: fix.messageId,
                      data: fix.data,
                      fix: (fixer) => fix.edits.map((e) => fixer.replaceTextRange(e.range, e.text)),
                    },
                  ]
                : [],
            });
          }
        },
      };
    },
  };
}
