/**
 * The one way rules are built: a thin ESLint host over the shared core. Each rule reports the core's
 * findings for its id, with the fix as a suggestion (a status or header change alters runtime behaviour).
 */
import type { Rule } from 'eslint';
import { analyzeProgram } from '../core/analyze';
import type { RuleId } from '../core/model';
import type { TSESTree } from '@typescript-eslint/types';

export const DOCS_BASE = 'https://github.com/http-semantics/eslint-plugin-http-semantics/blob/main/docs/rules/';

export interface RuleSpec<MessageIds extends string> {
  id: RuleId;
  description: string;
  messages: Record<MessageIds, string>;
  recommended: boolean;
}

export type HttpSemanticsRule = Rule.RuleModule & { meta: Rule.RuleMetaData & { defaultOptions: unknown[] } };

export function createRule<MessageIds extends string>(spec: RuleSpec<MessageIds>): HttpSemanticsRule {
  return {
    meta: {
      type: 'problem',
      docs: { description: spec.description, recommended: spec.recommended, url: `${DOCS_BASE}${spec.id}.md` },
      hasSuggestions: true,
      schema: [],
      defaultOptions: [],
      messages: spec.messages,
    },
    create(context) {
      const sourceCode = context.sourceCode;
      return {
        Program(node) {
          const program = node as unknown as TSESTree.Program;
          const { findings } = analyzeProgram(program, sourceCode.text, context.filename);
          for (const finding of findings) {
            if (finding.ruleId !== spec.id) continue;
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
