/**
 * AWS Lambda proxy results (API Gateway REST / HTTP APIs, ALB, Function URLs): a handler returns, or hands
 * to `callback(null, …)`, an object literal `{ statusCode, headers?, multiValueHeaders?, body }`.
 * Allow fix: a key in the `headers` literal, in `multiValueHeaders` (as an array) when only that exists,
 * or a new `headers: { Allow: … }` property. Results built elsewhere (`respond(405)`, `response.headers = …`)
 * are not sinks: their shape is not visible here.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { contains, findProperty, hasSpread, isFunction, keyName, propertyName, rootIdentifier, stringValue, unwrap, type FunctionNode, type Node } from '../ast';
import { enclosingFunction, imports, type FileContext } from '../context';
import type { AllowPlacement, StatusSink } from '../model';
import { resolveStatus } from '../status';
import { handlerFunctions, headersAllow, primaryFramework, sourceText } from './shared';
import { addSink, type Adapter, type Facts } from './types';

/** Type names from `@types/aws-lambda` for handlers, events and results. */
const LAMBDA_TYPES = /\b(?:APIGatewayProxy\w*|APIGatewayEvent|ALB(?:Event|Result|Handler)|LambdaFunctionURL\w*|Handler<)/;
/** Reads only an API Gateway / ALB / Function URL event has. */
const EVENT_KEYS = ['httpMethod', 'requestContext', 'routeKey', 'rawPath', 'multiValueQueryStringParameters', 'pathParameters'];
const EVENT_READ = new RegExp(`\\.(?:${EVENT_KEYS.join('|')})\\b`);
const TEST_FILE = /(?:^|\/)__tests__\/|\.(?:test|spec)\.[cm]?[jt]sx?$/;

export const lambdaAdapter: Adapter = {
  name: 'lambda',
  applies: (ctx) => {
    if (TEST_FILE.test(ctx.filename)) return false;
    if (imports(ctx, 'aws-lambda', '@middy/core') || LAMBDA_TYPES.test(ctx.text)) return true;
    // In another framework's file a returned `{ statusCode }` is a JSON body, not a proxy result.
    if (otherFramework(ctx)) return false;
    return EVENT_READ.test(ctx.text) || exportedHandlers(ctx).length > 0;
  },
  collect(ctx, facts) {
    const handlers = new Set(exportedHandlers(ctx));
    for (const ret of ctx.returns) {
      const fn = ret.type === 'ArrowFunctionExpression' ? ret : enclosingFunction(ctx, ret);
      const value = ret.type === 'ArrowFunctionExpression' ? ret.body : ret.argument;
      if (!fn) continue;
      const handler = isHandler(ctx, handlers, fn);
      // A callback's result (`items.map((i) => ({ … }))`) is not the function's response.
      if (!handler && isCallbackArgument(ctx, fn)) continue;
      for (const object of resultObjects(value)) result(ctx, facts, object, handler);
    }
    for (const call of ctx.calls) {
      const object = callbackResult(ctx, handlers, call);
      if (object) result(ctx, facts, object, true);
    }
    routeKeySwitches(ctx, facts);
  },
};

const ROUTE_KEY = /^([A-Z]+) (\/\S*)$/;

/**
 * HTTP API route keys: in `switch (event.routeKey) { case 'GET /pets': …; case 'POST /pets': …; default: … }`
 * over one path, a 405 in `default` rejects the other methods of that path, so the cases are its methods.
 * Registered as routes of the path (the cases) and the handler (all methods), only when every 405 of the
 * handler sits in that `default`.
 */
