/**
 * Per-file facts shared by status resolution, adapters, method inference and rendering.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { isFunction, type Call, type FunctionNode, type Node } from './ast';
import type { Bindings } from './scope';

export interface FileContext {
  text: string;
  filename: string;
  bindings: Bindings;
  parentOf: (node: Node) => Node | undefined;
  /** Modules imported or required by the file. */
  sources: Set<string>;
  /** Preferred string quote of the file. */
  quote: "'" | '"';
  /** Nodes collected in the single walk, by kind. */
  calls: Call[];
  assignments: TSESTree.AssignmentExpression[];
  returns: Array<TSESTree.ReturnStatement | TSESTree.ArrowFunctionExpression>;
  classes: Array<TSESTree.ClassDeclaration | TSESTree.ClassExpression>;
  exports: Array<TSESTree.ExportNamedDeclaration | TSESTree.ExportDefaultDeclaration>;
  program: TSESTree.Program;
}

export function enclosingFunction(ctx: FileContext, node: Node): FunctionNode | undefined {
  for (let a = ctx.parentOf(node); a; a = ctx.parentOf(a)) if (isFunction(a)) return a;
  return undefined;
}

/** The innermost function that declares `name` as a parameter (the handler that owns `res`, `ctx`, …). */
export function functionDeclaringParam(ctx: FileContext, node: Node, name: string): FunctionNode | undefined {
  for (let a = ctx.parentOf(node); a; a = ctx.parentOf(a)) {
    if (isFunction(a)) {
      const binding = ctx.bindings.resolve(name, node);
      if (binding && binding.kind === 'param' && binding.scope === a) return a;
    }
  }
  return undefined;
}

const STATEMENT_LISTS = new Set(['BlockStatement', 'Program', 'SwitchCase', 'StaticBlock']);

/**
 * The statement that holds `node`, when a sibling statement can be inserted beside it (its parent is a
 * block, a switch case or the program). Undefined for `if (x) stmt;` bodies and expression-bodied arrows.
 */
export function enclosingStatement(ctx: FileContext, node: Node): Node | undefined {
  let current: Node = node;
  for (let parent = ctx.parentOf(current); parent; current = parent, parent = ctx.parentOf(current)) {
    if (isFunction(current)) return undefined;
    const isStatement = current.type.endsWith('Statement') || current.type === 'VariableDeclaration';
    if (isStatement) return STATEMENT_LISTS.has(parent.type) ? current : undefined;
  }
  return undefined;
}

export function ancestors(ctx: FileContext, node: Node): Node[] {
  const out: Node[] = [];
  for (let a = ctx.parentOf(node); a; a = ctx.parentOf(a)) out.push(a);
  return out;
}

/** True when `module` (or `module/…`, or `node:module`) is imported or required. */
export function imports(ctx: FileContext, ...modules: string[]): boolean {
  for (const source of ctx.sources) {
    const bare = source.startsWith('node:') ? source.slice(5) : source;
    for (const m of modules) if (bare === m || bare.startsWith(`${m}/`)) return true;
  }
  return false;
}
