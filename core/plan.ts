/**
 * Fix plans shared by the checks: add `Allow` to a sink's response, re-spell its status, and tell
 * whether the response already gets an `Allow` header.
 */
import type { Facts } from './adapters/types';
import { enclosingFunction, functionDeclaringParam, type FileContext } from './context';
import type { TSESTree } from '@typescript-eslint/types';
import { contains, type Node } from './ast';
import type { StatusSink, TextEdit } from './model';
import { ensureImport, mergeEdits, renderPlacement } from './render';
import { respell } from './status';

/** Does the response of `sink` get an Allow header: yes, maybe (a header write with a dynamic name), no. */
export function allowWritten(ctx: FileContext, facts: Facts, sink: StatusSink): 'yes' | 'maybe' | 'no' {
  if (sink.inlineAllow === 'present') return 'yes';
  if (sink.inlineAllow === 'unknown') return 'maybe';
  if (!sink.receiver) return 'no';
  const scope = functionDeclaringParam(ctx, sink.node, sink.receiver) ?? enclosingFunction(ctx, sink.node) ?? ctx.program;
  let result: 'yes' | 'maybe' | 'no' = 'no';
  for (const w of facts.headerWrites) {
    if (w.receiver !== sink.receiver || !contains(scope, w.node) || !contains(statementList(ctx, w.node), sink.node)) continue;
    if (w.name === 'allow') return 'yes';
    if (w.name === undefined) result = 'maybe';
  }
  return result;
}

/**
 * The innermost statement list (block, switch case, program) or expression-bodied function holding a node:
 * a header written there reaches the responses sent from the same list, not those of a sibling branch.
 */
function statementList(ctx: FileContext, node: Node): Node {
  for (let a = ctx.parentOf(node); a; a = ctx.parentOf(a)) {
    if (a.type === 'BlockStatement' || a.type === 'SwitchCase' || a.type === 'Program' || a.type === 'StaticBlock') return a;
    if (a.type === 'ArrowFunctionExpression' && a.expression) return a;
  }
  return ctx.program;
}

/** Edits that add `Allow: <methods>` to the sink's response, with any import they need. */
export function planAllow(ctx: FileContext, sink: StatusSink, methods: readonly string[]): TextEdit[] | undefined {
  if (!sink.allowPlacement) return undefined;
  const edits = renderPlacement(ctx, sink.allowPlacement, methods);
  if (!edits) return undefined;
  for (const need of sink.imports ?? []) {
    const extra = ensureImport(ctx, need);
    if (!extra) return undefined;
    edits.push(...extra);
  }
  return edits;
}

/** Edits that change the sink's status to `code` in the framework's own spelling. */
export function planStatus(ctx: FileContext, sink: StatusSink, code: number): TextEdit[] | undefined {
  const rewrite = sink.rewrite;
  if (!rewrite) return undefined;
  if (rewrite.kind === 'expression') {
    const edit = respell(ctx, rewrite.node, code);
    return edit ? [edit] : undefined;
  }
  const name = rewrite.names[code];
  if (!name) return undefined;
  const edits: TextEdit[] = [{ range: rewrite.node.range, text: name }];
  if (rewrite.importFrom) {
    const extra = swapImport(ctx, rewrite.node, name, rewrite.importFrom) ?? ensureImport(ctx, { source: rewrite.importFrom, name });
    if (!extra) return undefined;
    edits.push(...extra);
  }
  return edits;
}

/**
 * When the swapped name (`ForbiddenException`) is imported and used nowhere else, its import specifier
 * becomes the new name (or goes, if the new name is imported already), so no unused import is left.
 * Undefined when the old name stays in use: then the new name is added beside it.
 */
function swapImport(ctx: FileContext, node: TSESTree.Identifier, name: string, source: string): TextEdit[] | undefined {
  const binding = ctx.bindings.resolve(node.name, node);
  if (binding?.kind !== 'import' || binding.source !== source || binding.imported !== node.name) return undefined;
  const uses = ctx.text.match(new RegExp(`\\b${node.name}\\b`, 'g'))?.length ?? 0;
  if (uses !== 2) return undefined; // the import and this use, nothing else
  const spec = ctx.parentOf(binding.id);
  const decl = spec && ctx.parentOf(spec);
  if (spec?.type !== 'ImportSpecifier' || decl?.type !== 'ImportDeclaration') return undefined;
  if (ctx.bindings.importedAs([source], name) !== name) return [{ range: spec.range, text: name }];
  const specs = decl.specifiers;
  const i = specs.indexOf(spec);
  if (specs.length < 2) return undefined;
  return [i < specs.length - 1 ? { range: [spec.range[0], specs[i + 1]!.range[0]], text: '' } : { range: [specs[i - 1]!.range[1], spec.range[1]], text: '' }];
}

/** Combine edit lists; undefined when any part is missing or two parts overlap. */
/**
 * Combine edit lists; undefined when any part is missing or two parts overlap. Edits stay separate (in
 * order), so the codemod can apply an edit shared by two findings (the same import) once.
 */
export function combine(...parts: Array<TextEdit[] | undefined>): TextEdit[] | undefined {
  if (parts.some((p) => p === undefined)) return undefined;
  const edits = parts.flat() as TextEdit[];
  return mergeEdits(edits) ? edits : undefined;
}
