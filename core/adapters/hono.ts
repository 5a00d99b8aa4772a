/**
 * Hono: `c.text/json/body/html/newResponse(x, status[, headers])` and the ResponseInit form
 * `c.json(x, { status, headers })`, `c.status(status)`, `throw new HTTPException(status, …)`.
 * Allow fix: a third-argument header record (or a merge into it / into `init.headers`),
 * `c.header('Allow', …)` after `c.status(…)`, and `c.header('Allow', …)` before the throw
 * (HTTP-SEMANTICS.md B.5). Routes (verbs, chains, `app.on`) come from routes.ts.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, calleeObject, findProperty, isFunction, unwrap, type Call, type FunctionNode, type Node } from '../ast';
import { enclosingStatement, imports, type FileContext } from '../context';
import type { AllowPlacement } from '../model';
import { resolveStatus } from '../status';
import { headersPlacement, readInit, typedAs } from './fetch';
import { headersAllow, paramReceiver } from './shared';
import { addSink, type Adapter, type Facts } from './types';

const RESPONDERS = new Set(['text', 'json', 'body', 'html', 'newResponse']);
const CONTEXT_NAMES = new Set(['c', 'ctx', 'context']);
const EXCEPTION_SOURCES = ['hono/http-exception', 'hono'];

export const honoAdapter: Adapter = {
  name: 'hono',
  applies: (ctx) => imports(ctx, 'hono'),
  collect(ctx, facts) {
    const onErrorDropsHeaders = customErrorResponse(ctx);
    for (const call of ctx.calls) {
      if (call.type === 'NewExpression') {
        httpException(ctx, facts, call, onErrorDropsHeaders);
        continue;
      }
      const name = calleeName(call);
      if (name && RESPONDERS.has(name)) responder(ctx, facts, call);
      else if (name === 'status') statusCall(ctx, facts, call);
    }
  },
};

/** The context object itself (`c.json`, not `c.req.json`), when it is a handler parameter. */
function contextReceiver(ctx: FileContext, call: TSESTree.CallExpression): TSESTree.Identifier | undefined {
  const object = calleeObject(call);
  return object?.type === 'Identifier' ? paramReceiver(ctx, object) : undefined;
}

/** `c.json(x, 405)`, `c.text(x, 405, { … })`, `c.body(null, { status: 405, headers })`. */
function responder(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression): void {
  const receiver = contextReceiver(ctx, call);
  if (!receiver || call.arguments.length < 2 || call.arguments.length > 3) return;
  const second = unwrap(call.arguments[1]);
  const messageNodes = [call.arguments[0]!];
  if (second?.type === 'ObjectExpression') {
    const init = readInit(ctx, second, { bareStatus: false, key: 'Allow' });
    if (!init?.statusNode) return;
    addSink(facts, {
      node: call,
      status: init.status.code,
      framework: 'hono',
      receiver: receiver.name,
      inlineAllow: init.inlineAllow,
      ...(init.placement ? { allowPlacement: init.placement } : {}),
      rewrite: { kind: 'expression', node: init.statusNode },
      messageNodes,
    });
    return;
  }
  const status = resolveStatus(ctx, second);
  if (!status) return;
  const headers = call.arguments[2];
  const placement: AllowPlacement | undefined = headers
    ? unwrap(headers)?.type === 'ObjectExpression'
      ? headersPlacement(headers, 'Allow')
      : undefined
    : { kind: 'argument', call, index: 2, pad: [], text: '{ Allow: $ALLOW }' };
  addSink(facts, {
    node: call,
    status: status.code,
    framework: 'hono',
    receiver: receiver.name,
    inlineAllow: headersAllow(headers),
    ...(placement ? { allowPlacement: placement } : {}),
    rewrite: { kind: 'expression', node: call.arguments[1]! },
    messageNodes,
  });
}

/** `c.status(405);` then a body: `c.header('Allow', …);` goes right after it. */
function statusCall(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression): void {
  const receiver = contextReceiver(ctx, call);
  const status = call.arguments.length === 1 ? resolveStatus(ctx, call.arguments[0]) : undefined;
  if (!receiver || !status) return;
  const statement = enclosingStatement(ctx, call);
  const placement: AllowPlacement | undefined =
    statement?.type === 'ExpressionStatement' && unwrap(statement.expression) === call
      ? { kind: 'statementAfter', statement, text: `${receiver.name}.header('Allow', $ALLOW);` }
      : undefined;
  addSink(facts, {
    node: call,
    status: status.code,
    framework: 'hono',
    receiver: receiver.name,
    inlineAllow: 'absent',
    ...(placement ? { allowPlacement: placement } : {}),
    rewrite: { kind: 'expression', node: call.arguments[0]! },
  });
}

/**
 * `throw new HTTPException(405, { message })`: no headers option. A header prepared with `c.header`
 * survives the default error handler, so it goes before the throw; a `res` option decides the
 * response itself (not statically known).
 */
function httpException(ctx: FileContext, facts: Facts, call: Call, onErrorDropsHeaders: boolean): void {
  const callee = unwrap(call.callee);
  if (callee?.type !== 'Identifier') return;
  const binding = ctx.bindings.resolve(callee.name, callee);
  if (binding?.kind !== 'import' || binding.imported !== 'HTTPException' || !EXCEPTION_SOURCES.includes(binding.source ?? '')) return;
  const status = resolveStatus(ctx, call.arguments[0]);
  if (!status) return;
  const options = unwrap(call.arguments[1]);
  const inlineAllow = !options ? 'absent' : options.type === 'ObjectExpression' && !findProperty(options, 'res') && !options.properties.some((p) => p.type === 'SpreadElement') ? 'absent' : 'unknown';
  const context = contextParam(ctx, facts, call);
  const statement = enclosingStatement(ctx, call);
  const placement: AllowPlacement | undefined =
    context && statement && !onErrorDropsHeaders ? { kind: 'statementBefore', statement, text: `${context}.header('Allow', $ALLOW);` } : undefined;
  const message = options?.type === 'ObjectExpression' ? findProperty(options, 'message')?.value : undefined;
  addSink(facts, {
    node: call,
    status: status.code,
    framework: 'hono',
    ...(context ? { receiver: context } : {}),
    inlineAllow,
    ...(placement ? { allowPlacement: placement } : {}),
    rewrite: { kind: 'expression', node: call.arguments[0]! },
    ...(message ? { messageNodes: [message] } : {}),
  });
}

/**
 * The Context parameter visible at `node`: the first parameter of the nearest enclosing function that
 * is a registered handler, is named like a context, or is typed `Context`.
 */
function contextParam(ctx: FileContext, facts: Facts, node: Node): string | undefined {
  for (let a = ctx.parentOf(node); a; a = ctx.parentOf(a)) {
    if (!isFunction(a)) continue;
    const fn: FunctionNode = a;
    const param = fn.params[0];
    if (param?.type !== 'Identifier') continue;
    const handler = facts.routes.some((r) => r.handlers.includes(fn));
    if (!handler && !CONTEXT_NAMES.has(param.name) && !typedAs(param, /^Context$/)) continue;
    return ctx.bindings.resolve(param.name, node)?.id === param ? param.name : undefined;
  }
  return undefined;
}

/** `app.onError((err) => err.getResponse())` builds the error response itself and drops prepared headers. */
function customErrorResponse(ctx: FileContext): boolean {
  return ctx.calls.some((c) => {
    if (c.type !== 'CallExpression' || calleeName(c) !== 'onError') return false;
    const handler = unwrap(c.arguments[0]);
    return !!handler && ctx.text.slice(handler.range[0], handler.range[1]).includes('getResponse');
  });
}
