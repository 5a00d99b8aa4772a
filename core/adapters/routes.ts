/**
 * Route registrations that look alike across Express, Koa/@koa/router, Fastify, Hono, h3 routers and
 * hapi: `app.get(path, h)`, `app.route(path).get(h)`, `app.get(path, h).post(h2)` (Hono),
 * `route({ method, url })`, `server.route({ method, path })`, `app.on(method, path, h)`.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, findProperty, propertyName, rootIdentifier, stringValue, unwrap, type Node } from '../ast';
import type { FileContext } from '../context';
import { methodList } from '../methods';
import type { Framework, RouteRegistration } from '../model';
import { handlerFunctions, primaryFramework } from './shared';
import type { Adapter, Facts } from './types';

const VERBS: Record<string, string> = {
  get: 'GET',
  post: 'POST',
  put: 'PUT',
  patch: 'PATCH',
  delete: 'DELETE',
  del: 'DELETE',
  options: 'OPTIONS',
  opts: 'OPTIONS',
  head: 'HEAD',
  query: 'QUERY',
  trace: 'TRACE',
  search: 'SEARCH',
  all: 'ALL',
  use: 'USE',
};

/** Frameworks whose router tries routes in registration order (a later route on a caught path is dead). */
const FIRST_MATCH_WINS = new Set<Framework>(['express', 'koa', 'hono', 'h3', 'nest']);

/** Frameworks that answer HEAD with the GET handler by themselves (HTTP-SEMANTICS.md A.11). */
const AUTO_HEAD = new Set<Framework>(['express', 'koa', 'fastify', 'hono', 'hapi', 'nest', 'next-app', 'sveltekit']);

export const routesAdapter: Adapter = {
  name: 'routes',
  applies: () => true,
  collect(ctx, facts) {
    const framework = primaryFramework(ctx);
    const start = facts.routes.length;
    for (const call of ctx.calls) {
      if (call.type !== 'CallExpression') continue;
      const reg = verbRoute(ctx, call, framework) ?? objectRoutes(ctx, call, framework) ?? onRoute(ctx, call, framework) ?? notFoundHandler(ctx, call, framework);
      if (reg) pushRoutes(facts, reg);
    }
    for (const reg of facts.routes.slice(start)) if (isCatchAll(ctx, reg)) reg.notFound = true;
  },
};

/** Paths that match everything: Express 4/5, Koa, Hono, Fastify and hapi spellings. */
const CATCH_ALL_PATH = /^\/?(\*|\(\.\*\)|\*\w+|\{\*\w*\}|\{\w+\*\})$/;

/**
 * A registration that answers when no route matched: an all-method catch-all path, or a path-less
 * `use` placed after other registrations on the same app that never hands on to `next`.
 */
function isCatchAll(ctx: FileContext, reg: RouteRegistration): boolean {
  if (reg.notFound) return true;
  if ((reg.method === 'ALL' || reg.method === 'USE') && reg.path !== undefined) {
    // Where the first match answers, a catch-all registered before the routes answers them too.
    return CATCH_ALL_PATH.test(reg.path) && (!reg.firstMatchWins || routesBefore(ctx, reg));
  }
  if (reg.method !== 'USE' || reg.handlers.length !== 1) return false;
  const handler = reg.handlers[0]!;
  if (handler.params.length > 3 || callsNext(ctx, handler)) return false;
  return routesBefore(ctx, reg);
}

/** Routes or mounted routers registered before `reg` on the same app binding. */
function routesBefore(ctx: FileContext, reg: RouteRegistration): boolean {
  const callee = reg.node.type === 'CallExpression' ? reg.node.callee : undefined;
  const receiver = rootIdentifier(callee);
  if (!receiver) return false;
  const binding = ctx.bindings.resolve(receiver.name, receiver);
  return ctx.calls.some((c) => {
    if (c.type !== 'CallExpression' || c.range[1] > reg.node.range[0]) return false;
    const member = unwrap(c.callee);
    if (member?.type !== 'MemberExpression') return false;
    const verb = VERBS[propertyName(member) ?? ''];
    // Routes, or mounted routers (`app.use(router)`, `app.use('/api', api)`, `app.use(router.routes())`);
    // plain middleware (`app.use(fn)`) does not make a later `use` the not-found handler.
    const isRoute = verb !== undefined && (verb !== 'USE' || mountsRoutes(ctx, c));
    const root = rootIdentifier(member);
    return isRoute && root?.name === receiver.name && ctx.bindings.resolve(root.name, root) === binding;
  });
}

