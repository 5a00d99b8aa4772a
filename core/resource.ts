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
  /** The methods registered to the same handler on that path (`route({ method: ['GET', 'POST'] })`). */
  ownMethods: string[];
  /** Other method-bound registrations on the same resource. */
  siblings: RouteRegistration[];
  /** Siblings that really serve their method (not rejecting stubs, not shadowed by an earlier catch-all). */
  supporting: RouteRegistration[];
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
  const sameResource = route?.resource === undefined ? [] : facts.routes.filter((r) => r.resource === route.resource && r.method !== 'USE');
  const shared = (r: RouteRegistration) => route !== undefined && r.handlers.some((h) => route.handlers.includes(h));
  const ownMethods = route ? union([route.method], sameResource.filter(shared).map((r) => r.method)) : [];
  const siblings = sameResource.filter((r) => !shared(r) && r.method !== 'ALL');
  const supporting = siblings.filter((r) => !isRejectingStub(ctx, facts, r) && !shadowedBy(route, r));
  return { guard, route, ownMethods, siblings, supporting, allowed: allowedMethods(guard, route, ownMethods, supporting) };
}

function allowedMethods(guard: GuardContext, route: RouteRegistration | undefined, own: string[], supporting: RouteRegistration[]): string[] | undefined {
  if (guard.incomplete) return undefined;
  const others = supporting.map((s) => s.method);
  if (guard.allowed.length > 0) {
    // Methods the handler's code serves, plus the path's other method-bound routes.
    if (!route) return sortMethods(guard.allowed);
    return sortMethods(withAutoMethods(union(guard.allowed, others), own, supporting, route));
  }
  if (!route) return undefined;
  // A positive test names the rejected methods; an unconditional answer rejects the handler's own methods.
  const rejected = Array.isArray(guard.rejected) ? guard.rejected : guard.methodConditions === 0 ? own : [];
  const candidates = union(own.filter((m) => m !== 'ALL' && m !== 'USE'), others);
  const methods = candidates.filter((m) => !rejected.includes(m));
  if (methods.length === 0 || (others.length === 0 && !Array.isArray(guard.rejected))) return undefined;
  return sortMethods(withAutoMethods(methods, own, supporting, route, rejected));
}

/**
 * HEAD where GET is registered (by this route or a sibling) in a framework that answers HEAD by itself, not
 * where GET only passes a guard inside an all-methods handler (HEAD reaches that guard and is refused);
 * OPTIONS where the framework answers that.
 */
function withAutoMethods(methods: string[], own: string[], supporting: RouteRegistration[], route: RouteRegistration, rejected: readonly string[] = []): string[] {
  let out = methods;
  const autoHead = (own.includes('GET') && route.autoHead) || supporting.some((s) => s.method === 'GET' && s.autoHead);
  if (out.includes('GET') && autoHead && !rejected.includes('HEAD') && !rejected.includes('GET')) out = union(out, ['HEAD']);
  if ((route.autoOptions || supporting.some((s) => s.autoOptions)) && !rejected.includes('OPTIONS')) out = union(out, ['OPTIONS']);
  return out;
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


