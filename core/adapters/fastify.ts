/**
 * Fastify (also plugin files that never import it: `export default async function (fastify) {…}`, where a
 * handler parameter named `reply` is the signal): `reply.code(405)` / `reply.status(405)`, and
 * @fastify/sensible's `reply.methodNotAllowed()`, `reply.getHttpError(405)`, `fastify.httpErrors.x()`.
 * Allow fix: `.header('allow', …)` in the chain right after the code call; `reply.header('allow', …);`
 * before a sent or thrown error (reply headers survive Fastify's error handler).
 * Routes: the generic reader records shorthands and `route({ method, url })`; this adapter adds the
 * handler of shorthands that take it in their options object (`fastify.get('/x', { handler })`).
 */
import type { TSESTree } from '@typescript-eslint/types';
import { calleeObject, propertyName, rootIdentifier, unwrap, type Node } from '../ast';
import { enclosingStatement, type FileContext } from '../context';
import type { AllowPlacement, StatusRewrite } from '../model';
import { resolveStatus, statusNames, type Status } from '../status';
import { directStatement, errorArgs, handlerOf, numericStatus, propsAllow, stringish } from './http-errors';
import { isParam, primaryFramework } from './shared';
import { addSink, type Adapter, type Facts } from './types';

/** @fastify/sensible's error helpers on `reply` and on `fastify.httpErrors`. */
const { byName: SENSIBLE, byCode: SENSIBLE_NAMES } = statusNames('camel');

export const fastifyAdapter: Adapter = {
  name: 'fastify',
  applies: (ctx) => primaryFramework(ctx) === 'fastify' || /\breply\b|\bhttpErrors\b/.test(ctx.text),
  collect(ctx, facts) {
    const fastify = primaryFramework(ctx) === 'fastify';
    for (const call of ctx.calls) {
      if (call.type !== 'CallExpression') continue;
      const callee = unwrap(call.callee);
      if (callee?.type !== 'MemberExpression') continue;
      const name = propertyName(callee) ?? '';
      const owner = unwrap(callee.object);
      const errors = owner?.type === 'MemberExpression' ? propertyName(owner) : owner?.type === 'Identifier' ? owner.name : undefined;
      if (errors === 'httpErrors') httpErrorsCall(ctx, facts, call, name);
      else if (name === 'code' || name === 'status') codeCall(ctx, facts, call, fastify);
      else if (Object.hasOwn(SENSIBLE, name) || name === 'getHttpError') replyError(ctx, facts, call, name, fastify);
    }
  },
};

/** The reply in `reply.code(…)`: a parameter named `reply`, or any handler parameter in a file that imports Fastify. */
function replyParam(ctx: FileContext, expr: Node | undefined, fastify: boolean): TSESTree.Identifier | undefined {
  const id = rootIdentifier(expr);
  if (!id || !isParam(ctx, id)) return undefined;
  return id.name === 'reply' || fastify ? id : undefined;
}

/** `reply.code(405)` / `reply.status(405)`, chained (`.send(x)`) or as a statement. */
function codeCall(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression, fastify: boolean): void {
  const receiver = replyParam(ctx, calleeObject(call), fastify);
  const status = resolveStatus(ctx, call.arguments[0]);
  if (!receiver || !status || call.arguments.length !== 1) return;
  addSink(facts, {
    node: call,
    status: status.code,
    framework: 'fastify',
    receiver: receiver.name,
    inlineAllow: 'absent',
    allowPlacement: { kind: 'after', node: call, text: ".header('allow', $ALLOW)" },
    rewrite: { kind: 'expression', node: call.arguments[0]! },
    messageNodes: sentBody(ctx, call),
  });
}

/** Arguments of the `.send(…)` that ends the chain started by `call`. */
function sentBody(ctx: FileContext, call: Node): Node[] {
  let node: Node = call;
  for (let parent = ctx.parentOf(node); parent?.type === 'MemberExpression' && parent.object === node; parent = ctx.parentOf(node)) {
    const next = ctx.parentOf(parent);
    if (next?.type !== 'CallExpression' || next.callee !== parent) break;
    if (propertyName(parent) === 'send') return [...next.arguments];
    node = next;
  }
  return [];
}

