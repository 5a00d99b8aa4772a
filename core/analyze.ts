/**
 * analyzeProgram: one walk over the file, the adapters' facts, and every rule's findings, computed once
 * per Program and shared by the four rules (and by the codemods).
 */
import type { TSESTree } from '@typescript-eslint/types';
import { walk, type Node } from './ast';
import type { FileContext } from './context';
import { ADAPTERS } from './adapters';
import type { Facts } from './adapters/types';
import { CHECKS } from './checks';
import type { Finding } from './model';
import { Bindings, collectBindings } from './scope';

export interface Analysis {
  ctx: FileContext;
  facts: Facts;
  findings: Finding[];
}

const cache = new WeakMap<TSESTree.Program, Analysis>();

export function analyzeProgram(program: TSESTree.Program, text: string, filename: string): Analysis {
  const cached = cache.get(program);
  if (cached) return cached;
  const ctx = buildContext(program, text, filename);
  const facts: Facts = { sinks: [], headerWrites: [], routes: [], claimed: new Set() };
  for (const adapter of ADAPTERS) if (adapter.applies(ctx)) adapter.collect(ctx, facts);
  const findings = CHECKS.flatMap((check) => check(ctx, facts));
  const analysis = { ctx, facts, findings };
  cache.set(program, analysis);
  return analysis;
}

function buildContext(program: TSESTree.Program, text: string, filename: string): FileContext {
  // ESLint sets `parent` on every node before rules run; Babel's AST gets it here, in the same walk.
  const parentOf = (node: Node): Node | undefined => (node as { parent?: Node }).parent;
  const bindings = new Bindings(parentOf);
  let single = 0;
  let double = 0;
  const ctx: FileContext = {
    text,
    filename: filename.replace(/\\/g, '/'),
    bindings,
    parentOf,
    sources: new Set(),
    quote: "'",
    calls: [],
    assignments: [],
    returns: [],
    classes: [],
    exports: [],
    program,
  };
  walk(program, (node, parent) => {
    if (parent && (node as { parent?: Node }).parent !== parent) (node as { parent?: Node }).parent = parent;
    collectBindings(node, parentOf, bindings);
    switch (node.type) {
      case 'CallExpression':
      case 'NewExpression':
        ctx.calls.push(node);
        break;
      case 'AssignmentExpression':
        ctx.assignments.push(node);
        break;
      case 'ReturnStatement':
        ctx.returns.push(node);
        break;
      case 'ArrowFunctionExpression':
        if (node.expression) ctx.returns.push(node);
        break;
      case 'ClassDeclaration':
      case 'ClassExpression':
        ctx.classes.push(node);
        break;
      case 'ExportNamedDeclaration':
      case 'ExportDefaultDeclaration':
        ctx.exports.push(node);
        break;
      case 'ImportDeclaration':
        ctx.sources.add(String(node.source.value));
        break;
      case 'Literal':
        if (typeof node.value === 'string' && parent?.type !== 'ImportDeclaration' && parent?.type !== 'JSXAttribute') {
          if (node.raw.startsWith('"')) double++;
          else if (node.raw.startsWith("'")) single++;
        }
        break;
      default:
        break;
    }
  });
  for (const call of ctx.calls) {
    if (call.type === 'CallExpression' && call.callee.type === 'Identifier' && call.callee.name === 'require') {
      const arg = call.arguments[0];
      if (arg?.type === 'Literal' && typeof arg.value === 'string') ctx.sources.add(arg.value);
    }
  }
  ctx.quote = double > single ? '"' : "'";
  return ctx;
}
