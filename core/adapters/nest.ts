/**
 * NestJS (@nestjs/common): the built-in exceptions whose class names imply a status
 * (`ForbiddenException`, `NotFoundException`, `MethodNotAllowedException`, `NotImplementedException`),
 * `new HttpException(body, status)`, and `@HttpCode(status)` on a handler; and the routes that
 * `@Controller` classes declare with `@Get`, `@Post`, ….
 * Allow fix: `@Header('Allow', …)` on the controller method. Nest sets those headers before the handler
 * runs, so they survive a thrown exception (HTTP-SEMANTICS.md B.7). A throw outside a route method (guard,
 * pipe, interceptor, filter, service) has no decorator target and gets no fix. `@Res() res` code is
 * Express-style and is left to the Express adapter, except where `@Header('Allow')` already covers it.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, calleeObject, findProperty, hasSpread, isFunction, propertyName, stringValue, unwrap, type FunctionNode, type Node } from '../ast';
import type { FileContext } from '../context';
import type { AllowPlacement, ImportNeed, RouteRegistration, StatusRewrite } from '../model';
import { resolveStatus, statusNames } from '../status';
import { isRaised, paramReceiver, primaryFramework } from './shared';
import { addSink, type Adapter, type Facts } from './types';

const NEST = '@nestjs/common';

const { byName: EXCEPTION_STATUS, byCode: EXCEPTION_NAMES } = statusNames('pascal', 'Exception');

const ROUTE_DECORATORS: Record<string, string> = {
  Get: 'GET',
  Post: 'POST',
  Put: 'PUT',
  Patch: 'PATCH',
  Delete: 'DELETE',
  Options: 'OPTIONS',
  Head: 'HEAD',
  All: 'ALL',
  Search: 'SEARCH',
};


/** `*`, `*path`, `{*splat}`, `(.*)`: a path that matches everything under the controller. */
const CATCH_ALL = /^(\*|\(\.\*\)|\*\w+|\{\*\w*\})$/;

/** A controller method bound to a route, and what its decorators already say about `Allow`. */
interface RouteMethod {
  member: TSESTree.MethodDefinition;
  allow: 'present' | 'absent' | 'unknown';
  /** Name of the `@Res()` / `@Response()` parameter, whose header writes reach the same response. */
  response: string | undefined;
}

export const nestAdapter: Adapter = {
  name: 'nest',
  applies: (ctx) => primaryFramework(ctx) === 'nest',
  collect(ctx, facts) {
    const routes = controllerRoutes(ctx, facts);
    for (const call of ctx.calls) {
      if (call.type === 'NewExpression') {
        exception(ctx, facts, call, routes);
        continue;
      }
      const name = nestName(ctx, call.callee);
      if (name === 'HttpCode') httpCode(ctx, facts, call, routes);
      else if (name === undefined) decoratedResponse(ctx, facts, call, routes);
    }
  },
};

/** The name `node` has in @nestjs/common: a named import (`Get`, or its alias) or `ns.Get` on a namespace import. */
function nestName(ctx: FileContext, node: Node | undefined): string | undefined {
  const n = unwrap(node);
  if (n?.type === 'Identifier') {
    const binding = ctx.bindings.resolve(n.name, n);
    if (binding?.source !== NEST || binding.kind === 'param') return undefined;
    return binding.imported === 'default' || binding.imported === '*' ? undefined : binding.imported;
  }
  if (n?.type === 'MemberExpression' && unwrap(n.object)?.type === 'Identifier') {
    const object = unwrap(n.object) as TSESTree.Identifier;
    const binding = ctx.bindings.resolve(object.name, object);
    if (binding?.source !== NEST || (binding.imported !== '*' && binding.imported !== 'default')) return undefined;
    return propertyName(n);
  }
  return undefined;
}

/** Decorator calls on a class, member or parameter: `[name in @nestjs/common, call]`. */
function decoratorCalls(ctx: FileContext, node: { decorators?: TSESTree.Decorator[] }): Array<[string, TSESTree.CallExpression]> {
  const out: Array<[string, TSESTree.CallExpression]> = [];
  for (const d of node.decorators ?? []) {
    const call = unwrap(d.expression);
    if (call?.type !== 'CallExpression') continue;
    const name = nestName(ctx, call.callee);
    if (name) out.push([name, call]);
  }
  return out;
}

