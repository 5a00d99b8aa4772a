/**
 * The one interface every framework adapter implements: given the file's facts, report where a status
 * is set (sinks), where headers are written, and which routes/methods are registered.
 */
import type { Node } from '../ast';
import type { FileContext } from '../context';
import type { HeaderWrite, RouteRegistration, StatusSink } from '../model';

export interface Facts {
  sinks: StatusSink[];
  headerWrites: HeaderWrite[];
  routes: RouteRegistration[];
  /** Nodes already turned into a sink by a more specific adapter. */
  claimed: Set<Node>;
}

export interface Adapter {
  name: string;
  /** Cheap test on imports, file name or shapes; adapters that do not apply are skipped. */
  applies(ctx: FileContext): boolean;
  collect(ctx: FileContext, facts: Facts): void;
}

/** Record a sink unless another adapter already claimed its node. */
export function addSink(facts: Facts, sink: StatusSink): void {
  if (facts.claimed.has(sink.node)) return;
  facts.claimed.add(sink.node);
  facts.sinks.push(sink);
}
