/**
 * The transform the CLI hands to jscodeshift's runner. It runs the chosen rules' codemod on one file and
 * records what happened (changed or not, edits per rule, parse errors, the new text for the diff) in a
 * JSON-lines file per worker process, which the CLI reads when the run is over.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS, type RuleId } from '../core/model';
import { makeTransform, type FileInfo, type Transform } from '../codemods/transform';

export { parser } from '../codemods/parser';

export interface FileResult {
  path: string;
  changed: boolean;
  edits: Partial<Record<RuleId, number>>;
  error?: string;
  output?: string;
}

const transforms = new Map<string, Transform>();

export default function workerTransform(file: FileInfo, _api: unknown, options: { httpSemanticsRules?: string; httpSemanticsReportDir?: string }): string | undefined {
  const key = options.httpSemanticsRules ?? RULE_IDS.join(',');
  let transform = transforms.get(key);
  if (!transform) {
    transform = makeTransform(key.split(',') as RuleId[]);
    transforms.set(key, transform);
  }
  const result: FileResult = { path: file.path, changed: false, edits: {} };
  let output: string | undefined;
  try {
    output = transform(file, { stats: (name) => (result.edits[name as RuleId] = (result.edits[name as RuleId] ?? 0) + 1) });
  } catch (error) {
    result.error = (error as Error).message;
  }
  if (output !== undefined && output !== file.source) {
    result.changed = true;
    result.output = output;
  } else {
    result.edits = {};
    output = undefined;
  }
  if (options.httpSemanticsReportDir) {
    appendFileSync(join(options.httpSemanticsReportDir, `${process.pid}.jsonl`), `${JSON.stringify(result)}\n`);
  }
  return output;
}
