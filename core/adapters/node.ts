/**
 * Node core http/https/http2: `res.writeHead(status[, message][, headers])`, `res.statusCode = status`,
 * http2 `stream.respond({ ':status': status })`. Also the raw-response layer of Express, Next pages API,
 * restify and Koa (`ctx.res`).
 */
import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, calleeObject, findProperty, propertyName, stringValue, unwrap } from '../ast';
import { enclosingStatement, type FileContext } from '../context';
import type { AllowPlacement } from '../model';
import { resolveStatus } from '../status';
import { headersAllow, paramReceiver, sourceText } from './shared';
import { addSink, type Adapter, type Facts } from './types';

export const nodeAdapter: Adapter = {
  name: 'node',
  applies: () => true,
  collect(ctx, facts) {
    for (const call of ctx.calls) {
      if (call.type !== 'CallExpression') continue;
      const name = calleeName(call);
      if (name === 'writeHead') writeHead(ctx, facts, call);
      else if (name === 'respond') respond(ctx, facts, call);
    }
    for (const assign of ctx.assignments) statusCodeAssignment(ctx, facts, assign);
  },
};

function writeHead(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression): void {
  const receiver = paramReceiver(ctx, calleeObject(call));
  const status = resolveStatus(ctx, call.arguments[0]);
  if (!receiver || !status) return;
  const hasMessage = stringValue(call.arguments[1]) !== undefined;
  const headersIndex = hasMessage ? 2 : 1;
  const headers = unwrap(call.arguments[headersIndex]);
  let placement: AllowPlacement | undefined;
  if (!headers) placement = { kind: 'argument', call, index: headersIndex, pad: [], text: '{ Allow: $ALLOW }' };
  else if (headers.type === 'ObjectExpression') placement = { kind: 'property', object: headers, text: 'Allow: $ALLOW' };
  else if (headers.type === 'ArrayExpression' && headers.elements.length > 0) {
    const last = headers.elements[headers.elements.length - 1];
    const tuples = unwrap(headers.elements[0] ?? undefined)?.type === 'ArrayExpression';
    if (last) placement = { kind: 'after', node: last, text: tuples ? ", ['Allow', $ALLOW]" : ", 'Allow', $ALLOW" };
  }
  addSink(facts, {
    node: call,
    status: status.code,
    framework: 'node',
    receiver: receiver.name,
    inlineAllow: headersAllow(headers),
    ...(placement ? { allowPlacement: placement } : {}),
    rewrite: { kind: 'expression', node: call.arguments[0]! },
  });
}

/** http2 core API: `stream.respond({ ':status': 405, … })`. */
function respond(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression): void {
  const headers = unwrap(call.arguments[0]);
  if (headers?.type !== 'ObjectExpression') return;
  const statusProp = findProperty(headers, ':status') ?? headers.properties.find((p): p is TSESTree.Property => p.type === 'Property' && p.computed && sourceText(ctx, p.key).endsWith('HTTP2_HEADER_STATUS'));
  const status = statusProp && resolveStatus(ctx, statusProp.value);
  const receiver = paramReceiver(ctx, calleeObject(call));
  if (!status || !statusProp || !receiver) return;
  const allowWritten = headers.properties.some((p) => p.type === 'Property' && p.computed && sourceText(ctx, p.key).endsWith('HTTP2_HEADER_ALLOW'));
  addSink(facts, {
    node: call,
    status: status.code,
    framework: 'node',
    receiver: receiver.name,
    inlineAllow: allowWritten ? 'present' : headersAllow(headers),
    allowPlacement: { kind: 'property', object: headers, text: 'allow: $ALLOW' },
    rewrite: { kind: 'expression', node: statusProp.value },
  });
}

/** `res.statusCode = 405` (also `ctx.res.statusCode`, `event.node.res.statusCode`, `reply.raw.statusCode`). */
function statusCodeAssignment(ctx: FileContext, facts: Facts, assign: TSESTree.AssignmentExpression): void {
  const left = unwrap(assign.left);
  if (assign.operator !== '=' || left?.type !== 'MemberExpression' || propertyName(left) !== 'statusCode') return;
  const receiver = paramReceiver(ctx, left.object);
  const status = resolveStatus(ctx, assign.right);
  if (!receiver || !status) return;
  const statement = enclosingStatement(ctx, assign);
  const target = sourceText(ctx, left.object);
  addSink(facts, {
    node: assign,
    status: status.code,
    framework: 'node',
    receiver: receiver.name,
    inlineAllow: 'absent',
    ...(statement?.type === 'ExpressionStatement' ? { allowPlacement: { kind: 'statementAfter', statement, text: `${target}.setHeader('Allow', $ALLOW);` } } : {}),
    rewrite: { kind: 'expression', node: assign.right },
  });
}
