/**
 * Evidence that a response answers for something that does not exist: the falsy branch of a value just
 * loaded by an id from the request path, a test that the response is already a 404 / no route matched,
 * or a response text that says "not found".
 */
import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, isFunction, propertyName, rootIdentifier, stringValue, unwrap, walk, type Node } from './ast';
import { enclosingFunction, type FileContext } from './context';
import type { StatusSink } from './model';

const NOT_FOUND_TEXT = /\bnot[\s_-]?found\b|\bdoes\s*n[o']t\s+exists?\b|\bdoes not exist\b|\bno such\b|\bunknown (route|path|endpoint)\b/i;
const PARAM_CONTAINERS = new Set(['params', 'pathParameters']);
const PARAM_FUNCTIONS = new Set(['param', 'getRouterParam', 'getRouterParams']);

/** Does `expr` (or any part of it) read a path parameter of the request? */
export function readsPathParam(ctx: FileContext, expr: Node | null | undefined): boolean {
  if (!expr) return false;
  let found = false;
  walk(expr, (node) => {
    if (found) return;
    if (node.type === 'MemberExpression' && PARAM_CONTAINERS.has(propertyName(node) ?? '')) found = true;
    else if (node.type === 'CallExpression' && PARAM_FUNCTIONS.has(calleeName(node) ?? '')) found = true;
    else if (node.type === 'Identifier' && isParamBound(ctx, node)) found = true;
  });
  return found;
}

/** `const { id } = req.params`, `const id = req.params.id`, `({ params })`, Nest `@Param('id') id`. */
function isParamBound(ctx: FileContext, id: TSESTree.Identifier, depth = 0): boolean {
  const binding = ctx.bindings.resolve(id.name, id);
  if (!binding || binding.id === id) return false;
  if (binding.key !== undefined && PARAM_CONTAINERS.has(binding.key)) return true;
  const init = unwrap(binding.init);
  if (binding.key !== undefined && init?.type === 'MemberExpression' && PARAM_CONTAINERS.has(propertyName(init) ?? '')) return true;
  if (binding.key === undefined && binding.kind === 'const' && init && depth < 2 && init.type === 'MemberExpression') {
    const object = unwrap(init.object);
    if (object?.type === 'MemberExpression' && PARAM_CONTAINERS.has(propertyName(object) ?? '')) return true;
    if (object?.type === 'Identifier' && isParamBound(ctx, object, depth + 1)) return true;
  }
  const decorators = (binding.id as { decorators?: TSESTree.Decorator[] }).decorators ?? [];
  return decorators.some((d) => {
    const e = unwrap(d.expression);
    return e?.type === 'CallExpression' && calleeName(e) === 'Param';
  });
}

/** The sink is in the consequent of `if (!x)` / `if (x == null)` where x was loaded with a path parameter. */
export function isLookupMiss(ctx: FileContext, sink: Node): boolean {
  let child: Node = sink;
  for (let parent = ctx.parentOf(child); parent && !isFunction(child); child = parent, parent = ctx.parentOf(child)) {
    if (parent.type !== 'IfStatement' && parent.type !== 'ConditionalExpression') continue;
    if (child !== parent.consequent) return false;
    const subject = missingSubject(parent.test);
    if (!subject) return false;
    const binding = ctx.bindings.resolve(subject.name, subject);
    if (!binding || (binding.kind !== 'const' && binding.kind !== 'let') || binding.key !== undefined) return false;
    // `const membership = await findMembership(orgId, req.user.id)`: a permission check, not a lookup miss.
    if (authorizationName(subject.name) || mentionsIdentity(ctx, binding.init)) return false;
    return readsPathParam(ctx, binding.init);
  }
  return false;
}

/** Words of a result's name (camelCase/snake_case split) that make it a permission or a yes/no answer. */
const AUTHORIZATION_WORDS = new Set(['member', 'membership', 'memberships', 'permission', 'permissions', 'access', 'owner', 'ownership', 'role', 'roles', 'grant', 'grants', 'auth', 'authorized', 'authorised', 'allowed', 'acl', 'policy', 'token', 'session', 'verified', 'valid', 'allow']);
const QUESTION_PREFIX = new Set(['is', 'has', 'can', 'may', 'should']);

function authorizationName(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_$]+/).filter(Boolean);
  return (words.length > 1 && QUESTION_PREFIX.has(words[0]!)) || words.some((w) => AUTHORIZATION_WORDS.has(w));
}

