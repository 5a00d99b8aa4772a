/**
 * The facts the adapters extract and the findings the checks produce. Nothing here knows a framework
 * API; adapters translate framework shapes into these types and checks read only these types.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { Call, FunctionNode, Node } from './ast';

export const RULE_IDS = [
  'require-allow-header',
  'no-403-for-missing-route',
  'no-501-for-unsupported-method',
  'no-403-for-unsupported-method',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Framework =
  | 'node'
  | 'express'
  | 'next-pages'
  | 'next-app'
  | 'fetch'
  | 'sveltekit'
  | 'koa'
  | 'fastify'
  | 'hono'
  | 'nest'
  | 'hapi'
  | 'h3'
  | 'lambda';

/** Text to insert; `$ALLOW` becomes a quoted list (`'GET, HEAD'`), `$ALLOW_ARRAY` an array literal. */
export type Template = string;

/** Where and how an `Allow` header can be added for one sink. Rendered by render.ts. */
export type AllowPlacement =
  /** Add `key: value` to an existing object literal (headers object, props, options), or a name to a destructuring pattern. */
  | { kind: 'property'; object: TSESTree.ObjectExpression | TSESTree.ObjectPattern; text: Template }
  /** Add arguments after the last argument of a call; `pad` fills missing positional slots first. */
  | { kind: 'argument'; call: Call; index: number; pad: string[]; text: Template }
  /** Insert text right after / before a node, e.g. `.set('Allow', …)` after `res.status(405)`. */
  | { kind: 'after'; node: Node; text: Template }
  | { kind: 'before'; node: Node; text: Template }
  /** Insert a whole statement before / after the statement holding the sink. */
  | { kind: 'statementBefore'; statement: Node; text: Template }
  | { kind: 'statementAfter'; statement: Node; text: Template }
  /** Add a decorator line above a class member (NestJS `@Header`). */
  | { kind: 'decorator'; member: TSESTree.MethodDefinition; text: Template }
  /** Several placements applied together, e.g. wrapping a bare status, or a parameter plus a statement. */
  | { kind: 'all'; parts: AllowPlacement[] };

export interface ImportNeed {
  source: string;
  name: string;
}

/** How to re-spell the sink's status as another code. */
export type StatusRewrite =
  /** The status is an expression (literal, constant, local const): re-spell it in the same style. */
  | { kind: 'expression'; node: Node }
  /** The status is implied by a name (`ForbiddenException`, `Boom.forbidden`): swap the name. */
  | { kind: 'name'; node: TSESTree.Identifier; names: Partial<Record<number, string>>; importFrom?: string };

/** A place where code sets the status of an HTTP response. */
export interface StatusSink {
  /** Node the finding is reported on. */
  node: Node;
  status: number;
  framework: Framework;
  /** Root identifier that stands for the response (`res`, `ctx`, `reply`, `c`, `event`), for matching header writes. */
  receiver?: string;
  /** Allow given in the same call (headers argument, init, props): present, absent, or not statically known. */
  inlineAllow: 'present' | 'absent' | 'unknown';
  /** Header writes on the receiver do not reach this response (Koa `ctx.throw` clears them). */
  headersDiscarded?: boolean;
  allowPlacement?: AllowPlacement;
  imports?: ImportNeed[];
  rewrite?: StatusRewrite;
  /** Text fragments of the response (message, body) for "not found" style checks. */
  messageNodes?: Node[];
}

/** A write of a response header somewhere in a handler. `name` undefined means not statically known. */
export interface HeaderWrite {
  node: Node;
  receiver: string;
  name: string | undefined;
}

/** A method-bound route registration: `app.get('/x', h)`, `@Get('x')`, `export function GET`. */
export interface RouteRegistration {
  node: Node;
  framework: Framework;
  /** Identifies the resource: router receiver + path. Undefined when the path is not a literal. */
  resource: string | undefined;
  /** Uppercase method, or `ALL` for all-method registrations, or `USE` for path-less middleware. */
  method: string;
  handlers: FunctionNode[];
  /** Raw path text (for catch-all detection), when literal. */
  path?: string;
  /** The framework answers HEAD for GET on this route by itself. */
  autoHead: boolean;
  /** The framework answers OPTIONS (and lists it) by itself. */
  autoOptions?: boolean;
  /**
   * The framework tries routes in registration order and the first match answers (Express, Koa, Hono, h3,
   * NestJS): a route registered after an all-methods route on the same path is never reached.
   */
  firstMatchWins?: boolean;
  /** Registered as the app's not-found handler (`setNotFoundHandler`, `app.notFound`, trailing `use`). */
  notFound?: boolean;
}

/** A method guard: the set of methods that reach the sink's branch. */
export interface MethodContext {
  /** Methods the code handles elsewhere on the same resource (uppercase). */
  allowed: string[] | undefined;
  /** Methods rejected by the sink's branch; `others` for a default/else branch. */
  rejected: string[] | 'others' | undefined;
  /** The sink's only enclosing condition is a method test. */
  onlyMethodCondition: boolean;
  /** Where the allowed list came from: code tests (exact) or route registrations (framework may add HEAD). */
  source: 'guard' | 'routes' | 'exports' | undefined;
}

export interface TextEdit {
  range: [number, number];
  text: string;
}

export interface Finding {
  ruleId: RuleId;
  node: Node;
  messageId: string;
  data: Record<string, string>;
  /** Which evidence led to the finding, for rule options that turn kinds of evidence off. */
  reason?: string;
  /** Suggestion (rule) and edit (codemod); undefined when no safe fix exists. */
  fix?: { messageId: string; data: Record<string, string>; edits: TextEdit[] };
}
