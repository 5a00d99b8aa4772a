/**
 * no-403-for-missing-route: 403 says "this exists and you may not have it"; for a route or resource that
 * does not exist the answer is 404 (RFC 9110 §15.5.4, §15.5.5).
 */
import type { Facts } from '../adapters/types';
import type { FileContext } from '../context';
import { isLookupMiss, isUnderNotFoundTest, saysNotFound } from '../lookups';
import { guardContext } from '../methods';
import type { Finding, StatusSink } from '../model';
import { combine, planStatus } from '../plan';
import { pathContext } from '../paths';
import { handlerRoute } from '../resource';

export function no403ForMissingRoute(ctx: FileContext, facts: Facts): Finding[] {
  const findings: Finding[] = [];
  for (const sink of facts.sinks) {
    if (sink.status !== 403) continue;
    const reason = missingRouteReason(ctx, facts, sink);
    if (!reason) continue;
    const edits = combine(planStatus(ctx, sink, 404));
    findings.push({
      ruleId: 'no-403-for-missing-route',
      node: sink.node,
      messageId: reason === 'route' ? 'forbiddenForMissingRoute' : 'forbiddenForMissingResource',
      data: {},
      reason,
      ...(edits ? { fix: { messageId: 'useNotFound', data: {}, edits } } : {}),
    });
  }
  return findings;
}

/** 'route' when no route matched, 'lookup' for a resource lookup miss, undefined when unsure. */
function missingRouteReason(ctx: FileContext, facts: Facts, sink: StatusSink): 'route' | 'lookup' | undefined {
  const guard = guardContext(ctx, sink.node);
  const unconditional = guard.methodConditions === 0 && guard.otherConditions === 0;
  const route = handlerRoute(ctx, facts, sink.node);
  if (unconditional && route?.notFound) return 'route';
  const path = pathContext(ctx, sink.node);
  if (path.fallthrough && path.otherConditions === 0 && guard.methodConditions === 0) return 'route';
  if (isUnderNotFoundTest(ctx, sink.node)) return 'route';
  const routeHasParam = /[:[{]/.test(route?.path ?? route?.resource ?? '');
  if (isLookupMiss(ctx, sink.node) || saysNotFound(ctx, sink, routeHasParam)) return 'lookup';
  return undefined;
}
