/**
 * http-errors across Express, Koa and Fastify: `createError(405[, msg][, props])` (any local name of the
 * module), `new createError.MethodNotAllowed(msg)`, `createError[405]()`, named constructor imports.
 * Who handles the error decides the Allow fix: `res.set('Allow', …);` before `next(err)` / `throw` in an
 * Express handler, `reply.header('allow', …);` before it in Fastify, otherwise the error's own
 * `props.headers` (Koa clears context headers on errors, so it always gets the props).
 * Also home of the argument reading that Koa's `ctx.throw` / `ctx.assert` share (they call createError).
 */
import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, findProperty, hasSpread, isFunction, propertyName, rootIdentifier, unwrap, type Call, type Node } from '../ast';
import { enclosingStatement, imports, type FileContext } from '../context';
import type { AllowPlacement, Framework, StatusRewrite, StatusSink } from '../model';
import { resolveStatus, statusNames, type Status } from '../status';
import { headersAllow, isParam, primaryFramework } from './shared';
import { addSink, type Adapter } from './types';

const MODULE = 'http-errors';
const { byName: BY_NAME, byCode: NAMES } = statusNames('pascal');

export const httpErrorsAdapter: Adapter = {
  name: 'http-errors',
  applies: (ctx) => imports(ctx, MODULE),
  collect(ctx, facts) {
    for (const call of ctx.calls) {
      const form = errorForm(ctx, call);
      if (form) addSink(facts, errorSink(ctx, call, form));
    }
  },
};

type Form = { kind: 'factory'; status: Status } | { kind: 'constructor'; code: number; rewrite: StatusRewrite };

function moduleBinding(ctx: FileContext, id: Node | undefined) {
  if (id?.type !== 'Identifier') return undefined;
  const binding = ctx.bindings.resolve(id.name, id);
  return binding && binding.source === MODULE && binding.kind !== 'param' ? binding : undefined;
}

function errorForm(ctx: FileContext, call: Call): Form | undefined {
  const callee = unwrap(call.callee);
  if (callee?.type === 'Identifier') {
    const imported = moduleBinding(ctx, callee)?.imported;
    if (imported === 'default' && call.type === 'CallExpression') {
      const status = numericStatus(ctx, call.arguments[0]);
      return status && { kind: 'factory', status };
    }
    const code = BY_NAME[imported ?? ''];
    return code ? { kind: 'constructor', code, rewrite: { kind: 'name', node: callee, names: NAMES, importFrom: MODULE } } : undefined;
  }
  if (callee?.type !== 'MemberExpression') return undefined;
  const imported = moduleBinding(ctx, unwrap(callee.object))?.imported;
  if (imported !== 'default' && imported !== '*') return undefined;
  if (!callee.computed && callee.property.type === 'Identifier') {
    const code = BY_NAME[callee.property.name];
    return code ? { kind: 'constructor', code, rewrite: { kind: 'name', node: callee.property, names: NAMES } } : undefined;
  }
  const status = callee.computed ? resolveStatus(ctx, callee.property) : undefined;
  return status && { kind: 'constructor', code: status.code, rewrite: { kind: 'expression', node: callee.property } };
}

function errorSink(ctx: FileContext, call: Call, form: Form): StatusSink {
  const handler = handlerOf(ctx, call);
  const statement = handler && handler.framework !== 'koa' ? directStatement(ctx, call) : undefined;
  const before = statement && handler ? beforeStatement(handler, statement) : undefined;
  const later = headersAssignedLater(ctx, call);
  let inline: StatusSink['inlineAllow'] = later ? 'unknown' : 'absent';
  let placement = before;
  let messages: Node[] = stringish(ctx, call.arguments[0]) ? [call.arguments[0]!] : [];
  if (form.kind === 'factory') {
    const args = errorArgs(ctx, call, 1);
    const props = propsAllow(call, args, call.arguments.length, [], 'allow');
    if (!later) inline = props.inlineAllow;
    placement = placement ?? props.placement;
    messages = args.messages;
  }
  return {
    node: call,
    status: form.kind === 'factory' ? form.status.code : form.code,
    framework: handler?.framework ?? fallbackFramework(ctx),
    ...(handler ? { receiver: handler.receiver } : {}),
    inlineAllow: inline,
    ...(handler?.framework === 'koa' ? discarded(inline) : {}),
    ...(placement ? { allowPlacement: placement } : {}),
    rewrite: form.kind === 'factory' ? { kind: 'expression', node: call.arguments[0]! } : form.rewrite,
    messageNodes: messages,
  };
}