function routeKeySwitches(ctx: FileContext, facts: Facts): void {
  const done = new Set<Node>();
  const rejections = facts.sinks.filter((s) => s.framework === 'lambda' && s.status === 405);
  for (const sink of rejections) {
    const clause = routeKeyDefault(ctx, sink.node);
    const sw = clause && ctx.parentOf(clause);
    const fn = sw && enclosingFunction(ctx, sw);
    if (!clause || sw?.type !== 'SwitchStatement' || !fn || done.has(sw)) continue;
    done.add(sw);
    const keys = sw.cases.flatMap((c) => (c.test ? [{ node: c, key: ROUTE_KEY.exec(stringValue(c.test) ?? '') }] : []));
    const path = keys[0]?.key?.[2];
    if (!path || keys.some((k) => k.key?.[2] !== path)) continue;
    if (rejections.some((r) => contains(fn, r.node) && !contains(clause, r.node))) continue;
    const route = { framework: 'lambda' as const, resource: `lambda:${path}`, path, autoHead: false };
    facts.routes.push({ ...route, node: sw, method: 'ALL', handlers: [fn] });
    for (const { node, key } of keys) facts.routes.push({ ...route, node, method: key![1]!, handlers: [] });
  }
}

/** The `default:` clause of a `switch` on the route key that holds `node`, within its function. */
function routeKeyDefault(ctx: FileContext, node: Node): TSESTree.SwitchCase | undefined {
  for (let child: Node = node, parent = ctx.parentOf(node); parent && !isFunction(child); child = parent, parent = ctx.parentOf(parent)) {
    if (parent.type !== 'SwitchCase' || child === parent.test) continue;
    const sw = ctx.parentOf(parent);
    if (sw?.type === 'SwitchStatement' && readsRouteKey(ctx, sw.discriminant)) return parent.test === null ? parent : undefined;
  }
  return undefined;
}

function readsRouteKey(ctx: FileContext, expr: Node): boolean {
  const node = unwrap(expr);
  if (node?.type === 'MemberExpression') return propertyName(node) === 'routeKey';
  if (node?.type === 'Identifier') return ctx.bindings.resolve(node.name, node)?.key === 'routeKey';
  return false;
}

function isCallbackArgument(ctx: FileContext, fn: FunctionNode): boolean {
  const parent = ctx.parentOf(fn);
  return (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee !== fn;
}

/** The object literals a return hands back: `{…}`, `await`-free, either branch of `c ? {…} : {…}`. */
function resultObjects(value: Node | null | undefined): TSESTree.ObjectExpression[] {
  const node = unwrap(value);
  if (node?.type === 'ObjectExpression') return [node];
  if (node?.type === 'ConditionalExpression') return [...resultObjects(node.consequent), ...resultObjects(node.alternate)];
  return [];
}

/** A file written for a server framework, or wrapping one for Lambda (`serverless-http`). */
function otherFramework(ctx: FileContext): boolean {
  if (primaryFramework(ctx) !== 'express') return true;
  if (imports(ctx, 'express', 'router', 'serverless-http', '@vendia/serverless-express', '@codegenie/serverless-express')) return true;
  return ctx.calls.some((c) => c.type === 'CallExpression' && c.callee.type === 'Identifier' && H3_HANDLERS.has(c.callee.name));
}

const H3_HANDLERS = new Set(['defineEventHandler', 'eventHandler', 'defineCachedEventHandler']);

/** `callback(null, {…})` where `callback` is the third parameter of a handler. */
function callbackResult(ctx: FileContext, handlers: Set<FunctionNode>, call: Node): TSESTree.ObjectExpression | undefined {
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.arguments.length !== 2) return undefined;
  const error = unwrap(call.arguments[0]);
  const isNull = (error?.type === 'Literal' && error.value === null) || (error?.type === 'Identifier' && error.name === 'undefined');
  const object = unwrap(call.arguments[1]);
  if (!isNull || object?.type !== 'ObjectExpression') return undefined;
  const binding = ctx.bindings.resolve(call.callee.name, call.callee);
  if (binding?.kind !== 'param' || !isFunction(binding.scope) || binding.scope.params[2] !== binding.id) return undefined;
  return isHandler(ctx, handlers, binding.scope) || /^(?:callback|cb|done)$/.test(call.callee.name) ? object : undefined;
}

