/**
 * hapi and @hapi/boom (or the legacy `boom` package): `Boom.methodNotAllowed(message, data, allow)` and
 * the other factories whose name implies a status (`forbidden`, `notFound`, `notImplemented`),
 * `new Boom.Boom(message, { statusCode })`, `Boom.boomify(err, { statusCode })`, and
 * `h.response(body).code(status)`. Route objects kept in a variable or exported
 * (`module.exports = [{ method, path, handler }]`) are registered here; literal `server.route(…)` calls are
 * routes.ts's. Allow fix (HTTP-SEMANTICS.md B.12): the `allow` argument of `Boom.methodNotAllowed`
 * (missing positional arguments padded with `undefined`), or `.header('Allow', …)` after `.code(…)`.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, dottedName, findProperty, propertyName, rootIdentifier, stringValue, unwrap, type Call, type Node } from '../ast';
import { imports, type FileContext } from '../context';
import { methodList } from '../methods';
import type { AllowPlacement, RouteRegistration, StatusRewrite, StatusSink } from '../model';
import { resolveStatus, statusNames } from '../status';
import { handlerFunctions, headersAllow, isParam, isRaised } from './shared';
import { addSink, type Adapter, type Facts } from './types';

const BOOM_MODULES = ['@hapi/boom', 'boom'];

const { byName: FACTORY_STATUS, byCode: FACTORY_NAMES } = statusNames('camel');

/** `/{any*}`, `/{p*}`: hapi's catch-all path. */
const CATCH_ALL = /^\/\{\w+\*\}$/;

export const hapiAdapter: Adapter = {
  name: 'hapi',
  applies: (ctx) => imports(ctx, '@hapi', 'boom'),
  collect(ctx, facts) {
    storedRoutes(ctx, facts);
    for (const call of ctx.calls) {
      if (call.type === 'NewExpression') boomConstructor(ctx, facts, call);
      else if (!boomFactory(ctx, facts, call) && !boomify(ctx, facts, call)) responseCode(ctx, facts, call);
    }
  },
};

/** What an identifier stands for: the Boom module (default, namespace, require), the `Boom` class, or one factory. */
type BoomRef = { kind: 'module' } | { kind: 'class' } | { kind: 'factory'; name: string; imported: boolean; source: string };

function boomRef(ctx: FileContext, node: Node | undefined): BoomRef | undefined {
  const n = unwrap(node);
  if (n?.type !== 'Identifier') return undefined;
  const binding = ctx.bindings.resolve(n.name, n);
  if (!binding?.source || !BOOM_MODULES.includes(binding.source) || binding.kind === 'param') return undefined;
  if (binding.imported === 'default' || binding.imported === '*') return { kind: 'module' };
  if (binding.imported === 'Boom') return { kind: 'class' };
  if (binding.imported !== undefined) {
    return { kind: 'factory', name: binding.imported, imported: binding.kind === 'import', source: binding.source };
  }
  return undefined;
}

interface FactoryCall {
  name: string;
  node: TSESTree.Identifier;
  /** The name can be swapped: a member call, or a named ES import that a new specifier can join. */
  renamable: boolean;
  importFrom?: string;
}

