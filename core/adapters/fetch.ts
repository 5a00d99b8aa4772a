/**
 * The Web `Response` family: fetch handlers (Workers, Deno, Bun), Next.js app router route handlers,
 * SvelteKit endpoints and Remix / React Router loaders and actions. Sinks: `new Response(body, init)`,
 * `Response.json(data, init)`, `NextResponse.json` / `new NextResponse`, SvelteKit `json` / `text(…, init)`
 * and `error(status)`, Remix `json(data, init | status)`, React Router `data(value, init | status)`.
 * Allow fix: merge into the init's headers (object, `new Headers(…)`, tuple list) or add `headers`;
 * SvelteKit `error()` has no headers, so `setHeaders({ allow })` goes before it. Route modules register
 * their exported method handlers (HTTP-SEMANTICS.md B.3b, B.4, B.11, B.13).
 */
import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, findProperty, hasSpread, isFunction, keyName, propertyName, stringValue, unwrap, type Call, type FunctionNode, type Node } from '../ast';
import { enclosingStatement, imports, type FileContext } from '../context';
import type { AllowPlacement, Framework, StatusSink } from '../model';
import { resolveStatus, type Status } from '../status';
import { handlerFunctions, headersAllow, primaryFramework } from './shared';
import { addSink, type Adapter, type Facts } from './types';

/** Remix and React Router, and the adapters that re-export their `json`/`data` (Hydrogen, Vercel, Netlify, …). */
const REMIX_SOURCES = /^(@remix-run\/|@react-router\/|react-router(-dom)?$|@shopify\/remix-oxygen$|@vercel\/remix$|@netlify\/remix-[\w-]+$)/;
const TEST_FILE = /(^|\/)(__tests__|__mocks__)\/|\.(test|spec)\.[cm]?[jt]sx?$/;
const EVENT_NAMES = new Set(['event', 'e', 'evt']);
const TEST_LIBRARIES = ['vitest', '@jest/globals', 'msw', 'nock', 'jest-fetch-mock', 'vitest-fetch-mock', '@playwright/test'];

export const fetchAdapter: Adapter = {
  name: 'fetch',
  applies: (ctx) =>
    !TEST_FILE.test(ctx.filename) &&
    !imports(ctx, ...TEST_LIBRARIES) &&
    (routeModule(ctx) !== undefined || imports(ctx, 'next/server', '@sveltejs/kit') || ctx.text.includes('Response')),
  collect(ctx, facts) {
    const module = routeModule(ctx);
    if (module) registerExports(ctx, facts, module);
    const primary = primaryFramework(ctx);
    const framework: Framework = module?.framework ?? (primary === 'next-app' || primary === 'sveltekit' ? primary : 'fetch');
    for (const call of ctx.calls) {
      const shape = responseShape(ctx, call);
      if (!shape) continue;
      if (shape.kind === 'error') kitError(ctx, facts, call as TSESTree.CallExpression, framework);
      else responseSink(ctx, facts, call, shape, framework);
    }
  },
};

// ---------------------------------------------------------------------------------------------------
// Route modules: the exported functions are the method table.

interface RouteModule {
  framework: Framework;
  /** Export name -> method ('ALL' for catch-alls). */
  methods: Record<string, string>;
  autoOptions: boolean;
}