function result(ctx: FileContext, facts: Facts, object: TSESTree.ObjectExpression, inHandler: boolean): void {
  const statusProp = findProperty(object, 'statusCode');
  const status = statusProp && resolveStatus(ctx, statusProp.value);
  if (!statusProp || !status) return;
  const headers = findProperty(object, 'headers');
  const multi = findProperty(object, 'multiValueHeaders');
  // Outside a handler, only a literal that is plainly a proxy result counts (`{ statusCode, body }`).
  if (!inHandler && !headers && !multi && !findProperty(object, 'body')) return;
  const states = [headers, multi].map((p) => (p ? headersState(ctx, p) : 'absent'));
  const inline = states.includes('present') ? 'present' : hasSpread(object) || states.includes('unknown') ? 'unknown' : 'absent';
  const body = findProperty(object, 'body');
  const sink: StatusSink = {
    node: object,
    status: status.code,
    framework: 'lambda',
    inlineAllow: inline,
    rewrite: { kind: 'expression', node: statusProp.value },
    ...(body ? { messageNodes: [body.value] } : {}),
  };
  const placement = allowPlacement(ctx, object, headers, multi);
  if (placement) sink.allowPlacement = placement;
  addSink(facts, sink);
}

function allowPlacement(
  ctx: FileContext,
  object: TSESTree.ObjectExpression,
  headers: TSESTree.Property | undefined,
  multi: TSESTree.Property | undefined,
): AllowPlacement | undefined {
  const literal = (p: TSESTree.Property | undefined) => {
    const v = unwrap(p?.value);
    return v?.type === 'ObjectExpression' ? v : undefined;
  };
  if (headers) {
    const value = literal(headers);
    if (value) return { kind: 'property', object: value, text: 'Allow: $ALLOW' };
    // `{ statusCode, headers }` with a local constant: spread it into a new literal for this response only.
    if (headers.shorthand && headers.value.type === 'Identifier' && localHeaders(ctx, headers.value)) {
      return { kind: 'after', node: headers.value, text: `: { ...${headers.value.name}, Allow: $ALLOW }` };
    }
    return undefined;
  }
  const multiValue = literal(multi);
  if (multiValue) return { kind: 'property', object: multiValue, text: 'Allow: $ALLOW_ARRAY' };
  if (multi) return undefined;
  return { kind: 'property', object, text: 'headers: { Allow: $ALLOW }' };
}

/** Allow state of a `headers` / `multiValueHeaders` value, following local constants (named or spread). */
function headersState(ctx: FileContext, prop: TSESTree.Property): 'present' | 'absent' | 'unknown' {
  return objectState(ctx, prop.value, 0);
}

function objectState(ctx: FileContext, expr: Node, depth: number): 'present' | 'absent' | 'unknown' {
  const value = unwrap(expr);
  if (value?.type === 'Identifier') {
    const init = depth < 3 ? localHeaders(ctx, value) : undefined;
    return init ? objectState(ctx, init, depth + 1) : 'unknown';
  }
  if (value?.type !== 'ObjectExpression') return headersAllow(value);
  if (findProperty(value, 'allow', true)) return 'present';
  let out: 'absent' | 'unknown' = 'absent';
  for (const p of value.properties) {
    const state = p.type === 'SpreadElement' ? objectState(ctx, p.argument, depth + 1) : keyName(p) === undefined ? 'unknown' : 'absent';
    if (state === 'present') return 'present';
    if (state === 'unknown') out = 'unknown';
  }
  return out;
}

/** The literal a `const` headers object holds, when nothing in the file writes to it afterwards. */
function localHeaders(ctx: FileContext, id: TSESTree.Identifier): TSESTree.ObjectExpression | undefined {
  const binding = ctx.bindings.resolve(id.name, id);
  const init = unwrap(binding?.init);
  if (binding?.kind !== 'const' || binding.key !== undefined || init?.type !== 'ObjectExpression') return undefined;
  const written = ctx.assignments.some((a) => {
    const left = unwrap(a.left);
    const root = left?.type === 'MemberExpression' ? rootIdentifier(left) : undefined;
    return root?.name === id.name && ctx.bindings.resolve(id.name, root) === binding;
  });
  const mutated = ctx.calls.some((c) => {
    const target = unwrap(c.arguments[0]);
    return sourceText(ctx, c.callee) === 'Object.assign' && target?.type === 'Identifier' && target.name === id.name && ctx.bindings.resolve(id.name, target) === binding;
  });
  return written || mutated ? undefined : init;
}

