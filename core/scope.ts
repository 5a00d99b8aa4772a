/**
 * A light binding table: enough scope analysis to follow `const X = 405`, imports and destructuring
 * without depending on eslint-scope (the codemods have no scope manager).
 */
import { isFunction, type Node } from './ast';

export type BindingKind = 'const' | 'let' | 'var' | 'param' | 'import' | 'function' | 'class' | 'enum' | 'catch';

export interface Binding {
  name: string;
  kind: BindingKind;
  /** Node whose range is the binding's scope. */
  scope: Node;
  /** Initializer for `const x = init` / enum declaration for enums. */
  init?: Node;
  /** For `const { key: name } = init`: the destructured key. */
  key?: string;
  /** For imports: module and imported name (`default` / `*` for default and namespace). */
  source?: string;
  imported?: string;
  /** The declaring identifier. */
  id: Node;
}

/**
 * Bindings indexed by the node that scopes them, so a lookup walks up the ancestors of the reference
 * (O(depth)) instead of scanning every same-named binding in the file.
 */
export class Bindings {
  private readonly byScope = new Map<Node, Map<string, Binding>>();
  private readonly importBindings: Binding[] = [];

  constructor(private readonly parentOf: ParentOf) {}

  add(binding: Binding): void {
    let names = this.byScope.get(binding.scope);
    if (!names) this.byScope.set(binding.scope, (names = new Map()));
    if (!names.has(binding.name)) names.set(binding.name, binding);
    if (binding.kind === 'import') this.importBindings.push(binding);
  }

  /** The innermost binding of `name` whose scope contains `at`. */
  resolve(name: string, at: Node): Binding | undefined {
    for (let n: Node | undefined = at; n; n = this.parentOf(n)) {
      const b = this.byScope.get(n)?.get(name);
      if (b) return b;
    }
    return undefined;
  }

  /** Local name under which `imported` from one of `sources` is imported, if any. */
  importedAs(sources: readonly string[], imported: string): string | undefined {
    const b = this.importBindings.find((i) => i.imported === imported && i.source !== undefined && sources.includes(i.source));
    return b?.name;
  }
}

const BLOCK_SCOPES = new Set(['BlockStatement', 'Program', 'ForStatement', 'ForInStatement', 'ForOfStatement', 'SwitchStatement', 'StaticBlock']);

export type ParentOf = (node: Node) => Node | undefined;

/** Record the bindings a node declares. */
export function collectBindings(node: Node, parentOf: ParentOf, out: Bindings): void {
  switch (node.type) {
    case 'VariableDeclaration': {
      const scope = node.kind === 'var' ? functionScope(node, parentOf) : blockScope(node, parentOf);
      const kind: BindingKind = node.kind === 'const' ? 'const' : node.kind === 'var' ? 'var' : 'let';
      for (const decl of node.declarations) {
        const required = requireSource(decl.init);
        if (decl.id.type === 'Identifier') {
          out.add({ name: decl.id.name, kind, scope, init: decl.init ?? undefined, id: decl.id, ...(required ? { source: required, imported: 'default' } : {}) });
        } else {
          addPattern(decl.id, kind, scope, out, decl.init ?? undefined, required);
        }
      }
      return;
    }
    case 'FunctionDeclaration':
      if (node.id) out.add({ name: node.id.name, kind: 'function', scope: functionScope(node, parentOf), id: node.id, init: node });
      addParams(node, out);
      return;
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      addParams(node, out);
      return;
    case 'ClassDeclaration':
      if (node.id) out.add({ name: node.id.name, kind: 'class', scope: blockScope(node, parentOf), id: node.id, init: node });
      return;
    case 'TSEnumDeclaration':
      out.add({ name: node.id.name, kind: 'enum', scope: blockScope(node, parentOf), id: node.id, init: node });
      return;
    case 'CatchClause':
      if (node.param) addPattern(node.param, 'catch', node, out, undefined, undefined);
      return;
    case 'ImportDeclaration': {
      const source = String(node.source.value);
      const program = topOf(node, parentOf);
      for (const spec of node.specifiers) {
        const imported =
          spec.type === 'ImportSpecifier'
            ? spec.imported.type === 'Identifier'
              ? spec.imported.name
              : String(spec.imported.value)
            : spec.type === 'ImportDefaultSpecifier'
              ? 'default'
              : '*';
        out.add({ name: spec.local.name, kind: 'import', scope: program, source, imported, id: spec.local });
      }
      return;
    }
    default:
      return;
  }
}

function addParams(fn: Node, out: Bindings): void {
  if (!isFunction(fn)) return;
  for (const param of fn.params) addPattern(param, 'param', fn, out, undefined, undefined);
}

function addPattern(pattern: Node, kind: BindingKind, scope: Node, out: Bindings, init: Node | undefined, source: string | undefined): void {
  switch (pattern.type) {
    case 'Identifier':
      out.add({ name: pattern.name, kind, scope, id: pattern, ...(init ? { init } : {}), ...(source ? { source, imported: 'default' } : {}) });
      return;
    case 'ObjectPattern':
      for (const prop of pattern.properties) {
        if (prop.type === 'RestElement') {
          addPattern(prop.argument, kind, scope, out, undefined, undefined);
          continue;
        }
        const key = !prop.computed && prop.key.type === 'Identifier' ? prop.key.name : prop.key.type === 'Literal' ? String(prop.key.value) : undefined;
        const value = prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
        if (value.type === 'Identifier') {
          out.add({ name: value.name, kind, scope, id: value, ...(init ? { init } : {}), ...(key ? { key } : {}), ...(source && key ? { source, imported: key } : {}) });
        } else {
          addPattern(value, kind, scope, out, undefined, undefined);
        }
      }
      return;
    case 'ArrayPattern':
      for (const el of pattern.elements) if (el) addPattern(el, kind, scope, out, undefined, undefined);
      return;
    case 'AssignmentPattern':
      addPattern(pattern.left, kind, scope, out, undefined, undefined);
      return;
    case 'RestElement':
      addPattern(pattern.argument, kind, scope, out, undefined, undefined);
      return;
    case 'TSParameterProperty':
      addPattern(pattern.parameter, kind, scope, out, undefined, undefined);
      return;
    default:
      return;
  }
}

/** `require('x')` → 'x' (also `require('x').y` is not treated as the module itself). */
function requireSource(init: Node | null | undefined): string | undefined {
  if (init?.type !== 'CallExpression') return undefined;
  const callee = init.callee;
  if (callee.type !== 'Identifier' || callee.name !== 'require') return undefined;
  const arg = init.arguments[0];
  return arg?.type === 'Literal' && typeof arg.value === 'string' ? arg.value : undefined;
}

function blockScope(node: Node, parentOf: ParentOf): Node {
  for (let a = parentOf(node); a; a = parentOf(a)) {
    if (BLOCK_SCOPES.has(a.type) || isFunction(a)) return a;
  }
  return topOf(node, parentOf);
}

function functionScope(node: Node, parentOf: ParentOf): Node {
  for (let a = parentOf(node); a; a = parentOf(a)) {
    if (isFunction(a) || a.type === 'Program') return a;
  }
  return topOf(node, parentOf);
}

function topOf(node: Node, parentOf: ParentOf): Node {
  let top = node;
  for (let a = parentOf(node); a; a = parentOf(a)) top = a;
  return top;
}
