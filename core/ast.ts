/**
 * Small, parser-neutral helpers over ESTree nodes. The same code runs on the TSESTree that ESLint hands
 * to rules and on the ESTree that @babel/parser (estree + typescript plugins) gives the codemods.
 */
import type { TSESTree } from '@typescript-eslint/types';

export type Node = TSESTree.Node;
export type Expr = TSESTree.Expression;
export type Call = TSESTree.CallExpression | TSESTree.NewExpression;
export type FunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

const SKIP_KEYS = new Set([
  'parent',
  'loc',
  'range',
  'start',
  'end',
  'leadingComments',
  'trailingComments',
  'innerComments',
  'comments',
  'tokens',
  'extra',
  'typeAnnotation',
  'returnType',
  'typeParameters',
  'typeArguments',
  'superTypeArguments',
  'superTypeParameters',
  'implements',
]);

/** Pre-order walk over every child node, giving each node its parent. Type annotations are skipped. */
export function walk(root: Node, visit: (node: Node, parent: Node | undefined) => void): void {
  const stack: Array<[Node, Node | undefined]> = [[root, undefined]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    visit(node, parent);
    const keys = Object.keys(node);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      if (SKIP_KEYS.has(key)) continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const child = value[i];
          if (isNode(child)) stack.push([child, node]);
        }
      } else if (isNode(value)) {
        stack.push([value, node]);
      }
    }
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export function isFunction(node: Node | undefined): node is FunctionNode {
  return (
    node !== undefined &&
    (node.type === 'FunctionDeclaration' ||
      node.type === 'FunctionExpression' ||
      node.type === 'ArrowFunctionExpression')
  );
}

/** Strip TypeScript wrappers, parentheses and optional-chain wrappers that do not change a value. */
export function unwrap(node: Node | null | undefined): Node | undefined {
  let current = node ?? undefined;
  while (current) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSSatisfiesExpression':
      case 'TSTypeAssertion':
      case 'ChainExpression':
        current = current.expression;
        continue;
      default:
        if ((current as { type: string }).type === 'ParenthesizedExpression') {
          current = (current as unknown as { expression: Node }).expression;
          continue;
        }
        return current;
    }
  }
  return current;
}

/** Name of a non-computed (or string-computed) member property, or of an identifier. */
export function propertyName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  return stringValue(node.property);
}

/** `a.b.c` for a chain of identifiers and plain properties; undefined otherwise. */
export function dottedName(node: Node | undefined): string | undefined {
  const n = unwrap(node);
  if (!n) return undefined;
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'ThisExpression') return 'this';
  if (n.type === 'MemberExpression') {
    const object = dottedName(n.object);
    const prop = propertyName(n);
    return object !== undefined && prop !== undefined ? `${object}.${prop}` : undefined;
  }
  return undefined;
}

/** The leftmost identifier of a member chain or call chain (`res` in `res.status(1).json()`). */
export function rootIdentifier(node: Node | undefined): TSESTree.Identifier | undefined {
  let n = unwrap(node);
  while (n) {
    if (n.type === 'Identifier') return n;
    if (n.type === 'MemberExpression') n = unwrap(n.object);
    else if (n.type === 'CallExpression') n = unwrap(n.callee);
    else return undefined;
  }
  return undefined;
}

export function stringValue(node: Node | null | undefined): string | undefined {
  const n = unwrap(node);
  if (!n) return undefined;
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** For `x.name(...)`: the callee's property name; for `name(...)`: the identifier name. */
export function calleeName(call: Call): string | undefined {
  const callee = unwrap(call.callee);
  if (!callee) return undefined;
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression') return propertyName(callee);
  return undefined;
}

/** The object of a member-call `obj.name(...)`. */
export function calleeObject(call: Call): Node | undefined {
  const callee = unwrap(call.callee);
  return callee?.type === 'MemberExpression' ? unwrap(callee.object) : undefined;
}

export function isObject(node: Node | undefined): node is TSESTree.ObjectExpression {
  return node?.type === 'ObjectExpression';
}

/** Key name of a property: identifier, string or number literal. Computed keys with identifiers are undefined. */
export function keyName(prop: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | undefined {
  if (prop.key.type === 'Identifier' && !prop.computed) return prop.key.name;
  if (prop.key.type === 'Literal') return String(prop.key.value);
  return undefined;
}

export function findProperty(obj: TSESTree.ObjectExpression, name: string, caseInsensitive = false): TSESTree.Property | undefined {
  const wanted = caseInsensitive ? name.toLowerCase() : name;
  for (const prop of obj.properties) {
    if (prop.type !== 'Property') continue;
    const key = keyName(prop);
    if (key !== undefined && (caseInsensitive ? key.toLowerCase() : key) === wanted) return prop;
  }
  return undefined;
}

export function hasSpread(obj: TSESTree.ObjectExpression): boolean {
  return obj.properties.some((p) => p.type === 'SpreadElement' || (p.type === 'Property' && p.computed && keyName(p) === undefined));
}

export function contains(outer: Node, inner: Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}
