/**
 * The one way codemods are built: a thin jscodeshift host over the shared core. It applies the same
 * edits the rules suggest, keeps everything outside them byte for byte (BOM and line endings included),
 * returns undefined when nothing changes, and never returns text that does not parse again.
 */
import { analyzeProgram } from '../core/analyze';
import type { Finding, RuleId, TextEdit } from '../core/model';
import { mayHaveFindings } from '../core/prefilter';
import { applyEdits, mergeEdits } from '../core/render';
import { checkSyntax, parseSource, parser } from './parser';

export interface FileInfo {
  path: string;
  source: string;
}

export interface TransformApi {
  report?: (message: string) => void;
  stats?: (name: string, quantity?: number) => void;
}

export type Transform = ((file: FileInfo, api?: TransformApi, options?: Record<string, unknown>) => string | undefined) & {
  parser: typeof parser;
};

export class CodemodError extends Error {
  override name = 'CodemodError';
}

/**
 * The edits of every fixable finding of the given rules, in rule order. A finding whose edits overlap
 * an earlier finding's is left for a later run (the file is re-analysed then); identical edits (the same
 * import added for two findings) are applied once.
 */
export function selectEdits(findings: readonly Finding[], ruleIds: readonly RuleId[], api?: TransformApi): TextEdit[] {
  const raw: TextEdit[] = [];
  for (const ruleId of ruleIds) {
    for (const finding of findings) {
      if (finding.ruleId !== ruleId || !finding.fix) continue;
      const fresh = finding.fix.edits.filter((e) => !raw.some((d) => sameEdit(d, e)));
      if (!mergeEdits([...raw, ...fresh])) continue;
      raw.push(...fresh);
      api?.stats?.(finding.ruleId);
    }
  }
  return mergeEdits(raw) ?? [];
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}

/** Apply edits and re-parse the result; a rewrite that would not parse is refused and the file left as is. */
export function applyChecked(text: string, edits: readonly TextEdit[], path: string): string {
  const output = applyEdits(text, edits);
  try {
    checkSyntax(output, path);
  } catch (error) {
    throw new CodemodError(`${path}: the rewrite would not parse, file left unchanged (${(error as Error).message})`);
  }
  return output;
}

export function makeTransform(ruleIds: readonly RuleId[]): Transform {
  const transform = (file: FileInfo, api?: TransformApi): string | undefined => {
    if (!mayHaveFindings(file.source)) return undefined;
    const bom = file.source.startsWith('\uFEFF') ? '\uFEFF' : '';
    const text = bom ? file.source.slice(1) : file.source;
    let program;
    try {
      program = parseSource(text, file.path);
    } catch (error) {
      throw new CodemodError(`${file.path}: cannot parse, file left unchanged (${(error as Error).message})`);
    }
    const { findings } = analyzeProgram(program, text, file.path);
    const edits = selectEdits(findings, ruleIds, api);
    if (edits.length === 0) return undefined;
    return bom + applyChecked(text, edits, file.path);
  };
  return Object.assign(transform, { parser });
}
