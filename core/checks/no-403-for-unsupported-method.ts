/**
 * no-403-for-unsupported-method: a 403 whose only condition is the request method rejects the method, not
 * the client; the answer is 405 with Allow (RFC 9110 §15.5.4, §15.5.6).
 */
import type { Facts } from '../adapters/types';
import type { FileContext } from '../context';
import type { Finding } from '../model';
import { methodNotAllowedFinding, methodRejection } from './method-rejection';

export function no403ForUnsupportedMethod(ctx: FileContext, facts: Facts): Finding[] {
  const findings: Finding[] = [];
  for (const sink of facts.sinks) {
    if (sink.status !== 403) continue;
    const rejection = methodRejection(ctx, facts, sink, false);
    // Refusing a CORS preflight with 403 is a convention of its own, not a method rejection.
    if (!rejection || (rejection.rejected?.length === 1 && rejection.rejected[0] === 'OPTIONS')) continue;
    findings.push(
      methodNotAllowedFinding(ctx, facts, 'no-403-for-unsupported-method', sink, rejection, {
        known: 'forbiddenForMethod',
        unknown: 'forbiddenForMethodUnknownMethods',
      }),
    );
  }
  return findings;
}