/**
 * Koa: headers set on the context do not reach a thrown error. Only said when the error carries no
 * readable headers of its own, so an inline `Allow` (or unreadable headers) still counts.
 */
export function discarded(inlineAllow: StatusSink['inlineAllow']): { headersDiscarded?: true } {
  return inlineAllow === 'absent' ? { headersDiscarded: true } : {};
}

function fallbackFramework(ctx: FileContext): Framework {
  const primary = primaryFramework(ctx);
  return primary === 'koa' || primary === 'fastify' ? primary : 'express';
}

function beforeStatement(handler: Handler, statement: Node): AllowPlacement {
  const text = handler.framework === 'fastify' ? `${handler.receiver}.header('allow', $ALLOW);` : `${handler.receiver}.set('Allow', $ALLOW);`;
  return { kind: 'statementBefore', statement, text };
}

/** The framework handler around `node`, told by its parameters: `reply` (Fastify), `ctx` (Koa), `(req, res[, next])` (Express). */
export interface Handler {
  framework: 'express' | 'koa' | 'fastify';
  receiver: string;
}

export function handlerOf(ctx: FileContext, node: Node): Handler | undefined {
  const primary = primaryFramework(ctx);
  for (let a = ctx.parentOf(node); a; a = ctx.parentOf(a)) {
    if (!isFunction(a)) continue;
    const names = a.params.map((p) => (p.type === 'Identifier' ? p.name : undefined));
    if (names.includes('reply')) return { framework: 'fastify', receiver: 'reply' };
    if (names[0] === 'ctx' || (primary === 'koa' && names[0] === 'context')) return { framework: 'koa', receiver: names[0] };
    const res = names.slice(1).find((n) => n === 'res' || n === 'response');
    if (res) return { framework: primary === 'fastify' ? 'fastify' : 'express', receiver: res };
  }
  return undefined;
}

/**
 * The statement an error leaves the handler by, when a sibling statement can go right before it:
 * `throw err`, `next(err)` / `done(err)` (a parameter called with the error), `reply.send(err)`.
 */
export function directStatement(ctx: FileContext, node: Node): Node | undefined {
  let child: Node = node;
  let parent = ctx.parentOf(child);
  while (parent && (parent.type === 'AwaitExpression' || unwrap(parent) !== parent)) {
    child = parent;
    parent = ctx.parentOf(child);
  }
  if (parent?.type === 'ThrowStatement') return enclosingStatement(ctx, parent);
  if (parent?.type !== 'CallExpression' || parent.arguments.length !== 1 || parent.arguments[0] !== child) return undefined;
  const callee = unwrap(parent.callee);
  const passes =
    (callee?.type === 'Identifier' && isParam(ctx, callee)) ||
    (callee?.type === 'MemberExpression' && propertyName(callee) === 'send' && isParam(ctx, rootIdentifier(callee)));
  if (!passes) return undefined;
  const holder = ctx.parentOf(parent);
  const leaf = holder?.type === 'AwaitExpression' ? ctx.parentOf(holder) : holder;
  return leaf?.type === 'ExpressionStatement' || leaf?.type === 'ReturnStatement' ? enclosingStatement(ctx, parent) : undefined;
}