/** `app.use('/api', api)`, `app.use(router.routes())`, `app.use(router)` with `router = Router()`: routes mounted. */
function mountsRoutes(ctx: FileContext, call: TSESTree.CallExpression): boolean {
  const [first, second] = call.arguments;
  if (stringValue(first) !== undefined && second !== undefined) return true;
  return call.arguments.some((a) => {
    const arg = unwrap(a);
    if (arg?.type === 'CallExpression') return calleeName(arg) === 'routes';
    if (arg?.type !== 'Identifier') return false;
    const init = unwrap(ctx.bindings.resolve(arg.name, arg)?.init);
    return (init?.type === 'CallExpression' || init?.type === 'NewExpression') && ROUTER_FACTORY.test(calleeName(init) ?? '');
  });
}

const ROUTER_FACTORY = /^(Router|express|Hono|Koa|H3|createRouter|createApp|fastify)$/;

/** The handler declares a `next` parameter and uses it. */
function callsNext(ctx: FileContext, fn: RouteRegistration['handlers'][number]): boolean {
  const next = fn.params.find((p): p is TSESTree.Identifier => p.type === 'Identifier' && p.name === 'next');
  if (!next) return false;
  return /\bnext\b/.test(ctx.text.slice(fn.body.range[0], fn.body.range[1]));
}

/** Fastify `setNotFoundHandler([opts,] h)`, Hono `app.notFound(h)`. */
function notFoundHandler(ctx: FileContext, call: TSESTree.CallExpression, framework: Framework): RouteRegistration | undefined {
  const name = calleeName(call);
  if ((name !== 'setNotFoundHandler' && name !== 'notFound') || call.arguments.length === 0 || unwrap(call.callee)?.type !== 'MemberExpression') return undefined;
  const receiver = rootIdentifier(call.callee)?.name ?? '?';
  const reg = make(ctx, call, framework, receiver, undefined, 'ALL', call.arguments);
  if (reg.handlers.length === 0) return undefined;
  reg.notFound = true;
  reg.resource = `${receiver}:*notfound`;
  return reg;
}

function pushRoutes(facts: Facts, reg: RouteRegistration | RouteRegistration[]): void {
  for (const r of Array.isArray(reg) ? reg : [reg]) facts.routes.push(r);
}

function make(ctx: FileContext, node: Node, framework: Framework, receiver: string, path: string | undefined, method: string, args: readonly Node[]): RouteRegistration {
  return {
    node,
    framework,
    resource: path === undefined ? (method === 'USE' ? `${receiver}:*use` : undefined) : `${receiver}:${path}`,
    method,
    handlers: handlerFunctions(ctx, args),
    ...(path !== undefined ? { path } : {}),
    autoHead: AUTO_HEAD.has(framework),
    firstMatchWins: FIRST_MATCH_WINS.has(framework),
  };
}

