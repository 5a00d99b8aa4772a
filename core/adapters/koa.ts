/**
 * Koa (and @koa/router, koa-router): `ctx.status = 405`, `ctx.response.status = 405`,
 * `ctx.throw(405[, msg][, props])`, `ctx.assert(cond, 405[, msg][, props])` (and `ctx.assert.ok/equal/…`).
 * Allow fix: `ctx.set('Allow', …);` after a status assignment; for throws, the error's
 * `props.headers`, because Koa's onerror removes every header set on the context before an error is sent.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { propertyName, stringValue, unwrap, type Node } from '../ast';
import { enclosingStatement, type FileContext } from '../context';
import { methodList } from '../methods';
import { resolveStatus } from '../status';
import { discarded, errorArgs, numericStatus, propsAllow } from './http-errors';
import { handlerFunctions, isParam, primaryFramework } from './shared';
import { addSink, type Adapter, type Facts } from './types';

/** Koa shapes in files that do not import Koa (Egg, Midway, plain middleware modules). */
const KOA_SHAPE = /\bctx\s*\.\s*(?:response\s*\.\s*)?status\s*=(?!=)|\bctx\s*\.\s*(?:throw|assert)\s*[.(]/;
/** http-assert helpers and the index of their status argument. */
const ASSERTS = new Map([
  ['ok', 1],
  ['equal', 2],
  ['notEqual', 2],
  ['strictEqual', 2],
  ['notStrictEqual', 2],
  ['deepEqual', 2],
  ['notDeepEqual', 2],
]);

export const koaAdapter: Adapter = {
  name: 'koa',
  applies: (ctx) => primaryFramework(ctx) === 'koa' || KOA_SHAPE.test(ctx.text),
  collect(ctx, facts) {
    const koa = primaryFramework(ctx) === 'koa';
    for (const assign of ctx.assignments) statusAssignment(ctx, facts, assign, koa);
    for (const call of ctx.calls) {
      if (call.type !== 'CallExpression') continue;
      const callee = unwrap(call.callee);
      if (callee?.type !== 'MemberExpression') continue;
      const name = propertyName(callee);
      const owner = unwrap(callee.object);
      if (name === 'throw') throwCall(ctx, facts, call, callee.object, 0, koa);
      else if (name === 'assert') throwCall(ctx, facts, call, callee.object, 1, koa);
      else if (ASSERTS.has(name ?? '') && owner?.type === 'MemberExpression' && propertyName(owner) === 'assert') {
        throwCall(ctx, facts, call, owner.object, ASSERTS.get(name!)!, koa);
      } else if (name === 'register' && koa) registerRoute(ctx, facts, call);
    }
  },
};

/**
 * The context in `ctx.status`, `ctx.throw`: a parameter named `ctx`, or, in a file that imports Koa, a
 * first parameter named `context` (`async (context, next) => …`). Not any first parameter: `err.status = 405`
 * on an error handed to a helper is not the response.
 */
function koaContext(ctx: FileContext, expr: Node | undefined, koa: boolean): TSESTree.Identifier | undefined {
  const id = unwrap(expr);
  if (id?.type !== 'Identifier' || !isParam(ctx, id)) return undefined;
  if (id.name === 'ctx') return id;
  const binding = ctx.bindings.resolve(id.name, id);
  const fn = binding?.scope as { params?: Node[] } | undefined;
  return koa && id.name === 'context' && fn?.params?.[0] === binding?.id ? id : undefined;
}

/** `ctx.status = 405` / `ctx.response.status = 405`. */
function statusAssignment(ctx: FileContext, facts: Facts, assign: TSESTree.AssignmentExpression, koa: boolean): void {
  const left = unwrap(assign.left);
  if (assign.operator !== '=' || left?.type !== 'MemberExpression' || propertyName(left) !== 'status') return;
  const object = unwrap(left.object);
  const base = object?.type === 'MemberExpression' && propertyName(object) === 'response' ? object.object : object;
  const receiver = koaContext(ctx, base, koa);
  const status = resolveStatus(ctx, assign.right);
  if (!receiver || !status) return;
  const statement = enclosingStatement(ctx, assign);
  addSink(facts, {
    node: assign,
    status: status.code,
    framework: 'koa',
    receiver: receiver.name,
    inlineAllow: 'absent',
    ...(statement?.type === 'ExpressionStatement' ? { allowPlacement: { kind: 'statementAfter', statement, text: `${receiver.name}.set('Allow', $ALLOW);` } } : {}),
    rewrite: { kind: 'expression', node: assign.right },
  });
}

/**
 * `ctx.throw(status, …args)` is `throw createError(status, …args)`; `ctx.assert(cond, status, msg, props)`
 * passes its arguments to createError by position, so its props go fourth (`undefined` pads a missing message).
 */
function throwCall(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression, object: Node, statusIndex: number, koa: boolean): void {
  const receiver = koaContext(ctx, object, koa);
  const statusNode = call.arguments[statusIndex];
  const status = numericStatus(ctx, statusNode);
  if (!receiver || !status || !statusNode) return;
  const asserting = statusIndex > 0;
  const args = errorArgs(ctx, call, statusIndex + 1);
  const index = asserting ? statusIndex + 2 : call.arguments.length;
  const pad = asserting ? [...Array<string>(statusIndex + 1).fill(''), 'undefined'] : [];
  const props = asserting && call.arguments.length > index + 1 ? { inlineAllow: 'unknown' as const } : propsAllow(call, args, index, pad, 'Allow');
  addSink(facts, {
    node: call,
    status: status.code,
    framework: 'koa',
    receiver: receiver.name,
    inlineAllow: props.inlineAllow,
    ...discarded(props.inlineAllow),
    ...(props.placement ? { allowPlacement: props.placement } : {}),
    rewrite: { kind: 'expression', node: statusNode },
    messageNodes: args.messages,
  });
}

/** @koa/router `router.register(path, ['GET', 'POST'], middleware)`: the generic route reader does not know it. */
function registerRoute(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression): void {
  const [pathArg, methodsArg, ...rest] = call.arguments;
  const path = stringValue(pathArg);
  const methods = methodList(ctx, methodsArg);
  const receiver = unwrap((unwrap(call.callee) as TSESTree.MemberExpression).object);
  if (path === undefined || !methods || receiver?.type !== 'Identifier' || rest.length === 0) return;
  const handlers = handlerFunctions(ctx, rest);
  for (const method of methods) {
    facts.routes.push({ node: call, framework: 'koa', resource: `${receiver.name}:${path}`, method, handlers, path, autoHead: true, firstMatchWins: true });
  }
}
