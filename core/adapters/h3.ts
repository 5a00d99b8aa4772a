/**
 * h3 v1 and v2, and Nitro / Nuxt server routes built on them.
 * v1: `throw createError({ statusCode })`, `sendError(event, createError(…))`, `setResponseStatus(event, n)`,
 * `sendNoContent(event, n)`; Allow fix: a `setResponseHeader(event, 'Allow', …)` statement (headers set
 * before a throw survive in v1). `event.node.res.statusCode = n` is left to the Node adapter.
 * v2: `new HTTPError({ status })`, `new HTTPError(msg, { status })`, `HTTPError.status(n, text?, details?)`,
 * `event.res.status = n`; staged headers are dropped on a thrown error, so the fix goes into the error's
 * `headers` option. Nitro file routes (`server/api/items.get.ts`) are registered from the file name.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, findProperty, hasSpread, isFunction, keyName, propertyName, stringValue, unwrap, type Call, type FunctionNode, type Node } from '../ast';
import { enclosingStatement, imports, type FileContext } from '../context';
import { methodTest } from '../methods';
import type { AllowPlacement, ImportNeed, StatusSink } from '../model';
import { resolveStatus, type Status } from '../status';
import { handlerFunctions, headersAllow, isParam, sourceText } from './shared';
import { addSink, type Adapter, type Facts } from './types';

const H3_SOURCE = /^(h3|#imports|nitropack(\/.*)?|nitro(\/.*)?)$/;
const HANDLER_FACTORIES = new Set(['defineEventHandler', 'eventHandler', 'defineCachedEventHandler', 'defineHandler']);
const NITRO_DIR = /(?:^|\/)server\/(api|routes|middleware)\//;
const NITRO_ROUTE = /(?:^|\/)server\/(api|routes)\/(.+?)(?:\.(get|post|put|patch|delete|head|options|connect|trace))?\.[cm]?[jt]sx?$/;
/** Spellings only h3 v2 has: `HTTPError`, `new H3()`, `defineHandler`, web-style `event.res` / `event.req`. */
const V2_TEXT = /\bHTTPError\b|\bnew H3\b|\bdefineHandler\(|\.res\.(?:status\b|statusText\b|headers\b)|\.req\.headers\.get\(/;

interface H3File {
  v2: boolean;
  /** The file loads 'h3' itself, so an added helper must be imported too (Nitro / Nuxt auto-import it otherwise). */
  importsH3: boolean;
}

export const h3Adapter: Adapter = {
  name: 'h3',
  applies: (ctx) =>
    imports(ctx, 'h3', 'nitropack', 'nitro', '#imports') ||
    NITRO_DIR.test(ctx.filename) ||
    ctx.calls.some((c) => c.type === 'CallExpression' && c.callee.type === 'Identifier' && HANDLER_FACTORIES.has(c.callee.name)),
  collect(ctx, facts) {
    const file: H3File = { v2: V2_TEXT.test(ctx.text) || imports(ctx, 'nitro'), importsH3: importsValuesFrom(ctx, 'h3') };
    nitroFileRoute(ctx, facts, file);
    for (const call of ctx.calls) {
      const name = calleeName(call);
      const callee = unwrap(call.callee);
      if (call.type === 'NewExpression') {
        if (name === 'HTTPError' && callee?.type === 'Identifier' && isH3(ctx, callee, 'HTTPError')) errorCall(ctx, facts, file, call, true);
      } else if (callee?.type === 'Identifier') {
        if (name === 'createError' && isH3(ctx, callee, 'createError')) errorCall(ctx, facts, file, call, false);
        else if ((name === 'setResponseStatus' || name === 'sendNoContent') && isH3(ctx, callee, name)) statusCall(ctx, facts, file, call, name);
      } else if (name === 'status' && callee?.type === 'MemberExpression') {
        const object = unwrap(callee.object);
        if (object?.type === 'Identifier' && object.name === 'HTTPError' && isH3(ctx, object, 'HTTPError')) statusFactory(ctx, facts, call);
      }
    }
    for (const assign of ctx.assignments) resStatusAssignment(ctx, facts, assign);
    // h3 v2 answers HEAD with the GET handler (HTTP-SEMANTICS.md A.11); the shared route reader assumes v1.
    if (file.v2) for (const route of facts.routes) if (route.framework === 'h3') route.autoHead = true;
  },
};

/** `name` is h3's export: imported from h3 / Nitro / `#imports`, required from 'h3', or unbound (auto-imported). */
function isH3(ctx: FileContext, id: TSESTree.Identifier, name: string): boolean {
  const binding = ctx.bindings.resolve(id.name, id);
  if (!binding) return true;
  return binding.source !== undefined && binding.kind !== 'param' && H3_SOURCE.test(binding.source) && binding.imported === name;
}

/** The file loads `source` at run time (a value import or a `require`), not only its types. */
function importsValuesFrom(ctx: FileContext, source: string): boolean {
  const value = ctx.program.body.some(
    (s) => s.type === 'ImportDeclaration' && s.source.value === source && s.importKind !== 'type' && s.specifiers.some((sp) => sp.type !== 'ImportSpecifier' || sp.importKind !== 'type'),
  );
  return value || ctx.calls.some((c) => c.type === 'CallExpression' && c.callee.type === 'Identifier' && c.callee.name === 'require' && stringValue(c.arguments[0]) === source);
}

/** `createError({ statusCode })` (v1 and v2), `createError(msg, { status })` / `new HTTPError(…)` (v2). */
function errorCall(ctx: FileContext, facts: Facts, file: H3File, call: Call, isHTTPError: boolean): void {
  const first = unwrap(call.arguments[0]);
  const second = unwrap(call.arguments[1]);
  const v2 = file.v2 || isHTTPError;
  let options: TSESTree.ObjectExpression | undefined;
  let message: Node | undefined;
  if (first?.type === 'ObjectExpression') options = first;
  else if (v2 && stringValue(first) !== undefined && second?.type === 'ObjectExpression') [options, message] = [second, first];
  if (!options) return;
  const found = optionsStatus(ctx, options, v2);
  if (!found) return;
  const messages = ['statusMessage', 'statusText', 'message'].flatMap((k) => findProperty(options, k)?.value ?? []);
  const event = eventParam(ctx, facts, call);
  const sink: StatusSink = {
    node: call,
    status: found.status.code,
    framework: 'h3',
    ...(event ? { receiver: event.name } : {}),
    inlineAllow: 'absent',
    rewrite: { kind: 'expression', node: found.node },
    messageNodes: message ? [message, ...messages] : messages,
  };
  // v1 ignores a `headers` option; its presence means the code is written for v2.
  if (v2 || findProperty(options, 'headers')) Object.assign(sink, v2ErrorHeaders(ctx, facts, options, event));
  else Object.assign(sink, v1Placement(ctx, file, call, event));
  addSink(facts, sink);
}

/** The status of an error options literal: v1 reads `statusCode` first, v2 `status` first. */
function optionsStatus(ctx: FileContext, options: TSESTree.ObjectExpression, v2: boolean): { status: Status; node: Node } | undefined {
  const statusCode = findProperty(options, 'statusCode');
  const status = findProperty(options, 'status');
  const prop = v2 ? (status ?? statusCode) : (statusCode ?? status);
  if (!prop) return undefined;
  // A spread after the status may override it.
  const index = options.properties.indexOf(prop);
  if (options.properties.slice(index + 1).some((p) => p.type === 'SpreadElement')) return undefined;
  const resolved = resolveStatus(ctx, prop.value);
  return resolved && { status: resolved, node: prop.value };
}

/** v2 errors carry their own headers; headers staged on `event.res.headers` before the throw are lost. */
function v2ErrorHeaders(ctx: FileContext, facts: Facts, options: TSESTree.ObjectExpression, event: TSESTree.Identifier | undefined): Partial<StatusSink> {
  const headers = findProperty(options, 'headers');
  let inline = headers ? headersAllow(headers.value) : hasSpread(options) || findProperty(options, 'cause') ? 'unknown' : 'absent';
  if (inline === 'absent' && event) inline = errHeadersAllow(ctx, facts, event);
  const value = unwrap(headers?.value);
  let placement: AllowPlacement | undefined;
  if (!headers) placement = { kind: 'property', object: options, text: 'headers: { allow: $ALLOW }' };
  else if (value?.type === 'ObjectExpression') placement = { kind: 'property', object: value, text: 'allow: $ALLOW' };
  // The check reads `headersDiscarded` before the inline state, so it is set only when nothing inline is known.
  return { inlineAllow: inline, ...(inline === 'absent' ? { headersDiscarded: true } : {}), ...(placement ? { allowPlacement: placement } : {}) };
}

/** Newer h3 v2 keeps `event.res.errHeaders` on error responses. */
function errHeadersAllow(ctx: FileContext, facts: Facts, event: TSESTree.Identifier): 'present' | 'unknown' | 'absent' {
  const scope = ctx.bindings.resolve(event.name, event)?.scope;
  let out: 'present' | 'unknown' | 'absent' = 'absent';
  for (const w of facts.headerWrites) {
    if (w.receiver !== event.name || !scope || w.node.range[0] < scope.range[0] || w.node.range[1] > scope.range[1]) continue;
    if (w.node.type !== 'CallExpression' || !/\.errHeaders\b/.test(sourceText(ctx, w.node.callee))) continue;
    if (w.name === 'allow') return 'present';
    if (w.name === undefined) out = 'unknown';
  }
  return out;
}

/** v1: `setResponseHeader(event, 'Allow', …);` before the statement that throws or sends the error. */
function v1Placement(ctx: FileContext, file: H3File, node: Node, event: TSESTree.Identifier | undefined): Partial<StatusSink> {
  const statement = statementFor(ctx, node);
  if (!event || !statement) return {};
  return {
    allowPlacement: { kind: 'statementBefore', statement, text: `setResponseHeader(${event.name}, 'Allow', $ALLOW);` },
    ...(file.importsH3 ? { imports: [SET_RESPONSE_HEADER] } : {}),
  };
}

const SET_RESPONSE_HEADER: ImportNeed = { source: 'h3', name: 'setResponseHeader' };

/**
 * The statement to put the header before: the sink's own statement, or for `if (method test) throw …;`
 * without braces the `if` itself (Allow on the other responses of the resource is harmless, RFC 9110 §10.2.1).
 */
function statementFor(ctx: FileContext, node: Node): Node | undefined {
  const own = enclosingStatement(ctx, node);
  if (own) return own;
  let stmt: Node | undefined = node;
  while (stmt && !stmt.type.endsWith('Statement')) stmt = isFunction(stmt) ? undefined : ctx.parentOf(stmt);
  const parent = stmt && ctx.parentOf(stmt);
  if (parent?.type !== 'IfStatement' || parent.consequent !== stmt || parent.alternate || !methodTest(ctx, parent.test)) return undefined;
  return enclosingStatement(ctx, parent);
}

/** `setResponseStatus(event, n[, text])` (header after it) and `sendNoContent(event, n)` (header before it). */
function statusCall(ctx: FileContext, facts: Facts, file: H3File, call: Call, name: string): void {
  const event = unwrap(call.arguments[0]);
  const status = resolveStatus(ctx, call.arguments[1]);
  if (event?.type !== 'Identifier' || !isParam(ctx, event) || !status) return;
  const after = name === 'setResponseStatus';
  const statement = after ? enclosingStatement(ctx, call) : statementFor(ctx, call);
  let placement: AllowPlacement | undefined;
  let needs: ImportNeed[] = [];
  if (statement && (!after || statement.type === 'ExpressionStatement')) {
    const text = file.v2 ? `${event.name}.res.headers.set('allow', $ALLOW);` : `setResponseHeader(${event.name}, 'Allow', $ALLOW);`;
    placement = after ? { kind: 'statementAfter', statement, text } : { kind: 'statementBefore', statement, text };
    if (!file.v2 && file.importsH3) needs = [SET_RESPONSE_HEADER];
  }
  const message = call.arguments[2];
  addSink(facts, {
    node: call,
    status: status.code,
    framework: 'h3',
    receiver: event.name,
    inlineAllow: 'absent',
    ...(placement ? { allowPlacement: placement } : {}),
    ...(needs.length > 0 ? { imports: needs } : {}),
    rewrite: { kind: 'expression', node: call.arguments[1]! },
    ...(message ? { messageNodes: [message] } : {}),
  });
}

/** v2 `HTTPError.status(n, text?, details?)`: Allow goes into `details.headers`, padding `text` if needed. */
function statusFactory(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression): void {
  const args = call.arguments;
  const status = resolveStatus(ctx, args[0]);
  if (!status || args.length > 3 || args.some((a) => a.type === 'SpreadElement')) return;
  const details = unwrap(args[2]);
  const event = eventParam(ctx, facts, call);
  let extra: Partial<StatusSink>;
  if (!details) {
    const inline = event ? errHeadersAllow(ctx, facts, event) : 'absent';
    const allowPlacement: AllowPlacement = { kind: 'argument', call, index: 2, pad: ['undefined', 'undefined'], text: '{ headers: { allow: $ALLOW } }' };
    extra = { inlineAllow: inline, ...(inline === 'absent' ? { headersDiscarded: true } : {}), allowPlacement };
  } else if (details.type === 'ObjectExpression') extra = v2ErrorHeaders(ctx, facts, details, event);
  else extra = { inlineAllow: 'unknown' };
  addSink(facts, {
    node: call,
    status: status.code,
    framework: 'h3',
    ...(event ? { receiver: event.name } : {}),
    inlineAllow: 'absent',
    ...extra,
    rewrite: { kind: 'expression', node: args[0]! },
    ...(args[1] ? { messageNodes: [args[1]] } : {}),
  });
}

/** v2 `event.res.status = n`: `event.res.headers.set('allow', …);` after it (a returned body keeps staged headers). */
function resStatusAssignment(ctx: FileContext, facts: Facts, assign: TSESTree.AssignmentExpression): void {
  const left = unwrap(assign.left);
  if (assign.operator !== '=' || left?.type !== 'MemberExpression' || propertyName(left) !== 'status') return;
  const res = unwrap(left.object);
  if (res?.type !== 'MemberExpression' || propertyName(res) !== 'res') return;
  const event = unwrap(res.object);
  const status = resolveStatus(ctx, assign.right);
  if (event?.type !== 'Identifier' || !isParam(ctx, event) || !status) return;
  const statement = enclosingStatement(ctx, assign);
  addSink(facts, {
    node: assign,
    status: status.code,
    framework: 'h3',
    receiver: event.name,
    inlineAllow: 'absent',
    ...(statement?.type === 'ExpressionStatement' ? { allowPlacement: { kind: 'statementAfter', statement, text: `${sourceText(ctx, res)}.headers.set('allow', $ALLOW);` } } : {}),
    rewrite: { kind: 'expression', node: assign.right },
  });
}

/**
 * The event parameter of the handler that holds `node`: the first parameter of a function given to
 * `defineEventHandler` & co. or to a route registration, or a parameter named `event` / typed `H3Event`.
 */
function eventParam(ctx: FileContext, facts: Facts, node: Node): TSESTree.Identifier | undefined {
  for (let a = ctx.parentOf(node); a; a = ctx.parentOf(a)) {
    if (!isFunction(a)) continue;
    const first = a.params[0];
    const handler = isHandler(ctx, facts, a);
    if (first?.type === 'Identifier' && (handler || first.name === 'event' || /\bH3Event\b/.test(first.typeAnnotation ? sourceText(ctx, first.typeAnnotation) : ''))) return first;
    if (handler) return undefined;
  }
  return undefined;
}

function isHandler(ctx: FileContext, facts: Facts, fn: FunctionNode): boolean {
  if (facts.routes.some((r) => r.handlers.includes(fn))) return true;
  let parent = ctx.parentOf(fn);
  if (parent?.type === 'Property' && parent.value === fn && keyName(parent) === 'handler') {
    parent = ctx.parentOf(ctx.parentOf(parent)!);
  }
  return parent?.type === 'CallExpression' && HANDLER_FACTORIES.has(calleeName(parent) ?? '');
}

/**
 * Nitro / Nuxt file routes: `server/api/items.get.ts` binds GET on `/api/items`, a file without a method
 * suffix answers every method. Sibling files are not visible here, so only the file's own method is known.
 */
function nitroFileRoute(ctx: FileContext, facts: Facts, file: H3File): void {
  const match = NITRO_ROUTE.exec(ctx.filename);
  if (!match) return;
  const [, dir, rest, method] = match as unknown as [string, string, string, string | undefined];
  const path = `${dir === 'api' ? '/api/' : '/'}${rest}`.replace(/\/index$/, '') || '/';
  for (const decl of ctx.exports) {
    if (decl.type !== 'ExportDefaultDeclaration') continue;
    const handlers = defaultHandlers(ctx, decl.declaration);
    if (handlers.length === 0) continue;
    facts.routes.push({
      node: decl,
      framework: 'h3',
      resource: `nitro:${path}`,
      method: method ? method.toUpperCase() : 'ALL',
      handlers,
      path,
      autoHead: file.v2,
      // `server/api/[...].ts` / `server/routes/[...slug].ts` answer whatever nothing else matched.
      ...(/^\[\.\.\.\w*\]$/.test(rest) ? { notFound: true } : {}),
    });
  }
}

/** `defineEventHandler(fn)`, `defineEventHandler({ handler: fn })`, a named function, `wrap(fn)`. */
function defaultHandlers(ctx: FileContext, declaration: Node): FunctionNode[] {
  const node = unwrap(declaration);
  if (node?.type === 'CallExpression' && HANDLER_FACTORIES.has(calleeName(node) ?? '')) {
    const arg = unwrap(node.arguments[0]);
    if (arg?.type === 'ObjectExpression') {
      const handler = findProperty(arg, 'handler');
      return handler ? handlerFunctions(ctx, [handler.value]) : [];
    }
  }
  return handlerFunctions(ctx, [declaration]);
}