/**
 * Functions exported as Lambda handlers: `export const handler = …`, `export async function main(event)`,
 * `exports.handler = …`, `module.exports.handler = …`, `module.exports = { handler }`, through wrappers
 * such as `middy(fn)`.
 */
function exportedHandlers(ctx: FileContext): FunctionNode[] {
  const values: Node[] = [];
  for (const decl of ctx.exports) {
    if (decl.type !== 'ExportNamedDeclaration') continue;
    const d = decl.declaration;
    if (d?.type === 'FunctionDeclaration' && d.id && looksLikeHandler(ctx, d.id.name, d)) values.push(d);
    if (d?.type === 'VariableDeclaration') for (const v of d.declarations) if (v.id.type === 'Identifier' && v.init) values.push(...named(ctx, v.id.name, v.init));
    for (const spec of decl.specifiers) {
      const exported = spec.exported.type === 'Identifier' ? spec.exported.name : String(spec.exported.value);
      if (exported === 'handler' && spec.local.type === 'Identifier') values.push(spec.local);
    }
  }
  for (const assign of ctx.assignments) {
    const target = sourceText(ctx, assign.left);
    const member = /^(?:module\.)?exports\.(\w+)$/.exec(target);
    if (member) values.push(...named(ctx, member[1]!, assign.right));
    const right = unwrap(assign.right);
    if (target === 'module.exports' && right?.type === 'ObjectExpression') {
      for (const p of right.properties) if (p.type === 'Property' && keyName(p) !== undefined) values.push(...named(ctx, keyName(p)!, p.value));
    }
  }
  return handlerFunctions(ctx, values);
}

/** Keep an exported value when its name is `handler` or the function it holds looks like an event handler. */
function named(ctx: FileContext, name: string, value: Node): Node[] {
  if (name === 'handler') return [value];
  return handlerFunctions(ctx, [value]).filter((fn) => looksLikeHandler(ctx, name, fn));
}

function looksLikeHandler(ctx: FileContext, name: string, fn: FunctionNode): boolean {
  if (name === 'handler') return true;
  const first = fn.params[0];
  if (first?.type === 'ObjectPattern') return first.properties.some((p) => p.type === 'Property' && EVENT_KEYS.includes(keyName(p) ?? ''));
  if (first?.type !== 'Identifier') return false;
  if (first.typeAnnotation && LAMBDA_TYPES.test(sourceText(ctx, first.typeAnnotation))) return true;
  return first.name === 'event' && readsEvent(ctx, fn, first.name);
}

function readsEvent(ctx: FileContext, fn: FunctionNode, name: string): boolean {
  return new RegExp(`\\b${name}\\??\\.(?:${EVENT_KEYS.join('|')})\\b`).test(sourceText(ctx, fn.body));
}

/**
 * A function whose results are Lambda results: an exported handler, a function typed with the
 * `@types/aws-lambda` names, or one whose `event` parameter is read like an API Gateway event.
 */
function isHandler(ctx: FileContext, exported: Set<FunctionNode>, fn: FunctionNode): boolean {
  if (exported.has(fn)) return true;
  const parent = ctx.parentOf(fn);
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' && parent.id.typeAnnotation && LAMBDA_TYPES.test(sourceText(ctx, parent.id.typeAnnotation))) return true;
  if (fn.returnType && /\b(?:APIGatewayProxy\w*Result\w*|ALBResult|LambdaFunctionURLResult)\b/.test(sourceText(ctx, fn.returnType))) return true;
  const first = fn.params[0];
  if (first?.type === 'Identifier' && first.typeAnnotation && LAMBDA_TYPES.test(sourceText(ctx, first.typeAnnotation))) return true;
  return first?.type === 'Identifier' && first.name === 'event' && readsEvent(ctx, fn, first.name);
}
