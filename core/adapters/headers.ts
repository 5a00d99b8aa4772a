/**
 * Header writes in every framework's spelling: `res.setHeader/appendHeader/setHeaders`, Express
 * `res.set/header/append`, Fastify `reply.header/headers`, Koa `ctx.set/append`, Hono `c.header`,
 * Web `headers.set/append`, h3 `setResponseHeader(s)/appendResponseHeader(s)`, SvelteKit `setHeaders`.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, calleeObject, findProperty, hasSpread, rootIdentifier, stringValue, unwrap, type Node } from '../ast';
import type { HeaderWrite } from '../model';
import type { Adapter } from './types';

const METHOD_WRITERS = new Set(['setHeader', 'appendHeader', 'setHeaders', 'set', 'header', 'append', 'headers']);
const FUNCTION_WRITERS = new Set(['setResponseHeader', 'setResponseHeaders', 'appendResponseHeader', 'appendResponseHeaders', 'setHeader', 'appendHeader']);

export const headersAdapter: Adapter = {
  name: 'headers',
  applies: () => true,
  collect(ctx, facts) {
    for (const call of ctx.calls) {
      if (call.type !== 'CallExpression') continue;
      const write = headerWrite(call);
      if (write) facts.headerWrites.push(write);
    }
  },
};

function headerWrite(call: TSESTree.CallExpression): HeaderWrite | undefined {
  const name = calleeName(call);
  if (!name) return undefined;
  const callee = unwrap(call.callee);
  if (callee?.type === 'Identifier') {
    // h3: setResponseHeader(event, 'Allow', v); SvelteKit: setHeaders({ allow })
    if (FUNCTION_WRITERS.has(name)) {
      const receiver = rootIdentifier(call.arguments[0])?.name;
      return receiver ? { node: call, receiver, name: nameOf(call.arguments[1]) } : undefined;
    }
    if (name === 'setHeaders') return { node: call, receiver: 'event', name: nameOf(call.arguments[0]) };
    return undefined;
  }
  if (!METHOD_WRITERS.has(name) && name !== 'setHeaders') return undefined;
  const receiver = rootIdentifier(calleeObject(call))?.name;
  if (!receiver || call.arguments.length === 0) return undefined;
  return { node: call, receiver, name: nameOf(call.arguments[0]) };
}

/** Lowercased header name written: 'allow', another name, or undefined when not statically known. */
function nameOf(arg: Node | undefined): string | undefined {
  const node = unwrap(arg);
  if (!node) return undefined;
  const literal = stringValue(node);
  if (literal !== undefined) return literal.toLowerCase();
  if (node.type === 'ObjectExpression') {
    if (findProperty(node, 'allow', true)) return 'allow';
    return hasSpread(node) ? undefined : '(other)';
  }
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && node.property.name === 'HTTP2_HEADER_ALLOW') return 'allow';
  if (node.type === 'Identifier' && node.name === 'HTTP2_HEADER_ALLOW') return 'allow';
  return undefined;
}
