/**
 * The resource a sink answers for: the route registration whose handler holds it, its sibling
 * registrations on the same path, and the methods the resource supports (from guards or routes).
 */
import { isFunction, type FunctionNode, type Node } from './ast';
import type { Facts } from './adapters/types';
import type { FileContext } from './context';
import { guardContext, sortMethods, union, type GuardContext } from './methods';
import type { RouteRegistration } from './model';

export interface SinkResource {
  guard: GuardContext;
  /** The registration whose handler (directly or through nesting) holds the sink. */
  route: RouteRegistration | undefined;
  /** Other method-bound registrations on the same resource. */
  siblings: RouteRegistration[];
  /** The supported methods, sorted, when they can be told; undefined when unsure. */
  allowed: string[] | undefined;
}

export function handlerRoute(ctx: FileContext, facts: Facts, node: Node): RouteRegistration | undefined {
  for (let fn = ownerFunction(ctx, node); fn; fn = ownerFunction(ctx, fn)) {
    const owner = fn;
    const route = facts.routes.find((r) => r.handlers.includes(owner));
    if (route) return route;
  }
  return undefined;
}

/** The function a node belongs to; a decorator of a class method (`@HttpCode(405)`) belongs to that method. */
export function ownerFunction(ctx: FileContext, node: Node): FunctionNode | undefined {
  for (let a = ctx.parentOf(node); a; a = ctx.parentOf(a)) {
    if (a.type === 'Decorator') {
      const member = ctx.parentOf(a);
      if (member?.type === 'MethodDefinition' && isFunction(member.value)) return member.value;
    }
    if (isFunction(a)) return a;
  }
  return undefined;
}

export function resourceOf(ctx: FileContext, facts: Facts, node: Node): SinkResource {
  const guard = guardContext(ctx, node);
  const route = handlerRoute(ctx, facts, node);
  const siblings =
    route?.resource === undefined
      ? []
      : facts.routes.filter((r) => r !== route && r.resource === route.resource && r.method !== 'ALL' && r.method !== 'USE');
  const supporting = siblings.filter((r) => !isRejectingStub(ctx, facts, r) && !shadowedBy(route, r));
  return { guard, route, siblings, allowed: allowedMethods(guard, route, supporting) };
}

/** A route registered after an all-methods route on the same path, where the first match answers: never reached. */
function shadowedBy(route: RouteRegistration | undefined, sibling: RouteRegistration): boolean {
  return route?.method === 'ALL' && route.firstMatchWins === true && sibling.node.range[0] > route.node.range[0];
}

const REJECTIONS = new Set([403, 405, 501]);

/** A registration whose handler does nothing but reject (an unconditional 403/405/501): its method is not supported. */
function isRejectingStub(ctx: FileContext, facts: Facts, route: RouteRegistration): boolean {
  if (route.handlers.length === 0) return false;
  return route.handlers.every((fn) =>
    facts.sinks.some((sink) => {
      if (!REJECTIONS.has(sink.status) || ownerFunction(ctx, sink.node) !== fn) return false;
      const g = guardContext(ctx, sink.node);
      return g.methodConditions === 0 && g.otherConditions === 0;
    }),
  );
}


function allowedMethods(guard: GuardContext, route: RouteRegistration | undefined, siblings: RouteRegistration[]): string[] | undefined {
  if (guard.incomplete) return undefined;
  if (guard.allowed.length > 0) {
    // A guard inside an all-methods route: the path's method-bound siblings answer their methods first.
    if (route?.method !== 'ALL') return sortMethods(guard.allowed);
    return sortMethods(withAutoMethods(union(guard.allowed, siblings.map((s) => s.method)), siblings, route));
  }
  if (!route || siblings.length === 0) return undefined;
  const rejected = guard.rejected === 'others' ? [] : (guard.rejected ?? []);
  let methods: string[] = [];
  for (const s of siblings) if (s.method !== route.method && !rejected.includes(s.method)) methods = union(methods, [s.method]);
  if (methods.length === 0) return undefined;
  return sortMethods(withAutoMethods(methods, siblings, route, rejected));
}

/** HEAD where a GET sibling's framework answers it by itself; OPTIONS where the framework answers that. */
function withAutoMethods(methods: string[], siblings: RouteRegistration[], route: RouteRegistration, rejected: readonly string[] = []): string[] {
  let out = methods;
  if (out.includes('GET') && siblings.some((s) => s.method === 'GET' && s.autoHead) && !rejected.includes('HEAD') && route.method !== 'HEAD') out = union(out, ['HEAD']);
  if (siblings.some((s) => s.autoOptions) && route.method !== 'OPTIONS') out = union(out, ['OPTIONS']);
  return out;
}