/** `Boom.x(…)` (on the module or on the v7 `Boom` class) or a named import `x(…)`: the factory name and its name node. */
function factoryCall(ctx: FileContext, call: Call, names: Record<string, unknown>): FactoryCall | undefined {
  const callee = unwrap(call.callee);
  if (callee?.type === 'Identifier') {
    const ref = boomRef(ctx, callee);
    if (ref?.kind !== 'factory' || !Object.hasOwn(names, ref.name)) return undefined;
    return { name: ref.name, node: callee, renamable: ref.imported, ...(ref.imported ? { importFrom: ref.source } : {}) };
  }
  if (callee?.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
  const name = callee.property.name;
  if (!Object.hasOwn(names, name) || (boomRef(ctx, callee.object)?.kind ?? 'factory') === 'factory') return undefined;
  return { name, node: callee.property, renamable: true };
}

/** `Boom.methodNotAllowed(msg?, data?, allow?)`, `Boom.forbidden/notFound/notImplemented(msg?, data?)`. */
function boomFactory(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression): boolean {
  const factory = factoryCall(ctx, call, FACTORY_STATUS);
  if (!factory) return false;
  if (!isRaised(ctx, call)) return true;
  const args = call.arguments;
  const spread = args.some((a) => a.type === 'SpreadElement');
  let inlineAllow: StatusSink['inlineAllow'] = spread ? 'unknown' : factory.name === 'methodNotAllowed' && args.length >= 3 && !isNothing(args[2]) ? 'present' : 'absent';
  if (inlineAllow === 'absent') inlineAllow = outputHeadersAllow(ctx, call);
  const rewrite: StatusRewrite = { kind: 'name', node: factory.node, names: FACTORY_NAMES, ...(factory.importFrom ? { importFrom: factory.importFrom } : {}) };
  addSink(facts, {
    node: call,
    status: FACTORY_STATUS[factory.name]!,
    framework: 'hapi',
    inlineAllow,
    // After a rename to methodNotAllowed the third argument is `allow`.
    ...(!spread && args.length <= 2 ? { allowPlacement: { kind: 'argument', call, index: 2, pad: ['undefined', 'undefined'], text: '$ALLOW_ARRAY' } } : {}),
    ...(factory.renamable ? { rewrite } : {}),
    messageNodes: args.slice(0, 1),
  });
  return true;
}

/** `undefined` or `null`: an argument slot that is filled but carries nothing. */
function isNothing(node: Node | undefined): boolean {
  const n = unwrap(node);
  return (n?.type === 'Identifier' && n.name === 'undefined') || (n?.type === 'Literal' && n.value === null);
}

/** `new Boom.Boom(message, { statusCode })` / `new Boom(message, { statusCode })`: reported, no fix (C.1 #8). */
function boomConstructor(ctx: FileContext, facts: Facts, call: TSESTree.NewExpression): void {
  const callee = unwrap(call.callee);
  const isBoom =
    (callee?.type === 'Identifier' && boomRef(ctx, callee)?.kind === 'class') ||
    (callee?.type === 'MemberExpression' && propertyName(callee) === 'Boom' && boomRef(ctx, callee.object)?.kind === 'module');
  if (isBoom && isRaised(ctx, call)) optionsStatus(ctx, facts, call, call.arguments[1]);
}

/** `Boom.boomify(err, { statusCode })`: reported, no fix. */
function boomify(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression): boolean {
  if (!factoryCall(ctx, call, { boomify: true })) return false;
  optionsStatus(ctx, facts, call, call.arguments[1]);
  return true;
}

function optionsStatus(ctx: FileContext, facts: Facts, call: Call, options: Node | undefined): void {
  const opts = unwrap(options);
  const prop = opts?.type === 'ObjectExpression' ? findProperty(opts, 'statusCode') : undefined;
  const status = prop && resolveStatus(ctx, prop.value);
  if (!prop || !status) return;
  addSink(facts, {
    node: call,
    status: status.code,
    framework: 'hapi',
    inlineAllow: outputHeadersAllow(ctx, call),
    rewrite: { kind: 'expression', node: prop.value },
    messageNodes: call.arguments.slice(0, 1),
  });
}

/**
 * `const err = Boom.x(…); err.output.headers.Allow = '…'; throw err;`: Allow written on the error's
 * output headers (present), under a name that is not a literal (unknown), or not at all (absent).
 */
function outputHeadersAllow(ctx: FileContext, call: Call): StatusSink['inlineAllow'] {
  const declarator = ctx.parentOf(call);
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== call || declarator.id.type !== 'Identifier') return 'absent';
  const binding = ctx.bindings.resolve(declarator.id.name, declarator.id);
  let state: StatusSink['inlineAllow'] = 'absent';
  for (const assign of ctx.assignments) {
    const left = unwrap(assign.left);
    if (left?.type !== 'MemberExpression') continue;
    const headers = propertyName(left) === 'headers' ? left : unwrap(left.object);
    if (headers?.type !== 'MemberExpression' || propertyName(headers) !== 'headers') continue;
    const output = unwrap(headers.object);
    if (output?.type !== 'MemberExpression' || propertyName(output) !== 'output') continue;
    const root = unwrap(output.object);
    if (root?.type !== 'Identifier' || ctx.bindings.resolve(root.name, root) !== binding) continue;
    const written = headers === left ? headersAllow(assign.right) : nameState(left);
    if (written === 'present') return 'present';
    if (written === 'unknown') state = 'unknown';
  }
  return state;
}

function nameState(member: TSESTree.MemberExpression): StatusSink['inlineAllow'] {
  const name = propertyName(member);
  if (name === undefined) return 'unknown';
  return name.toLowerCase() === 'allow' ? 'present' : 'absent';
}

/** `h.response(body).code(405)`, also through a local (`const response = h.response(body); response.code(405)`). */
function responseCode(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression): void {
  const callee = unwrap(call.callee);
  if (callee?.type !== 'MemberExpression' || propertyName(callee) !== 'code' || call.arguments.length !== 1) return;
  const status = resolveStatus(ctx, call.arguments[0]);
  const origin = responseOrigin(ctx, callee.object);
  if (!status || !origin) return;
  let inlineAllow = chainHeaderAllow(origin.calls);
  for (let child: Node = call, parent = ctx.parentOf(call); parent; child = parent, parent = ctx.parentOf(parent)) {
    if (parent.type === 'MemberExpression' && parent.object === child) continue;
    if (parent.type !== 'CallExpression' || parent.callee !== child) break;
    const later = chainHeaderAllow([parent]);
    if (later !== 'absent') inlineAllow = later === 'present' || inlineAllow === 'present' ? 'present' : 'unknown';
  }
  const placement: AllowPlacement = { kind: 'after', node: call, text: ".header('Allow', $ALLOW)" };
  addSink(facts, {
    node: call,
    status: status.code,
    framework: 'hapi',
    ...(origin.variable ? { receiver: origin.variable } : {}),
    inlineAllow,
    allowPlacement: placement,
    rewrite: { kind: 'expression', node: call.arguments[0]! },
    messageNodes: [...origin.response.arguments],
  });
}

