/**
 * Shared by no-501-for-unsupported-method and no-403-for-unsupported-method: is a status sink a
 * rejection of the request method on a resource that exists, and what are that resource's methods?
 */
import type { Facts } from '../adapters/types';
import type { FileContext } from '../context';
import type { Finding, RuleId, StatusSink } from '../model';
import { allowWritten, combine, planAllow, planStatus } from '../plan';
import { pathContext } from '../paths';
import { resourceOf } from '../resource';

export interface Rejection {
  allowed: string[] | undefined;
  /** The rejected methods when the code names them (`if (method === 'DELETE')`, a `@Delete()` handler). */
  rejected: string[] | undefined;
}

/**
 * `requireKnownPath`: a method-decided sink counts only when it answers for one resource (a route with a
 * path, a route module, a path branch); a server-wide method filter is not a single resource's answer.
 */
export function methodRejection(ctx: FileContext, facts: Facts, sink: StatusSink, requireKnownPath: boolean): Rejection | undefined {
  const { guard, route, ownMethods, supporting, allowed } = resourceOf(ctx, facts, sink.node);
  const path = pathContext(ctx, sink.node);
  const otherConditions = guard.otherConditions - path.pathConditions;
  const rejected = Array.isArray(guard.rejected) ? guard.rejected : undefined;
  if (guard.methodConditions > 0 && otherConditions === 0) {
    const knownPath = path.knownPath || (route !== undefined && route.resource !== undefined && route.method !== 'USE' && !route.notFound);
    if (requireKnownPath && !knownPath) return undefined;
    return { allowed, rejected };
  }
  // A method-bound handler that answers this status unconditionally while the path really serves other
  // methods (several stubs that all refuse are a path that serves nothing, not a method rejection).
  if (guard.methodConditions === 0 && guard.otherConditions === 0 && route && route.method !== 'ALL' && route.method !== 'USE' && supporting.some((s) => !ownMethods.includes(s.method))) {
    return { allowed, rejected: ownMethods };
  }
  return undefined;
}

/** A finding that turns the sink into 405 + Allow, or reports without a fix when the methods are unknown. */
export function methodNotAllowedFinding(
  ctx: FileContext,
  facts: Facts,
  ruleId: RuleId,
  sink: StatusSink,
  rejection: Rejection,
  messageIds: { known: string; unknown: string },
): Finding {
  const methods = rejection.allowed?.join(', ') ?? '';
  const method = rejection.rejected?.join(', ') ?? 'the request method';
  const hasAllow = allowWritten(ctx, facts, sink) === 'yes';
  const edits =
    rejection.allowed && rejection.allowed.length > 0
      ? combine(planStatus(ctx, sink, 405), hasAllow ? [] : planAllow(ctx, sink, rejection.allowed))
      : undefined;
  return {
    ruleId,
    node: sink.node,
    messageId: rejection.allowed ? messageIds.known : messageIds.unknown,
    data: { methods, method },
    ...(edits ? { fix: { messageId: 'useMethodNotAllowed', data: { methods }, edits } } : {}),
  };
}
