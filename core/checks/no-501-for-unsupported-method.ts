/**
 * no-501-for-unsupported-method: 501 means no resource supports the method; rejecting a method on a
 * resource that exists is 405 with Allow (RFC 9110 §9.1, §15.5.6, §15.6.2).
 */
import type { Facts } from '../adapters/types';
import type { FileContext } from '../context';
import type { Finding } from '../model';
import { methodNotAllowedFinding, methodRejection } from './method-rejection';

export function no501ForUnsupportedMethod(ctx: FileContext, facts: Facts): Finding[] {
  const findings: Finding[] = [];
  for (const sink of facts.sinks) {
    if (sink.status !== 501) continue;
    const rejection = methodRejection(ctx, facts, sink, true);
    if (!rejection) continue;
    findings.push(
      methodNotAllowedFinding(ctx, facts, 'no-501-for-unsupported-method', sink, rejection, {
        known: 'notImplementedForMethod',
        unknown: 'notImplementedForMethodUnknownMethods',
      }),
    );
  }
  return findings;
}