/** `const err = createError(405); err.headers = …` / `Object.assign(err, …)`: the headers are set elsewhere. */
function headersAssignedLater(ctx: FileContext, call: Call): boolean {
  const declarator = ctx.parentOf(call);
  if (declarator?.type !== 'VariableDeclarator' || declarator.id.type !== 'Identifier') return false;
  const name = declarator.id.name;
  const touches = (n: Node | undefined) => {
    for (let m = unwrap(n); m?.type === 'MemberExpression'; m = unwrap(m.object)) if (propertyName(m) === 'headers' && rootIdentifier(m)?.name === name) return true;
    return false;
  };
  if (ctx.assignments.some((a) => touches(a.left))) return true;
  return ctx.calls.some((c) => calleeName(c) === 'assign' && unwrap(c.arguments[0])?.type === 'Identifier' && (unwrap(c.arguments[0]) as TSESTree.Identifier).name === name);
}

/** A status as createError reads it: a number in first position. `'405'` is a message there (a 500). */
export function numericStatus(ctx: FileContext, expr: Node | undefined): Status | undefined {
  const status = resolveStatus(ctx, expr);
  if (!status || status.spelling.kind === 'string' || stringish(ctx, expr)) return undefined;
  return status;
}

/** Is `expr` certainly a string (a literal, a template, a concatenation, `err.message`, a const holding one)? */
export function stringish(ctx: FileContext, expr: Node | null | undefined, depth = 0): boolean {
  const node = unwrap(expr);
  if (!node || depth > 3) return false;
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string';
    case 'TemplateLiteral':
      return true;
    case 'BinaryExpression':
      return node.operator === '+' && (stringish(ctx, node.left, depth + 1) || stringish(ctx, node.right, depth + 1));
    case 'MemberExpression':
      return propertyName(node) === 'message';
    case 'CallExpression': {
      const name = calleeName(node);
      return name === 'String' || name === 'toString' || name === 'join';
    }
    case 'Identifier': {
      const binding = ctx.bindings.resolve(node.name, node);
      return binding?.kind === 'const' && binding.key === undefined && stringish(ctx, binding.init, depth + 1);
    }
    default:
      return false;
  }
}

/** The message and props arguments of a createError-style call, from `from` on. */
export interface ErrorArgs {
  messages: Node[];
  props: TSESTree.ObjectExpression | undefined;
  /** An argument that may be an error or a props object (an identifier, a call): the headers are unknown. */
  unknown: boolean;
}

export function errorArgs(ctx: FileContext, call: Call, from: number): ErrorArgs {
  const out: ErrorArgs = { messages: [], props: undefined, unknown: false };
  for (const arg of call.arguments.slice(from)) {
    const node = unwrap(arg);
    if (node?.type === 'ObjectExpression') out.props = node;
    else if (stringish(ctx, node)) out.messages.push(arg);
    else if (!(node?.type === 'Identifier' && node.name === 'undefined')) out.unknown = true;
  }
  return out;
}

/**
 * Inline Allow state and placement for the `headers` of a props object: merge into `props.headers`,
 * add `headers` to the props, or add a props argument at `index` (padding earlier slots with `pad`).
 */
export function propsAllow(call: Call, args: ErrorArgs, index: number, pad: string[], key: string): { inlineAllow: StatusSink['inlineAllow']; placement?: AllowPlacement } {
  if (args.unknown) return { inlineAllow: 'unknown' };
  const props = args.props;
  if (!props) return { inlineAllow: 'absent', placement: { kind: 'argument', call, index, pad, text: `{ headers: { ${key}: $ALLOW } }` } };
  const headers = findProperty(props, 'headers');
  if (!headers) {
    if (hasSpread(props)) return { inlineAllow: 'unknown' };
    return { inlineAllow: 'absent', placement: { kind: 'property', object: props, text: `headers: { ${key}: $ALLOW }` } };
  }
  const value = unwrap(headers.value);
  const inlineAllow = headersAllow(value);
  if (inlineAllow !== 'absent' || value?.type !== 'ObjectExpression') return { inlineAllow };
  return { inlineAllow, placement: { kind: 'property', object: value, text: `${key}: $ALLOW` } };
}