/** Export names Next.js route handlers and SvelteKit endpoints dispatch on. */
const ENDPOINT_METHODS = Object.fromEntries(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'].map((m) => [m, m]));

const moduleCache = new WeakMap<FileContext, RouteModule | null>();

/** Next.js `app/**\/route.ts`, SvelteKit `+server.ts`, or a Remix / React Router module with loader/action. */
function routeModule(ctx: FileContext): RouteModule | undefined {
  const cached = moduleCache.get(ctx);
  if (cached !== undefined) return cached ?? undefined;
  let found: RouteModule | undefined;
  if (/(^|\/)app\/(.+\/)?route\.[cm]?[jt]sx?$/.test(ctx.filename) && primaryFramework(ctx) === 'next-app') {
    found = { framework: 'next-app', methods: ENDPOINT_METHODS, autoOptions: true };
  } else if (/(^|\/)\+server\.[cm]?[jt]s$/.test(ctx.filename)) {
    found = { framework: 'sveltekit', methods: { ...ENDPOINT_METHODS, fallback: 'ALL' }, autoOptions: false };
  } else if ([...ctx.sources].some((s) => REMIX_SOURCES.test(s))) {
    // A loader answers GET (and HEAD); an action answers every other method.
    found = { framework: 'fetch', methods: { loader: 'GET', action: 'ALL' }, autoOptions: false };
  }
  moduleCache.set(ctx, found ?? null);
  return found;
}

function registerExports(ctx: FileContext, facts: Facts, module: RouteModule): void {
  const resource = `file:${ctx.filename}`;
  for (const { name, node, handlers } of exportedBindings(ctx)) {
    const method = module.methods[name];
    if (!method) continue;
    facts.routes.push({
      node,
      framework: module.framework,
      resource,
      method,
      handlers,
      autoHead: true,
      ...(module.autoOptions ? { autoOptions: true } : {}),
    });
  }
}

/** `export function GET`, `export const POST = …`, `export { h as GET }`, `export const { GET } = x`, re-exports. */
function exportedBindings(ctx: FileContext): Array<{ name: string; node: Node; handlers: FunctionNode[] }> {
  const out: Array<{ name: string; node: Node; handlers: FunctionNode[] }> = [];
  for (const decl of ctx.exports) {
    if (decl.type !== 'ExportNamedDeclaration') continue;
    const d = decl.declaration;
    if (d?.type === 'FunctionDeclaration' && d.id) out.push({ name: d.id.name, node: d, handlers: [d] });
    if (d?.type === 'VariableDeclaration') {
      for (const v of d.declarations) {
        if (v.id.type === 'Identifier') out.push({ name: v.id.name, node: v, handlers: v.init ? handlerFunctions(ctx, [v.init]) : [] });
        else if (v.id.type === 'ObjectPattern') {
          for (const p of v.id.properties) if (p.type === 'Property' && keyName(p)) out.push({ name: keyName(p)!, node: p, handlers: [] });
        }
      }
    }
    for (const spec of decl.specifiers) {
      const exported = spec.exported.type === 'Identifier' ? spec.exported.name : stringValue(spec.exported);
      if (exported === undefined) continue;
      out.push({ name: exported, node: spec, handlers: decl.source ? [] : handlerFunctions(ctx, [spec.local]) });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Response constructors and helpers.

type Shape =
  /**
   * The init is the second argument; `bareStatus`: a number there is the status (Remix `json`, React
   * Router `data`); `global`: the platform `Response`, which also serves clients, caches and test doubles.
   */
  | { kind: 'init'; bareStatus: boolean; global: boolean }
  | { kind: 'error' };

function responseShape(ctx: FileContext, call: Call): Shape | undefined {
  const callee = unwrap(call.callee);
  if (!callee) return undefined;
  if (call.type === 'NewExpression') {
    if (callee.type !== 'Identifier') return undefined;
    if (callee.name === 'Response' && isGlobalResponse(ctx, callee)) return { kind: 'init', bareStatus: false, global: true };
    return importOf(ctx, callee, 'next/server') === 'NextResponse' ? { kind: 'init', bareStatus: false, global: false } : undefined;
  }
  if (callee.type === 'MemberExpression') {
    const object = unwrap(callee.object);
    if (propertyName(callee) !== 'json' || object?.type !== 'Identifier') return undefined;
    if (object.name === 'Response' && isGlobalResponse(ctx, object)) return { kind: 'init', bareStatus: false, global: true };
    return importOf(ctx, object, 'next/server') === 'NextResponse' ? { kind: 'init', bareStatus: false, global: false } : undefined;
  }
  if (callee.type !== 'Identifier') return undefined;
  const kit = importOf(ctx, callee, '@sveltejs/kit');
  if (kit === 'json' || kit === 'text') return { kind: 'init', bareStatus: false, global: false };
  if (kit === 'error') return { kind: 'error' };
  const remix = importOf(ctx, callee, REMIX_SOURCES);
  if (remix === 'json' || remix === 'data') return { kind: 'init', bareStatus: true, global: false };
  return undefined;
}

/** The imported name behind a local identifier, when it comes from `source`. */
function importOf(ctx: FileContext, id: TSESTree.Identifier, source: string | RegExp): string | undefined {
  const binding = ctx.bindings.resolve(id.name, id);
  if (binding?.kind !== 'import' || binding.source === undefined) return undefined;
  const matches = typeof source === 'string' ? binding.source === source : source.test(binding.source);
  return matches ? binding.imported : undefined;
}

/** `Response` is the platform's (unbound, or imported from a fetch polyfill), not a local class. */
function isGlobalResponse(ctx: FileContext, id: TSESTree.Identifier): boolean {
  const binding = ctx.bindings.resolve(id.name, id);
  return !binding || binding.kind === 'import';
}

function responseSink(ctx: FileContext, facts: Facts, call: Call, shape: Extract<Shape, { kind: 'init' }>, framework: Framework): void {
  if (shape.global && !isProduced(ctx, call)) return;
  const init = readInit(ctx, call.arguments[1], { bareStatus: shape.bareStatus, key: framework === 'sveltekit' ? 'allow' : 'Allow' });
  if (!init) return;
  const receiver = assignedName(ctx, call) ?? (framework === 'sveltekit' ? eventParam(ctx, facts, call)?.receiver : undefined);
  addSink(facts, {
    node: call,
    status: init.status.code,
    framework,
    ...(receiver ? { receiver } : {}),
    inlineAllow: init.inlineAllow,
    ...(init.placement ? { allowPlacement: init.placement } : {}),
    ...(init.statusNode ? { rewrite: { kind: 'expression', node: init.statusNode } } : {}),
    ...(call.arguments[0] ? { messageNodes: [call.arguments[0]] } : {}),
  });
}

/**
 * The Response is handed to the platform: returned, thrown, passed to `respondWith`, or kept in a
 * variable (whose header writes then count). A Response built as a call argument (a mock, a cache
 * entry, a test double) is not treated as this handler's answer.
 */
function isProduced(ctx: FileContext, node: Node): boolean {
  let child = node;
  for (let parent = ctx.parentOf(child); parent; child = parent, parent = ctx.parentOf(child)) {
    switch (parent.type) {
      case 'ConditionalExpression':
        if (child === parent.test) return false;
        continue;
      case 'LogicalExpression':
      case 'AwaitExpression':
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
        continue;
      case 'ReturnStatement':
      case 'ThrowStatement':
        return true;
      case 'ArrowFunctionExpression':
        return parent.body === child;
      case 'VariableDeclarator':
        return parent.init === child && parent.id.type === 'Identifier';
      case 'AssignmentExpression':
        return parent.right === child;
      case 'CallExpression':
        return calleeName(parent) === 'respondWith' && parent.callee.type === 'MemberExpression';
      default:
        if ((parent as { type: string }).type === 'ParenthesizedExpression') continue;
        return false;
    }
  }
  return false;
}

/** `const r = new Response(…)`: header writes on `r` reach this response. */
function assignedName(ctx: FileContext, node: Node): string | undefined {
  let child = node;
  let parent = ctx.parentOf(child);
  while (parent && (parent.type === 'AwaitExpression' || parent.type === 'TSAsExpression' || parent.type === 'TSSatisfiesExpression')) {
    child = parent;
    parent = ctx.parentOf(child);
  }
  return parent?.type === 'VariableDeclarator' && parent.init === child && parent.id.type === 'Identifier' ? parent.id.name : undefined;
}

// ---------------------------------------------------------------------------------------------------
// ResponseInit: `{ status, headers }` (also Hono's second argument).

export interface InitFacts {
  status: Status;
  /** The status expression, unless it lives in an init shared by reference (re-spelling it there is not local). */
  statusNode: Node | undefined;
  inlineAllow: StatusSink['inlineAllow'];
  placement?: AllowPlacement;
}

/**
 * Status and Allow state of a ResponseInit argument, and where Allow can be merged. A const init shared
 * by reference is read but not edited; headers given as an identifier, call or spread are 'unknown'.
 */
export function readInit(ctx: FileContext, arg: Node | undefined, options: { bareStatus: boolean; key: 'Allow' | 'allow' }): InitFacts | undefined {
  const node = unwrap(arg);
  if (!node || node.type === 'SpreadElement') return undefined;
  if (options.bareStatus && node.type !== 'ObjectExpression') {
    // A bare status becomes `{ status, headers }`.
    const status = resolveStatus(ctx, node);
    const wrap: AllowPlacement = {
      kind: 'all',
      parts: [
        { kind: 'before', node, text: '{ status: ' },
        { kind: 'after', node, text: `, headers: { ${options.key}: $ALLOW } }` },
      ],
    };
    if (status) return { status, statusNode: node, inlineAllow: 'absent', placement: wrap };
  }
  let object = node;
  let shared = false;
  if (node.type === 'Identifier') {
    const binding = ctx.bindings.resolve(node.name, node);
    const init = unwrap(binding?.init);
    if (binding?.kind !== 'const' || binding.key !== undefined || init?.type !== 'ObjectExpression') return undefined;
    object = init;
    shared = true;
  }
  if (object.type !== 'ObjectExpression') return undefined;
  const statusProp = findProperty(object, 'status');
  const status = statusProp && resolveStatus(ctx, statusProp.value);
  if (!status || !statusProp) return undefined;
  const base = { status, statusNode: shared ? undefined : statusProp.value };
  if (hasSpread(object)) return { ...base, inlineAllow: 'unknown' };
  const headers = findProperty(object, 'headers');
  if (!headers) {
    return { ...base, inlineAllow: 'absent', ...(shared ? {} : { placement: { kind: 'property', object, text: `headers: { ${options.key}: $ALLOW }` } }) };
  }
  const placement = shared ? undefined : headersPlacement(headers.value, options.key);
  return { ...base, inlineAllow: headersAllow(headers.value), ...(placement ? { placement } : {}) };
}

/** Merge Allow into a HeadersInit: an object literal, `new Headers(…)`, or a list of `[name, value]` pairs. */
export function headersPlacement(expr: Node, fallbackKey: 'Allow' | 'allow'): AllowPlacement | undefined {
  const node = unwrap(expr);
  if (node?.type === 'ObjectExpression') return { kind: 'property', object: node, text: `${keyLike(node, fallbackKey)}: $ALLOW` };
  if (node?.type === 'ArrayExpression') {
    const last = node.elements[node.elements.length - 1];
    const tuple = unwrap(last ?? undefined);
    if (!last || tuple?.type !== 'ArrayExpression') return undefined;
    return { kind: 'after', node: last, text: `, ['${keyLike(node, fallbackKey)}', $ALLOW]` };
  }
  if (node?.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'Headers') {
    if (node.arguments.length === 0) return { kind: 'argument', call: node, index: 0, pad: [], text: `{ ${fallbackKey}: $ALLOW }` };
    return node.arguments.length === 1 ? headersPlacement(node.arguments[0]!, fallbackKey) : undefined;
  }
  return undefined;
}

/** Spell the new header name like the ones already there (`allow` next to `content-type`). */
function keyLike(headers: TSESTree.ObjectExpression | TSESTree.ArrayExpression, fallback: 'Allow' | 'allow'): 'Allow' | 'allow' {
  let first: string | undefined;
  if (headers.type === 'ObjectExpression') {
    const prop = headers.properties.find((p): p is TSESTree.Property => p.type === 'Property');
    first = prop ? keyName(prop) : undefined;
  } else {
    const tuple = unwrap(headers.elements[0] ?? undefined);
    first = tuple?.type === 'ArrayExpression' ? stringValue(tuple.elements[0] ?? undefined) : undefined;
  }
  if (!first || !/^[A-Za-z]/.test(first)) return fallback;
  return first[0] === first[0]!.toUpperCase() ? 'Allow' : 'allow';
}

// ---------------------------------------------------------------------------------------------------
// SvelteKit `error(status, body)`: no headers parameter; `setHeaders` on the RequestEvent carries Allow.

function kitError(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression, framework: Framework): void {
  const status = resolveStatus(ctx, call.arguments[0]);
  if (!status) return;
  const event = eventParam(ctx, facts, call);
  const statement = enclosingStatement(ctx, call);
  const setCall: AllowPlacement | undefined =
    event?.setHeaders && statement ? { kind: 'statementBefore', statement, text: `${event.setHeaders}({ allow: $ALLOW });` } : undefined;
  const placement: AllowPlacement | undefined =
    setCall && event?.pattern ? { kind: 'all', parts: [{ kind: 'property', object: event.pattern, text: 'setHeaders' }, setCall] } : setCall;
  addSink(facts, {
    node: call,
    status: status.code,
    framework,
    ...(event ? { receiver: event.receiver } : {}),
    inlineAllow: 'absent',
    ...(placement ? { allowPlacement: placement } : {}),
    rewrite: { kind: 'expression', node: call.arguments[0]! },
    ...(call.arguments[1] ? { messageNodes: [call.arguments[1]] } : {}),
  });
}

/**
 * The RequestEvent of the handler holding `node`: `event` -> `event.setHeaders`; `({ setHeaders })` ->
 * `setHeaders`; hooks' `({ event })` -> `event.setHeaders`. A plain identifier counts as the event only
 * in an exported endpoint handler or when it is named or typed like one (`load(event)`, `e: RequestEvent`).
 * A destructured event without `setHeaders` gets it added to the pattern (`pattern`), unless a rest
 * element comes last or the name is taken.
 */
function eventParam(ctx: FileContext, facts: Facts, node: Node): { receiver: string; setHeaders?: string; pattern?: TSESTree.ObjectPattern } | undefined {
  const { fn, registered } = handlerOf(ctx, facts, node);
  const param = fn?.params[0];
  if (param?.type === 'Identifier') {
    if (!registered && !EVENT_NAMES.has(param.name) && !typedAs(param, /^RequestEvent$/)) return undefined;
    return ctx.bindings.resolve(param.name, node)?.id === param ? { receiver: param.name, setHeaders: `${param.name}.setHeaders` } : undefined;
  }
  if (param?.type !== 'ObjectPattern') return undefined;
  const local = (key: string) => {
    const prop = param.properties.find((p): p is TSESTree.Property => p.type === 'Property' && keyName(p) === key);
    const id = prop?.value.type === 'Identifier' ? prop.value : undefined;
    return id && ctx.bindings.resolve(id.name, node)?.id === id ? id.name : undefined;
  };
  // hooks: `handle({ event, resolve })`.
  const event = local('event');
  if (event) return { receiver: event, setHeaders: `${event}.setHeaders` };
  // headers.ts files a bare `setHeaders({ … })` call under the receiver `event`.
  if (local('setHeaders') === 'setHeaders') return { receiver: 'event', setHeaders: 'setHeaders' };
  const last = param.properties[param.properties.length - 1];
  const free = !param.properties.some((p) => p.type === 'Property' && keyName(p) === 'setHeaders') && !ctx.bindings.resolve('setHeaders', node);
  return last?.type === 'Property' && free ? { receiver: 'event', setHeaders: 'setHeaders', pattern: param } : { receiver: 'event' };
}

/** The exported handler holding `node`, or else the outermost function around it. */
function handlerOf(ctx: FileContext, facts: Facts, node: Node): { fn: FunctionNode | undefined; registered: boolean } {
  let outer: FunctionNode | undefined;
  for (let a = ctx.parentOf(node); a; a = ctx.parentOf(a)) {
    if (!isFunction(a)) continue;
    const fn: FunctionNode = a;
    if (facts.routes.some((r) => r.handlers.includes(fn))) return { fn, registered: true };
    outer = fn;
  }
  return { fn: outer, registered: false };
}

/** The parameter's type annotation is a plain type reference whose name matches. */
export function typedAs(param: TSESTree.Identifier, name: RegExp): boolean {
  const type = param.typeAnnotation?.typeAnnotation;
  return type?.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && name.test(type.typeName.name);
}
