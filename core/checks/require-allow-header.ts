/**
 * require-allow-header: a 405 response must carry `Allow` (RFC 9110 §15.5.6, §10.2.1).
 */
import type { Facts } from '../adapters/types';
import type { FileContext } from '../context';
import type { Finding, StatusSink } from '../model';
import { allowWritten, combine, planAllow } from '../plan';
import { resourceOf } from '../resource';

export function requireAllowHeader(ctx: FileContext, facts: Facts): Finding[] {
  const findings: Finding[] = [];
  for (const sink of facts.sinks) {
    if (sink.status !== 405) continue;
    // Where the framework drops headers set before an error, only Allow given in the error itself counts.
    const written = sink.headersDiscarded ? inlineOnly(sink.inlineAllow) : allowWritten(ctx, facts, sink);
    if (written !== 'no') continue;
    const { allowed } = resourceOf(ctx, facts, sink.node);
    const discarded = sink.headersDiscarded === true && allowWritten(ctx, facts, { ...sink, headersDiscarded: false }) !== 'no';
    const methods = allowed?.join(', ') ?? '';
    const edits = allowed && allowed.length > 0 ? combine(planAllow(ctx, sink, allowed)) : undefined;
    findings.push({
      ruleId: 'require-allow-header',
      node: sink.node,
      messageId: discarded ? 'allowHeaderDiscarded' : allowed ? 'missingAllowHeader' : 'missingAllowHeaderUnknownMethods',
      data: { methods },
      ...(edits ? { fix: { messageId: 'addAllowHeader', data: { methods }, edits } } : {}),
    });
  }
  return findings;
}

function inlineOnly(inline: StatusSink['inlineAllow']): 'yes' | 'maybe' | 'no' {
  return inline === 'present' ? 'yes' : inline === 'unknown' ? 'maybe' : 'no';
}
