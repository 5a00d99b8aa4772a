/**
 * The one way codemods are built: a thin jscodeshift host over the shared core. It applies the same
 * edits the rules suggest, keeps everything outside them byte for byte (BOM and line endings included),
 * returns undefined when nothing changes, and never returns text that does not parse again.
 */
import { analyzeProgram } from '../core/analyze';
import type { RuleId, TextEdit } from '../core/model';
import { applyEdits, mergeEdits } from '../core/render';
import { parseSource, parser } from './parser';

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

export function makeTransform(ruleIds: readonly RuleId[]): Transform {
  const transform = (file: FileInfo, api?: TransformApi): string | undefined => {
    const bom = file.source.startsWith('\uFEFF') ? '\uFEFF' : '';
    const text = bom ? file.source.slice(1) : file.source;
    let program;
    try {
      program = parseSource(text, file.path);
    } catch (error) {
      throw new CodemodError(`${file.path}: cannot parse, file left unchanged (${(error as Error).message})`);
    }
    const { findings } = analyzeProgram(program, text, file.path);
    const edits: TextEdit[] = [];
    for (const finding of findings) {
      if (!ruleIds.includes(finding.ruleId) || !finding.fix) continue;
      const merged = mergeEdits([...edits, ...finding.fix.edits]);
      if (!merged) continue; // overlaps an earlier fix: leave this one for a second run
      edits.splice(0, edits.length, ...merged);
      api?.stats?.(finding.ruleId);
    }
    if (edits.length === 0) return undefined;
    const output = applyEdits(text, edits);
    try {
      parseSource(output, file.path);
    } catch (error) {
      throw new CodemodError(`${file.path}: the rewrite would not parse, file left unchanged (${(error as Error).message})`);
    }
    return bom + output;
  };
  return Object.assign(transform, { parser });
}