/** A string literal, or a local const holding one. */
function constString(ctx: FileContext, node: Node | undefined): string | undefined {
  const n = unwrap(node);
  const literal = stringValue(n);
  if (literal !== undefined || n?.type !== 'Identifier') return literal;
  const binding = ctx.bindings.resolve(n.name, n);
  return binding?.kind === 'const' && binding.key === undefined ? stringValue(binding.init) : undefined;
}

/** Path argument of `@Controller(…)` / `@Get(…)`: '' when absent, undefined when not a literal. */
function pathArgument(ctx: FileContext, call: TSESTree.CallExpression, objectKey?: string): string | undefined {
  const arg = unwrap(call.arguments[0]);
  if (!arg) return '';
  if (objectKey && arg.type === 'ObjectExpression') {
    const prop = findProperty(arg, objectKey);
    if (!prop) return hasSpread(arg) ? undefined : '';
    return constString(ctx, prop.value);
  }
  return constString(ctx, arg);
}

function joinPath(prefix: string, path: string): string {
  return `${prefix}/${path}`.split('/').filter((s) => s !== '').join('/');
}

/** Route registrations of `@Controller` classes, and the route methods by member. */
function controllerRoutes(ctx: FileContext, facts: Facts): Map<TSESTree.MethodDefinition, RouteMethod> {
  const routes = new Map<TSESTree.MethodDefinition, RouteMethod>();
  for (const cls of ctx.classes) {
    const controller = decoratorCalls(ctx, cls).find(([name]) => name === 'Controller');
    if (!controller) continue;
    const prefix = pathArgument(ctx, controller[1], 'path');
    for (const member of cls.body.body) {
      if (member.type !== 'MethodDefinition' || member.kind !== 'method' || member.static) continue;
      const handler = member.value;
      if (!isFunction(handler)) continue;
      const verbs = decoratorCalls(ctx, member).filter(([name]) => Object.hasOwn(ROUTE_DECORATORS, name));
      if (verbs.length === 0) continue;
      routes.set(member, { member, allow: headerDecoratorAllow(ctx, member), response: responseParam(ctx, handler) });
      for (const [name, call] of verbs) facts.routes.push(registration(ctx, handler, call, ROUTE_DECORATORS[name]!, prefix));
    }
  }
  return routes;
}