/** `app.get('/p', h)`, `router.get('name', '/p', h)`, `app.route('/p').get(h)`, Hono `app.get('/p', h).post(h2)`. */
function verbRoute(ctx: FileContext, call: TSESTree.CallExpression, framework: Framework): RouteRegistration | undefined {
  const callee = unwrap(call.callee);
  if (callee?.type !== 'MemberExpression') return undefined;
  const verb = VERBS[propertyName(callee) ?? ''];
  if (!verb) return undefined;
  const args = call.arguments;
  const base = unwrap(callee.object);
  const receiver = rootIdentifier(base)?.name ?? '?';
  const first = stringValue(args[0]);
  if (first !== undefined) {
    const second = stringValue(args[1]);
    const [path, rest] = second !== undefined && framework === 'koa' ? [second, args.slice(2)] : [first, args.slice(1)];
    if (rest.length === 0) return undefined; // `app.get('setting')`, `map.get(key)`
    const reg = make(ctx, call, framework, receiver, path, verb, rest);
    return reg.handlers.length > 0 || verb !== 'USE' ? reg : undefined;
  }
  // Path-less forms: `.route(path).get(h)` chains, Hono chained verbs, `app.use(fn)`.
  const chainPath = chainedPath(base, framework);
  if (chainPath !== undefined && args.length > 0) return make(ctx, call, framework, receiver, chainPath, verb, args);
  if (verb === 'USE' && args.length > 0) {
    const reg = make(ctx, call, framework, receiver, undefined, verb, args);
    return reg.handlers.length > 0 ? reg : undefined;
  }
  return undefined;
}

/** The path a chained call inherits: `x.route('/p')` (Express, Koa, h3), or the previous verb (Hono). */
function chainedPath(base: Node | undefined, framework: Framework): string | undefined {
  let node = unwrap(base);
  while (node?.type === 'CallExpression') {
    const name = calleeName(node);
    if (name === 'route' && node.arguments.length === 1) return stringValue(node.arguments[0]);
    if (framework === 'hono' && name && VERBS[name] && stringValue(node.arguments[0]) !== undefined) return stringValue(node.arguments[0]);
    const callee = unwrap(node.callee);
    node = callee?.type === 'MemberExpression' ? unwrap(callee.object) : undefined;
  }
  return undefined;
}

/** Fastify `route({ method, url, handler })` and hapi `server.route({ method, path, handler } | [...])`. */
function objectRoutes(ctx: FileContext, call: TSESTree.CallExpression, framework: Framework): RouteRegistration[] | undefined {
  if (calleeName(call) !== 'route' || call.arguments.length !== 1) return undefined;
  const arg = unwrap(call.arguments[0]);
  const objects = arg?.type === 'ArrayExpression' ? arg.elements.map((e) => unwrap(e ?? undefined)) : [arg];
  const receiver = rootIdentifier(call.callee)?.name ?? '?';
  const out: RouteRegistration[] = [];
  for (const obj of objects) {
    if (obj?.type !== 'ObjectExpression') continue;
    const methodProp = findProperty(obj, 'method');
    const pathProp = findProperty(obj, 'url') ?? findProperty(obj, 'path');
    if (!methodProp || !pathProp) continue;
    const path = stringValue(pathProp.value);
    const star = stringValue(methodProp.value) === '*';
    const methods = star ? ['ALL'] : methodList(ctx, methodProp.value);
    const handler = findProperty(obj, 'handler') ?? nestedHandler(obj);
    if (!methods || !handler) continue;
    for (const m of methods) out.push(make(ctx, obj, framework, receiver, path, m, [handler.value]));
  }
  return out.length > 0 ? out : undefined;
}

function nestedHandler(obj: TSESTree.ObjectExpression): TSESTree.Property | undefined {
  const options = findProperty(obj, 'options') ?? findProperty(obj, 'config');
  const value = unwrap(options?.value);
  return value?.type === 'ObjectExpression' ? findProperty(value, 'handler') : undefined;
}

/** Hono / h3 v2 `app.on('GET' | ['GET', 'POST'], '/p', h)`. */
function onRoute(ctx: FileContext, call: TSESTree.CallExpression, framework: Framework): RouteRegistration[] | undefined {
  if (calleeName(call) !== 'on' || call.arguments.length < 3) return undefined;
  const methods = methodList(ctx, call.arguments[0]);
  const path = stringValue(call.arguments[1]);
  if (!methods || path === undefined) return undefined;
  const receiver = rootIdentifier(call.callee)?.name ?? '?';
  return methods.map((m) => make(ctx, call, framework, receiver, path, m, call.arguments.slice(2)));
}