/** The client's identity or credentials: `req.user`, `ctx.state.user`, `session`, `currentUser`, `me`. */
const IDENTITY_PROPERTIES = new Set(['user', 'userId', 'currentUser', 'session', 'auth', 'token', 'apiKey', 'principal', 'account', 'viewer', 'member', 'tenant', 'claims', 'jwt', 'credentials']);
const IDENTITY_NAMES = new Set(['currentUser', 'session', 'token', 'apiKey', 'principal', 'viewer', 'claims', 'jwt', 'credentials', 'me']);

/** Reads of the client's identity: a member of something the framework handed in, or a variable so named. */
function mentionsIdentity(ctx: FileContext, expr: Node | undefined): boolean {
  if (!expr) return false;
  let found = false;
  walk(expr, (node) => {
    if (found) return;
    if (node.type === 'Identifier' && IDENTITY_NAMES.has(node.name) && ctx.parentOf(node)?.type !== 'MemberExpression') found = true;
    else if (node.type === 'MemberExpression' && IDENTITY_PROPERTIES.has(propertyName(node) ?? '')) {
      // `req.user`, `ctx.state.user`: yes; `prisma.user`, `db.session` (a table): no.
      const root = rootIdentifier(node.object);
      found = root !== undefined && ctx.bindings.resolve(root.name, root)?.kind === 'param';
    }
  });
  return found;
}

function missingSubject(test: Node): TSESTree.Identifier | undefined {
  const node = unwrap(test);
  if (node?.type === 'UnaryExpression' && node.operator === '!') {
    const arg = unwrap(node.argument);
    return arg?.type === 'Identifier' ? arg : undefined;
  }
  if (node?.type === 'BinaryExpression' && (node.operator === '==' || node.operator === '===')) {
    const [a, b] = [unwrap(node.left), unwrap(node.right)];
    const isNullish = (n: Node | undefined) => (n?.type === 'Literal' && n.value === null) || (n?.type === 'Identifier' && n.name === 'undefined');
    if (a?.type === 'Identifier' && isNullish(b)) return a;
    if (b?.type === 'Identifier' && isNullish(a)) return b;
  }
  return undefined;
}

/** The sink is in a branch taken when the response is already a 404 or no route matched. */
export function isUnderNotFoundTest(ctx: FileContext, sink: Node): boolean {
  let child: Node = sink;
  for (let parent = ctx.parentOf(child); parent && !isFunction(child); child = parent, parent = ctx.parentOf(child)) {
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && child === parent.consequent && isNotFoundTest(parent.test)) return true;
  }
  return false;
}

function isNotFoundTest(expr: Node): boolean {
  const node = unwrap(expr);
  if (!node) return false;
  if (node.type === 'BinaryExpression' && (node.operator === '===' || node.operator === '==')) {
    const [member, value] = unwrap(node.left)?.type === 'MemberExpression' ? [unwrap(node.left), unwrap(node.right)] : [unwrap(node.right), unwrap(node.left)];
    if (member?.type !== 'MemberExpression') return false;
    const name = propertyName(member);
    if ((name === 'status' || name === 'statusCode') && value?.type === 'Literal' && value.value === 404) return true;
    // SvelteKit hooks: `event.route.id === null`
    return name === 'id' && value?.type === 'Literal' && value.value === null && propertyName(unwrap(member.object) as TSESTree.MemberExpression) === 'route';
  }
  if (node.type === 'UnaryExpression' && node.operator === '!') {
    const arg = unwrap(node.argument);
    if (arg?.type !== 'MemberExpression') return false;
    const name = propertyName(arg);
    if (name === '_matchedRoute') return true;
    if (name === 'length') return propertyName(unwrap(arg.object) as TSESTree.MemberExpression) === 'matched';
    return name === 'id' && unwrap(arg.object)?.type === 'MemberExpression' && propertyName(unwrap(arg.object) as TSESTree.MemberExpression) === 'route';
  }
  return false;
}

