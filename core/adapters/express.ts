/**
 * Express 4/5 (and the same `res` API in Next.js pages API routes and NestJS `@Res()`):
 * `res.status(n)…`, `res.sendStatus(n)`. Allow fix: `.set('Allow', …)` in the chain for Express,
 * `res.setHeader('Allow', [...])` before the statement for Next.js pages (its documented idiom).
 */
import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, calleeObject, unwrap } from '../ast';
import { enclosingStatement, imports, type FileContext } from '../context';
import type { AllowPlacement, Framework } from '../model';
import { resolveStatus } from '../status';
import { handlerFunctions, paramReceiver, primaryFramework, sourceText } from './shared';
import { addSink, type Adapter, type Facts } from './types';

export const expressAdapter: Adapter = {
  name: 'express',
  applies: (ctx) => {
    const fw = primaryFramework(ctx);
    return fw === 'express' || fw === 'next-pages' || fw === 'nest';
  },
  collect(ctx, facts) {
    const framework: Framework = primaryFramework(ctx) === 'next-pages' ? 'next-pages' : 'express';
    for (const call of ctx.calls) {
      if (call.type !== 'CallExpression') continue;
      const name = calleeName(call);
      if (name === 'status' || name === 'sendStatus') statusCall(ctx, facts, call, name, framework);
    }
    if (framework === 'next-pages') fileRoute(ctx, facts);
  },
};

/** Express (or its router) is imported, or the file is a NestJS controller on the Express platform. */
function usesExpress(ctx: FileContext): boolean {
  return imports(ctx, 'express', 'router', '@nestjs/platform-express') || primaryFramework(ctx) === 'nest';
}

/** A Next.js pages API file is one resource: its default export answers every method. */
function fileRoute(ctx: FileContext, facts: Facts): void {
  for (const decl of ctx.exports) {
    if (decl.type !== 'ExportDefaultDeclaration') continue;
    const handlers = handlerFunctions(ctx, [decl.declaration]);
    if (handlers.length === 0) continue;
    facts.routes.push({ node: decl, framework: 'next-pages', resource: `file:${ctx.filename}`, method: 'ALL', handlers, autoHead: false });
  }
}

function statusCall(ctx: FileContext, facts: Facts, call: TSESTree.CallExpression, name: string, framework: Framework): void {
  const object = calleeObject(call);
  const receiver = paramReceiver(ctx, object);
  const status = resolveStatus(ctx, call.arguments[0]);
  if (!receiver || !object || !status || call.arguments.length !== 1) return;
  const target = sourceText(ctx, object);
  const callee = unwrap(call.callee) as TSESTree.MemberExpression;
  let placement: AllowPlacement;
  if (name === 'sendStatus' || (framework === 'express' && usesExpress(ctx))) {
    // Express's own response: `.set()` returns the response, so it chains before or after the status.
    placement = name === 'status' ? { kind: 'after', node: call, text: ".set('Allow', $ALLOW)" } : { kind: 'before', node: callee.property, text: "set('Allow', $ALLOW)." };
  } else {
    // Next.js pages API, Vercel functions and untyped `(req, res)` handlers: Node's `setHeader`, which every
    // such response has (as a statement, Next's documented idiom; chained where no statement fits).
    const value = framework === 'next-pages' ? '$ALLOW_ARRAY' : '$ALLOW';
    const statement = enclosingStatement(ctx, call);
    placement = statement
      ? { kind: 'statementBefore', statement, text: `${target}.setHeader('Allow', ${value});` }
      : { kind: 'before', node: callee.property, text: `setHeader('Allow', ${value}).` };
  }
  addSink(facts, {
    node: call,
    status: status.code,
    framework,
    receiver: receiver.name,
    inlineAllow: 'absent',
    allowPlacement: placement,
    rewrite: { kind: 'expression', node: call.arguments[0]! },
  });
}