function registration(ctx: FileContext, handler: FunctionNode, call: TSESTree.CallExpression, method: string, prefix: string | undefined): RouteRegistration {
  const own = pathArgument(ctx, call);
  const resource = prefix === undefined || own === undefined ? undefined : joinPath(prefix, own);
  return {
    node: call,
    framework: 'nest',
    resource,
    method,
    handlers: [handler],
    ...(resource !== undefined ? { path: `/${resource}` } : {}),
    autoHead: true,
    firstMatchWins: true,
    ...(method === 'ALL' && own !== undefined && CATCH_ALL.test(own.replace(/^\//, '')) ? { notFound: true } : {}),
  };
}

/** `@Header('Allow', …)` on the method: present; a header whose name is not a literal: unknown. */
function headerDecoratorAllow(ctx: FileContext, member: TSESTree.MethodDefinition): RouteMethod['allow'] {
  let state: RouteMethod['allow'] = 'absent';
  for (const [name, call] of decoratorCalls(ctx, member)) {
    if (name !== 'Header') continue;
    const header = constString(ctx, call.arguments[0]);
    if (header === undefined) state = 'unknown';
    else if (header.toLowerCase() === 'allow') return 'present';
  }
  return state;
}

function responseParam(ctx: FileContext, fn: FunctionNode): string | undefined {
  for (const param of fn.params) {
    if (param.type !== 'Identifier') continue;
    if (decoratorCalls(ctx, param).some(([name]) => name === 'Res' || name === 'Response')) return param.name;
  }
  return undefined;
}

/** The route method whose body holds `node` (through nested callbacks), if the nearest class method is one. */
function enclosingRoute(ctx: FileContext, node: Node, routes: Map<TSESTree.MethodDefinition, RouteMethod>): RouteMethod | undefined {
  for (let a = ctx.parentOf(node); a; a = ctx.parentOf(a)) {
    if (a.type === 'MethodDefinition') return routes.get(a);
    if (a.type === 'ClassBody') return undefined;
  }
  return undefined;
}

/** `@Header('Allow', …)` above the method, spelled with the file's own binding of `Header`. */
function headerPlacement(ctx: FileContext, member: TSESTree.MethodDefinition): { placement: AllowPlacement; imports: ImportNeed[] } | undefined {
  const local = ctx.bindings.importedAs([NEST], 'Header');
  if (local) return { placement: { kind: 'decorator', member, text: `@${local}('Allow', $ALLOW)` }, imports: [] };
  const namespace = ctx.bindings.importedAs([NEST], '*');
  if (namespace) return { placement: { kind: 'decorator', member, text: `@${namespace}.Header('Allow', $ALLOW)` }, imports: [] };
  if (ctx.bindings.resolve('Header', member)) return undefined;
  return { placement: { kind: 'decorator', member, text: "@Header('Allow', $ALLOW)" }, imports: [{ source: NEST, name: 'Header' }] };
}

/** `throw new MethodNotAllowedException(…)`, `throw new HttpException(body, 405)`, and the other named exceptions. */
function exception(ctx: FileContext, facts: Facts, call: TSESTree.NewExpression, routes: Map<TSESTree.MethodDefinition, RouteMethod>): void {
  const name = nestName(ctx, call.callee);
  if (!name || !isRaised(ctx, call)) return;
  let status: number | undefined;
  let rewrite: StatusRewrite | undefined;
  if (name === 'HttpException') {
    status = resolveStatus(ctx, call.arguments[1])?.code;
    if (call.arguments[1]) rewrite = { kind: 'expression', node: call.arguments[1] };
  } else if (Object.hasOwn(EXCEPTION_STATUS, name)) {
    status = EXCEPTION_STATUS[name];
    const callee = unwrap(call.callee);
    if (callee?.type === 'Identifier') rewrite = { kind: 'name', node: callee, names: EXCEPTION_NAMES, importFrom: NEST };
    else if (callee?.type === 'MemberExpression' && callee.property.type === 'Identifier') rewrite = { kind: 'name', node: callee.property, names: EXCEPTION_NAMES };
  }
  if (status === undefined) return;
  const route = enclosingRoute(ctx, call, routes);
  const fix = route && route.allow === 'absent' ? headerPlacement(ctx, route.member) : undefined;
  addSink(facts, {
    node: call,
    status,
    framework: 'nest',
    ...(route?.response ? { receiver: route.response } : {}),
    inlineAllow: route?.allow ?? 'absent',
    ...(fix ? { allowPlacement: fix.placement, imports: fix.imports } : {}),
    ...(rewrite ? { rewrite } : {}),
    messageNodes: call.arguments.slice(0, 1),
  });
}

/** `@HttpCode(405)` on a route method. */
function httpCode(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression, routes: Map<TSESTree.MethodDefinition, RouteMethod>): void {
  const decorator = ctx.parentOf(call);
  const member = decorator?.type === 'Decorator' ? ctx.parentOf(decorator) : undefined;
  const status = resolveStatus(ctx, call.arguments[0]);
  if (member?.type !== 'MethodDefinition' || !status) return;
  const route = routes.get(member);
  const fix = route && route.allow === 'absent' ? headerPlacement(ctx, member) : undefined;
  addSink(facts, {
    node: call,
    status: status.code,
    framework: 'nest',
    ...(route?.response ? { receiver: route.response } : {}),
    inlineAllow: route?.allow ?? 'absent',
    ...(fix ? { allowPlacement: fix.placement, imports: fix.imports } : {}),
    rewrite: { kind: 'expression', node: call.arguments[0]! },
  });
}

/**
 * `res.status(405)` / `res.sendStatus(405)` on a handler parameter, in a route method that already has an
 * `@Header('Allow')` (or a header with a dynamic name): the Express adapter cannot see the decorator, so the
 * sink is recorded here with the decorator counted. Other `@Res()` code is left to the Express adapter.
 */
function decoratedResponse(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression, routes: Map<TSESTree.MethodDefinition, RouteMethod>): void {
  const name = calleeName(call);
  if ((name !== 'status' && name !== 'sendStatus') || call.arguments.length !== 1) return;
  const receiver = paramReceiver(ctx, calleeObject(call));
  const status = resolveStatus(ctx, call.arguments[0]);
  if (!receiver || !status) return;
  const route = enclosingRoute(ctx, call, routes);
  if (!route || route.allow === 'absent') return;
  addSink(facts, {
    node: call,
    status: status.code,
    framework: 'nest',
    receiver: receiver.name,
    inlineAllow: route.allow,
    rewrite: { kind: 'expression', node: call.arguments[0]! },
  });
}