/** "Token not found", "Viewer email does not exist": the missing thing is the client's credential. */
const CREDENTIAL_TEXT = /token|\bauth|credential|permission|session|login|signature|api[\s_-]?key|access|viewer|\brole|email|password|header|cookie|scope|tenant/i;

/**
 * Does the response (the sink's call chain, its message nodes, a body set right after) say "not found",
 * in a handler that reads a path parameter, about something other than the client's credentials?
 */
export function saysNotFound(ctx: FileContext, sink: StatusSink, routeHasParam: boolean): boolean {
  const handler = enclosingFunction(ctx, sink.node);
  if (!handler || !(routeHasParam || readsPathParam(ctx, handler.body))) return false;
  // `if (!ctx.state.user) ctx.throw(403, 'User not found')`: the missing thing is the client.
  if (enclosingTests(ctx, sink.node).some((test) => mentionsIdentity(ctx, test))) return false;
  return responseTexts(ctx, sink).some((t) => NOT_FOUND_TEXT.test(t) && !CREDENTIAL_TEXT.test(t));
}

function enclosingTests(ctx: FileContext, node: Node): Node[] {
  const tests: Node[] = [];
  let child: Node = node;
  for (let parent = ctx.parentOf(child); parent && !isFunction(child); child = parent, parent = ctx.parentOf(child)) {
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && child !== parent.test) tests.push(parent.test);
  }
  return tests;
}

function responseTexts(ctx: FileContext, sink: StatusSink): string[] {
  const texts: string[] = [];
  const collect = (root: Node) =>
    walk(root, (node) => {
      const s = stringValue(node);
      if (s !== undefined) texts.push(s);
      else if (node.type === 'TemplateLiteral') for (const q of node.quasis) texts.push(q.value.cooked ?? '');
    });
  const top = chainTop(ctx, sink.node);
  collect(top);
  for (const n of sink.messageNodes ?? []) collect(n);
  const next = nextStatement(ctx, top);
  if (next && sink.receiver && ctx.text.slice(next.range[0], next.range[1]).startsWith(sink.receiver)) collect(next);
  return texts;
}

/** Climb a call/member chain: `res.status(403)` -> `res.status(403).json({...})`; `new X(...)` -> `throw new X(...)`. */
function chainTop(ctx: FileContext, node: Node): Node {
  let top = node;
  for (let parent = ctx.parentOf(top); parent; parent = ctx.parentOf(top)) {
    if ((parent.type === 'MemberExpression' && parent.object === top) || (parent.type === 'CallExpression' && parent.callee === top) || parent.type === 'AwaitExpression' || parent.type === 'ThrowStatement' || parent.type === 'ChainExpression') {
      top = parent;
    } else break;
  }
  return top;
}

function nextStatement(ctx: FileContext, node: Node): Node | undefined {
  let stmt: Node | undefined = node;
  while (stmt && !stmt.type.endsWith('Statement')) stmt = ctx.parentOf(stmt);
  const list = stmt && ctx.parentOf(stmt);
  const body = list?.type === 'BlockStatement' || list?.type === 'Program' ? list.body : list?.type === 'SwitchCase' ? list.consequent : undefined;
  if (!body || !stmt) return undefined;
  const i = (body as Node[]).indexOf(stmt);
  return i >= 0 ? (body as Node[])[i + 1] : undefined;
}
