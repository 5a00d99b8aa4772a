/**
 * URL-path dispatch in hand-written handlers (Node http, fetch handlers, Lambda): reads of the request
 * path, tests on it, and whether a sink sits in the fall-through branch after the dispatch ("no route
 * matched") or inside a branch for one known path.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, calleeObject, isFunction, propertyName, stringValue, unwrap, type Node } from './ast';
import type { FileContext } from './context';
import { alwaysExits, exitsEarly, isMethodRead, LOOPS_AND_CATCH, methodTest } from './methods';

const PATH_KEYS = new Set(['pathname', 'url', 'path', 'rawPath', 'routeKey', 'resource', 'originalUrl', 'routePath']);

export function isPathRead(ctx: FileContext, expr: Node | null | undefined, depth = 0): boolean {
  const node = unwrap(expr);
  if (!node || depth > 3) return false;
  if (node.type === 'MemberExpression') return PATH_KEYS.has(propertyName(node) ?? '');
  if (node.type === 'Identifier') {
    const binding = ctx.bindings.resolve(node.name, node);
    if (!binding || binding.kind === 'param' || binding.kind === 'import') return false;
    if (binding.key !== undefined) return PATH_KEYS.has(binding.key);
    return binding.kind !== 'function' && binding.kind !== 'class' && isPathRead(ctx, binding.init, depth + 1);
  }
  return false;
}

/** A test that decides on the request path: `path === '/x'`, `path.startsWith('/x')`, `/re/.test(path)`, combinations. */
export function isPathTest(ctx: FileContext, expr: Node | null | undefined): boolean {
  const node = unwrap(expr);
  if (!node) return false;
  switch (node.type) {
    case 'BinaryExpression':
      if (!['===', '==', '!==', '!='].includes(node.operator)) return false;
      return (isPathRead(ctx, node.left) && stringValue(node.right) !== undefined) || (isPathRead(ctx, node.right) && stringValue(node.left) !== undefined);
    case 'UnaryExpression':
      return node.operator === '!' && isPathTest(ctx, node.argument);
    case 'LogicalExpression':
      return isPathTest(ctx, node.left) && (isPathTest(ctx, node.right) || methodTest(ctx, node.right) !== undefined);
    case 'CallExpression': {
      const name = calleeName(node);
      if (name === 'startsWith' || name === 'endsWith' || name === 'includes' || name === 'match') return isPathRead(ctx, calleeObject(node));
      if (name === 'test' || name === 'exec') return isPathRead(ctx, node.arguments[0]);
      return false;
    }
    default:
      return false;
  }
}

/** Every case label is `'<METHOD> <path>'` with the same path: a method table for one resource. */
function onePathRouteKeys(sw: TSESTree.SwitchStatement): boolean {
  const paths = new Set<string>();
  for (const c of sw.cases) {
    if (c.test === null) continue;
    const key = /^[A-Z]+ (\S+)$/.exec(stringValue(c.test) ?? '');
    if (!key) return false;
    paths.add(key[1]!);
  }
  return paths.size === 1;
}

export interface PathContext {
  /** The sink is reached when no path test before it matched (switch default, final else, after early returns). */
  fallthrough: boolean;
  /** The sink is inside a branch taken for one tested path. */
  knownPath: boolean;
  /** Enclosing path tests (if/switch), and conditions that are neither path nor method tests. */
  pathConditions: number;
  otherConditions: number;
}

export function pathContext(ctx: FileContext, sink: Node): PathContext {
  const out: PathContext = { fallthrough: false, knownPath: false, pathConditions: 0, otherConditions: 0 };
  let child: Node = sink;
  for (let parent = ctx.parentOf(child); parent && !isFunction(child); child = parent, parent = ctx.parentOf(child)) {
    switch (parent.type) {
      case 'IfStatement':
      case 'ConditionalExpression': {
        if (child === parent.test) break;
        if (isPathTest(ctx, parent.test)) {
          if (child === parent.alternate) out.fallthrough = true;
          else out.knownPath = true;
          out.pathConditions++;
        } else if (!methodTest(ctx, parent.test)) out.otherConditions++;
        break;
      }
      case 'SwitchCase': {
        const sw = ctx.parentOf(parent);
        if (sw?.type !== 'SwitchStatement' || child === parent.test) break;
        if (isPathRead(ctx, sw.discriminant)) {
          // Lambda route keys that all name one path (`'GET /pets'`, `'POST /pets'`) dispatch on the method.
          if (parent.test === null) out.fallthrough = !onePathRouteKeys(sw);
          else out.knownPath = true;
          out.pathConditions++;
        } else if (!isMethodRead(ctx, sw.discriminant)) out.otherConditions++;
        break;
      }
      case 'LogicalExpression':
        out.otherConditions++;
        break;
      case 'BlockStatement':
        for (const stmt of parent.body) {
          if (stmt === child) break;
          if (stmt.type !== 'IfStatement' || !exitsEarly(stmt)) continue;
          if (!stmt.alternate && isPathTest(ctx, stmt.test) && alwaysExits(stmt.consequent)) out.fallthrough = true;
          // `if (req.cookies.token) return next(); …403`: an authentication gate, not "no route matched".
          else if (!isPathTest(ctx, stmt.test) && !methodTest(ctx, stmt.test)) out.otherConditions++;
        }
        break;
      default:
        if (LOOPS_AND_CATCH.has(parent.type)) out.otherConditions++;
        break;
    }
  }
  return out;
}