/** `reply.methodNotAllowed(msg)`, `reply.getHttpError(405, msg)` (@fastify/sensible): they send the error at once. */
function replyError(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression, name: string, fastify: boolean): void {
  const object = calleeObject(call);
  const receiver = object?.type === 'Identifier' ? replyParam(ctx, object, fastify) : undefined;
  if (!receiver) return;
  const found = errorStatus(ctx, call, name);
  if (!found) return;
  const statement = ownStatement(ctx, call);
  const callee = unwrap(call.callee) as TSESTree.MemberExpression;
  const placement: AllowPlacement = statement
    ? { kind: 'statementBefore', statement, text: `${receiver.name}.header('allow', $ALLOW);` }
    : { kind: 'before', node: callee.property, text: "header('allow', $ALLOW)." };
  addSink(facts, {
    node: call,
    status: found.code,
    framework: 'fastify',
    receiver: receiver.name,
    inlineAllow: 'absent',
    allowPlacement: placement,
    rewrite: found.rewrite,
    messageNodes: found.messages,
  });
}

/**
 * The statement that is just this call (`reply.methodNotAllowed();`, `return reply.notFound();`, with
 * `await`), so a statement inserted before it runs exactly when the error is sent.
 */
function ownStatement(ctx: FileContext, call: Node): Node | undefined {
  let top: Node = call;
  for (let parent = ctx.parentOf(top); parent && (parent.type === 'AwaitExpression' || unwrap(parent) !== parent); parent = ctx.parentOf(top)) top = parent;
  const holder = ctx.parentOf(top);
  return holder?.type === 'ExpressionStatement' || holder?.type === 'ReturnStatement' ? enclosingStatement(ctx, call) : undefined;
}

/** `fastify.httpErrors.methodNotAllowed(msg)`, `.getHttpError(405, msg)`, `.createError(405, msg, props)`; also the exported `httpErrors`. */
function httpErrorsCall(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression, name: string): void {
  const found = name === 'createError' ? undefined : errorStatus(ctx, call, name);
  const created = name === 'createError' ? numericStatus(ctx, call.arguments[0]) : undefined;
  if (!found && !created) return;
  const handler = handlerOf(ctx, call);
  const reply = handler?.framework === 'fastify' ? handler.receiver : undefined;
  const statement = reply ? directStatement(ctx, call) : undefined;
  let placement: AllowPlacement | undefined = statement && { kind: 'statementBefore', statement, text: `${reply}.header('allow', $ALLOW);` };
  let inlineAllow: 'present' | 'absent' | 'unknown' = 'absent';
  let messages = found?.messages ?? [];
  if (created) {
    const args = errorArgs(ctx, call, 1);
    const props = propsAllow(call, args, call.arguments.length, [], 'allow');
    inlineAllow = props.inlineAllow;
    placement = placement ?? props.placement;
    messages = args.messages;
  }
  addSink(facts, {
    node: call,
    status: (found?.code ?? created?.code)!,
    framework: 'fastify',
    ...(reply ? { receiver: reply } : {}),
    inlineAllow,
    ...(placement ? { allowPlacement: placement } : {}),
    rewrite: found?.rewrite ?? { kind: 'expression', node: call.arguments[0]! },
    messageNodes: messages,
  });
}

/** Status of a sensible helper: by its name (`methodNotAllowed`) or its first argument (`getHttpError(405)`). */
function errorStatus(ctx: FileContext, call: TSESTree.CallExpression, name: string): { code: number; rewrite: StatusRewrite; messages: Node[] } | undefined {
  const callee = unwrap(call.callee) as TSESTree.MemberExpression;
  if (name === 'getHttpError') {
    const status: Status | undefined = resolveStatus(ctx, call.arguments[0]);
    const message = call.arguments[1];
    return status && { code: status.code, rewrite: { kind: 'expression', node: call.arguments[0]! }, messages: stringish(ctx, message) ? [message!] : [] };
  }
  const code = SENSIBLE[name];
  if (code === undefined || callee.computed || callee.property.type !== 'Identifier') return undefined;
  const message = call.arguments[0];
  return { code, rewrite: { kind: 'name', node: callee.property, names: SENSIBLE_NAMES }, messages: stringish(ctx, message) ? [message!] : [] };
}