/** The `toolkit.response(…)` call a chain starts from (the toolkit a handler parameter), and the calls on the way. */
function responseOrigin(ctx: FileContext, expr: Node, depth = 0): { response: TSESTree.CallExpression; calls: TSESTree.CallExpression[]; variable?: string } | undefined {
  const calls: TSESTree.CallExpression[] = [];
  let node = unwrap(expr);
  while (node?.type === 'CallExpression') {
    const callee = unwrap(node.callee);
    if (callee?.type !== 'MemberExpression') return undefined;
    calls.push(node);
    if (propertyName(callee) === 'response') {
      return isParam(ctx, rootIdentifier(callee.object)) && unwrap(callee.object)?.type === 'Identifier' ? { response: node, calls } : undefined;
    }
    node = unwrap(callee.object);
  }
  if (node?.type !== 'Identifier' || depth > 0) return undefined;
  const binding = ctx.bindings.resolve(node.name, node);
  if (binding?.kind !== 'const' && binding?.kind !== 'let') return undefined;
  if (binding.key !== undefined || !binding.init) return undefined;
  const inner = responseOrigin(ctx, binding.init, depth + 1);
  return inner && { response: inner.response, calls: [...calls, ...inner.calls], variable: node.name };
}

/** Allow among `.header(name, …)` calls of a chain. */
function chainHeaderAllow(calls: readonly TSESTree.CallExpression[]): StatusSink['inlineAllow'] {
  let state: StatusSink['inlineAllow'] = 'absent';
  for (const c of calls) {
    if (calleeName(c) !== 'header') continue;
    const name = stringValue(c.arguments[0]);
    if (name === undefined) state = 'unknown';
    else if (name.toLowerCase() === 'allow') return 'present';
  }
  return state;
}

/**
 * Route objects routes.ts does not see: `server.route(routes)` with `routes` a local array or object,
 * `export default [...]`, `export const routes = [...]`, `module.exports = [...]`, `exports.routes = …`.
 * Objects `server.route` already registered (literal arguments) are skipped.
 */
function storedRoutes(ctx: FileContext, facts: Facts): void {
  const seen = new Set<Node>(facts.routes.map((r) => r.node));
  const add = (value: Node | null | undefined, receiver: string) => {
    const fresh = routeObjects(ctx, value, receiver).filter((reg) => !seen.has(reg.node));
    for (const reg of fresh) facts.routes.push(reg);
    for (const reg of fresh) seen.add(reg.node);
  };
  for (const call of ctx.calls) {
    if (call.type === 'CallExpression' && calleeName(call) === 'route' && call.arguments.length === 1 && unwrap(call.callee)?.type === 'MemberExpression') {
      add(call.arguments[0], rootIdentifier(call.callee)?.name ?? '?');
    }
  }
  for (const decl of ctx.exports) {
    if (decl.type === 'ExportDefaultDeclaration') add(decl.declaration, 'exports');
    else if (decl.declaration?.type === 'VariableDeclaration') for (const d of decl.declaration.declarations) add(d.init, 'exports');
  }
  for (const assign of ctx.assignments) {
    if (/^(module\.)?exports(\.\w+)?$/.test(dottedName(assign.left) ?? '')) add(assign.right, 'exports');
  }
}

function routeObjects(ctx: FileContext, value: Node | null | undefined, receiver: string, depth = 0): RouteRegistration[] {
  const node = unwrap(value);
  if (node?.type === 'Identifier' && depth === 0) {
    const binding = ctx.bindings.resolve(node.name, node);
    return binding?.kind === 'const' && binding.key === undefined ? routeObjects(ctx, binding.init, receiver, 1) : [];
  }
  const objects = node?.type === 'ArrayExpression' ? node.elements.map((e) => unwrap(e ?? undefined)) : [node];
  const out: RouteRegistration[] = [];
  for (const obj of objects) {
    if (obj?.type !== 'ObjectExpression') continue;
    const methodProp = findProperty(obj, 'method');
    const path = stringValue(findProperty(obj, 'path')?.value);
    const handler = findProperty(obj, 'handler') ?? optionsHandler(obj);
    if (!methodProp || path === undefined || !path.startsWith('/') || !handler) continue;
    const methods = stringValue(methodProp.value) === '*' ? ['ALL'] : methodList(ctx, methodProp.value);
    for (const method of methods ?? []) {
      out.push({
        node: obj,
        framework: 'hapi',
        resource: `${receiver}:${path}`,
        method,
        handlers: handlerFunctions(ctx, [handler.value]),
        path,
        autoHead: true,
        ...(method === 'ALL' && CATCH_ALL.test(path) ? { notFound: true } : {}),
      });
    }
  }
  return out;
}

function optionsHandler(obj: TSESTree.ObjectExpression): TSESTree.Property | undefined {
  const options = unwrap((findProperty(obj, 'options') ?? findProperty(obj, 'config'))?.value);
  return options?.type === 'ObjectExpression' ? findProperty(options, 'handler') : undefined;
}
