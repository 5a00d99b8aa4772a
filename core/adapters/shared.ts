/**
 * Helpers the adapters share: which server framework a file is written for, handler functions of a
 * registration, response receivers, and the inline `Allow` state of header objects.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { dottedName, findProperty, hasSpread, isFunction, rootIdentifier, stringValue, unwrap, walk, type FunctionNode, type Node } from '../ast';
import { imports, type FileContext } from '../context';
import type { Framework } from '../model';

const primaryCache = new WeakMap<FileContext, Framework>();

/** The server framework a file is written for, from its imports and its path; 'express' style by default. */
export function primaryFramework(ctx: FileContext): Framework {
  const cached = primaryCache.get(ctx);
  if (cached) return cached;
  const found = detect(ctx);
  primaryCache.set(ctx, found);
  return found;
}

function detect(ctx: FileContext): Framework {
  if (imports(ctx, '@nestjs/common', '@nestjs/core')) return 'nest';
  if (imports(ctx, 'hono')) return 'hono';
  if (imports(ctx, 'fastify', 'fastify-plugin')) return 'fastify';
  if (imports(ctx, 'koa', '@koa/router', 'koa-router')) return 'koa';
  if (imports(ctx, '@hapi/hapi', '@hapi/boom', 'boom')) return 'hapi';
  if (imports(ctx, 'h3', 'nitropack', 'nitro', '#imports') || /(^|\/)server\/(api|routes|middleware)\//.test(ctx.filename) || usesEventHandler(ctx)) return 'h3';
  if (/\/pages\/api\//.test(`/${ctx.filename}`)) return 'next-pages';
  if (/(^|\/)\+server\.[cm]?[jt]s$/.test(ctx.filename) || imports(ctx, '@sveltejs/kit')) return 'sveltekit';
  if (/(^|\/)route\.[cm]?[jt]sx?$/.test(ctx.filename) || imports(ctx, 'next/server')) return 'next-app';
  if (imports(ctx, 'express', 'router')) return 'express';
  if (imports(ctx, 'next')) return 'next-pages';
  return 'express';
}

/** Nuxt/Nitro files use h3 through auto-imports: `defineEventHandler(…)` with no import. */
function usesEventHandler(ctx: FileContext): boolean {
  return ctx.calls.some((c) => c.type === 'CallExpression' && c.callee.type === 'Identifier' && (c.callee.name === 'defineEventHandler' || c.callee.name === 'eventHandler'));
}

/** Is `id` a function parameter (possibly destructured), i.e. something a framework hands to the handler? */
export function isParam(ctx: FileContext, id: TSESTree.Identifier | undefined): boolean {
  if (!id) return false;
  const binding = ctx.bindings.resolve(id.name, id);
  return binding?.kind === 'param';
}

/** The identifier standing for the response in `res.status(…)`, `ctx.res.statusCode`, … when it is a parameter. */
export function paramReceiver(ctx: FileContext, expr: Node | undefined): TSESTree.Identifier | undefined {
  const id = rootIdentifier(expr);
  return isParam(ctx, id) ? id : undefined;
}

export function sourceText(ctx: FileContext, node: Node): string {
  return ctx.text.slice(node.range[0], node.range[1]);
}

/** Handler functions among registration arguments: inline functions, named functions, `wrap(fn)`. */
export function handlerFunctions(ctx: FileContext, args: readonly Node[]): FunctionNode[] {
  const out: FunctionNode[] = [];
  const visit = (arg: Node | undefined, depth: number) => {
    const node = unwrap(arg);
    if (!node || depth > 3) return;
    if (isFunction(node)) out.push(node);
    else if (node.type === 'Identifier') {
      const binding = ctx.bindings.resolve(node.name, node);
      const init = unwrap(binding?.init);
      if (binding?.kind === 'function' && isFunction(init)) out.push(init);
      else if ((binding?.kind === 'const' || binding?.kind === 'let') && init) visit(init, depth + 1);
    } else if (node.type === 'CallExpression') {
      for (const a of node.arguments) visit(a, depth + 1);
    } else if (node.type === 'ArrayExpression') {
      for (const a of node.elements) if (a) visit(a, depth + 1);
    } else if (node.type === 'ObjectExpression') {
      // Route options with the handler inside: `fastify.get('/x', { schema, handler })`.
      const handler = findProperty(node, 'handler');
      if (handler) visit(handler.value, depth + 1);
    }
  };
  for (const a of args) visit(a, 0);
  return out;
}

/** Inline Allow state of a headers expression: an object literal, a `[name, value]` list, or anything else. */
export function headersAllow(expr: Node | null | undefined): 'present' | 'absent' | 'unknown' {
  const node = unwrap(expr);
  if (!node) return 'absent';
  if (node.type === 'ObjectExpression') {
    if (findProperty(node, 'allow', true)) return 'present';
    return hasSpread(node) ? 'unknown' : 'absent';
  }
  if (node.type === 'ArrayExpression') {
    let sawUnknown = false;
    for (const el of node.elements) {
      const item = unwrap(el ?? undefined);
      if (!item) continue;
      if (item.type === 'ArrayExpression') {
        const name = stringValue(item.elements[0] ?? undefined);
        if (name === undefined) sawUnknown = true;
        else if (name.toLowerCase() === 'allow') return 'present';
      } else {
        const name = stringValue(item);
        if (name === undefined) sawUnknown = true;
        else if (name.toLowerCase() === 'allow') return 'present';
      }
    }
    return sawUnknown ? 'unknown' : 'absent';
  }
  if (node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'Headers') {
    return node.arguments.length === 0 ? 'absent' : headersAllow(node.arguments[0]);
  }
  return 'unknown';
}

/** `headers` property of an options/init object literal: its value, or undefined. */
export function headersProperty(obj: TSESTree.ObjectExpression, name = 'headers'): TSESTree.Property | undefined {
  return findProperty(obj, name);
}

const TRANSPARENT = new Set(['TSAsExpression', 'TSNonNullExpression', 'TSSatisfiesExpression', 'TSTypeAssertion', 'ChainExpression', 'ParenthesizedExpression', 'AwaitExpression', 'LogicalExpression']);

/**
 * Does an error object reach the framework: thrown, returned (`throwError(() => new X())`), handed to a
 * callback parameter (`next(err)`, `reply(err)`) or `Promise.reject`, or stored in a local that is then
 * thrown or returned? Errors built for test assertions (`toThrow(new X())`, `mockRejectedValue(…)`) do not.
 */
export function isRaised(ctx: FileContext, node: Node, depth = 0): boolean {
  let child = node;
  let parent = ctx.parentOf(child);
  while (parent && (TRANSPARENT.has(parent.type) || (parent.type === 'ConditionalExpression' && parent.test !== child))) {
    child = parent;
    parent = ctx.parentOf(parent);
  }
  switch (parent?.type) {
    case 'ThrowStatement':
    case 'ReturnStatement':
      return true;
    case 'ArrowFunctionExpression':
      return parent.body === child;
    case 'CallExpression':
      return parent.arguments.includes(child as TSESTree.CallExpressionArgument) && (isParam(ctx, rootIdentifier(parent.callee)) || dottedName(parent.callee) === 'Promise.reject');
    case 'VariableDeclarator':
      return depth === 0 && parent.init === child && parent.id.type === 'Identifier' && storedThenRaised(ctx, parent.id);
    default:
      return false;
  }
}

function storedThenRaised(ctx: FileContext, id: TSESTree.Identifier): boolean {
  const binding = ctx.bindings.resolve(id.name, id);
  if (!binding || (binding.kind !== 'const' && binding.kind !== 'let')) return false;
  let raised = false;
  walk(binding.scope, (node) => {
    if (raised || node === id || node.type !== 'Identifier' || node.name !== id.name) return;
    if (ctx.bindings.resolve(node.name, node) === binding && isRaised(ctx, node, 1)) raised = true;
  });
  return raised;
}
