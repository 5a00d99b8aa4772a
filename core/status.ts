/**
 * Status values: `405`, `'405'`, `StatusCodes.METHOD_NOT_ALLOWED`, `HttpStatus.FORBIDDEN`, axios/Deno
 * `HttpStatusCode.MethodNotAllowed`, http2 `HTTP_STATUS_*` constants, local consts, const objects and enums.
 * Anything else is unknown, and unknown statuses are never reported.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { findProperty, propertyName, unwrap, type Node } from './ast';
import type { FileContext } from './context';
import type { TextEdit } from './model';

/** The codes this plugin reasons about, in each naming scheme. */
const CODES: Record<number, { screaming: string; pascal: string }> = {
  403: { screaming: 'FORBIDDEN', pascal: 'Forbidden' },
  404: { screaming: 'NOT_FOUND', pascal: 'NotFound' },
  405: { screaming: 'METHOD_NOT_ALLOWED', pascal: 'MethodNotAllowed' },
  501: { screaming: 'NOT_IMPLEMENTED', pascal: 'NotImplemented' },
};
const BY_SCREAMING = new Map(Object.entries(CODES).map(([code, n]) => [n.screaming, Number(code)]));
const BY_PASCAL = new Map(Object.entries(CODES).map(([code, n]) => [n.pascal, Number(code)]));
const HTTP2_PREFIX = 'HTTP_STATUS_';

/**
 * The four codes' names in a framework's spelling, both ways: `pascal` gives `Forbidden` (http-errors),
 * `camel` gives `forbidden` (Boom, @fastify/sensible); `suffix` makes `ForbiddenException` (NestJS).
 * `byName` has no prototype, so any identifier can be looked up safely.
 */
export function statusNames(style: 'pascal' | 'camel', suffix = ''): { byName: Record<string, number>; byCode: Record<number, string> } {
  const byName: Record<string, number> = Object.create(null) as Record<string, number>;
  const byCode: Record<number, string> = {};
  for (const [code, names] of Object.entries(CODES)) {
    const name = (style === 'camel' ? names.pascal[0]!.toLowerCase() + names.pascal.slice(1) : names.pascal) + suffix;
    byName[name] = Number(code);
    byCode[Number(code)] = name;
  }
  return { byName, byCode };
}

/** Status-constant objects by module, and the global names accepted when nothing is imported. */
const SCREAMING_MODULES = ['http-status-codes', 'http-status', '@nestjs/common'];
const PASCAL_MODULES = ['axios', '@std/http', '@std/http/status', 'jsr:@std/http', 'jsr:@std/http/status'];
const SCREAMING_GLOBALS = new Set(['StatusCodes', 'HttpStatus', 'httpStatus']);
const PASCAL_GLOBALS = new Set(['HttpStatusCode', 'STATUS_CODE']);

export type Spelling =
  | { kind: 'number' }
  | { kind: 'string'; quote: string }
  | { kind: 'screaming'; property: Node }
  | { kind: 'pascal'; property: Node }
  | { kind: 'http2'; property: Node }
  | { kind: 'other' };

export interface Status {
  code: number;
  spelling: Spelling;
}

export function resolveStatus(ctx: FileContext, expr: Node | null | undefined, depth = 0): Status | undefined {
  const node = unwrap(expr);
  if (!node || depth > 4) return undefined;
  switch (node.type) {
    case 'Literal':
      if (typeof node.value === 'number' && Number.isInteger(node.value)) return { code: node.value, spelling: { kind: 'number' } };
      if (typeof node.value === 'string' && /^[1-5]\d\d$/.test(node.value)) {
        return { code: Number(node.value), spelling: { kind: 'string', quote: node.raw[0] ?? "'" } };
      }
      return undefined;
    case 'MemberExpression':
      return resolveMember(ctx, node, depth);
    case 'Identifier':
      return resolveIdentifier(ctx, node, depth);
    default:
      return undefined;
  }
}

function resolveMember(ctx: FileContext, node: TSESTree.MemberExpression, depth: number): Status | undefined {
  const name = propertyName(node);
  if (name === undefined) return undefined;
  const object = unwrap(node.object);
  if (name.startsWith(HTTP2_PREFIX) && BY_SCREAMING.has(name.slice(HTTP2_PREFIX.length))) {
    return { code: BY_SCREAMING.get(name.slice(HTTP2_PREFIX.length))!, spelling: { kind: 'http2', property: node.property } };
  }
  if (object?.type !== 'Identifier') return undefined;
  const binding = ctx.bindings.resolve(object.name, node);
  if (binding?.kind === 'import' || (binding?.source && binding.kind !== 'param')) {
    if (SCREAMING_MODULES.includes(binding.source ?? '') && BY_SCREAMING.has(name)) {
      return { code: BY_SCREAMING.get(name)!, spelling: { kind: 'screaming', property: node.property } };
    }
    if (PASCAL_MODULES.includes(binding.source ?? '') && BY_PASCAL.has(name)) {
      return { code: BY_PASCAL.get(name)!, spelling: { kind: 'pascal', property: node.property } };
    }
    return undefined;
  }
  if (!binding) {
    if (SCREAMING_GLOBALS.has(object.name) && BY_SCREAMING.has(name)) {
      return { code: BY_SCREAMING.get(name)!, spelling: { kind: 'screaming', property: node.property } };
    }
    if (PASCAL_GLOBALS.has(object.name) && BY_PASCAL.has(name)) {
      return { code: BY_PASCAL.get(name)!, spelling: { kind: 'pascal', property: node.property } };
    }
    return undefined;
  }
  // Local const object (`const HTTP = { NOT_ALLOWED: 405 }`) or enum (`enum Http { MethodNotAllowed = 405 }`).
  const init = unwrap(binding.init);
  if (binding.kind === 'const' && init?.type === 'ObjectExpression' && binding.key === undefined) {
    const prop = findProperty(init, name);
    const resolved = prop ? resolveStatus(ctx, prop.value, depth + 1) : undefined;
    return resolved && { code: resolved.code, spelling: { kind: 'other' } };
  }
  if (binding.kind === 'enum' && init?.type === 'TSEnumDeclaration') {
    const members = (init as { body?: { members: TSESTree.TSEnumMember[] } }).body?.members ?? (init as unknown as { members: TSESTree.TSEnumMember[] }).members;
    const member = members.find((m) => (m.id.type === 'Identifier' ? m.id.name : String(m.id.value)) === name);
    const resolved = member?.initializer ? resolveStatus(ctx, member.initializer, depth + 1) : undefined;
    return resolved && { code: resolved.code, spelling: { kind: 'other' } };
  }
  return undefined;
}

function resolveIdentifier(ctx: FileContext, node: TSESTree.Identifier, depth: number): Status | undefined {
  const binding = ctx.bindings.resolve(node.name, node);
  if (!binding) return undefined;
  // `const { HTTP_STATUS_FORBIDDEN } = http2.constants` / `import { constants } ...` destructured.
  const key = binding.key ?? (binding.kind === 'import' ? binding.imported : undefined);
  if (key?.startsWith(HTTP2_PREFIX) && BY_SCREAMING.has(key.slice(HTTP2_PREFIX.length))) {
    return { code: BY_SCREAMING.get(key.slice(HTTP2_PREFIX.length))!, spelling: { kind: 'other' } };
  }
  if (binding.kind !== 'const' || binding.key !== undefined) return undefined;
  const resolved = resolveStatus(ctx, binding.init, depth + 1);
  return resolved && { code: resolved.code, spelling: { kind: 'other' } };
}

/** The edit that re-spells `node` (which resolves to some status) as `code`, in the same style when possible. */
export function respell(ctx: FileContext, node: Node, code: number): TextEdit | undefined {
  const status = resolveStatus(ctx, node);
  if (!status || !CODES[code]) return undefined;
  const target = unwrap(node)!;
  const names = CODES[code]!;
  switch (status.spelling.kind) {
    case 'number':
      return { range: target.range, text: String(code) };
    case 'string':
      return { range: target.range, text: `${status.spelling.quote}${code}${status.spelling.quote}` };
    case 'screaming':
      return replaceProperty(status.spelling.property, names.screaming);
    case 'pascal':
      return replaceProperty(status.spelling.property, names.pascal);
    case 'http2':
      return replaceProperty(status.spelling.property, HTTP2_PREFIX + names.screaming);
    case 'other':
      return { range: target.range, text: String(code) };
  }
}

function replaceProperty(property: Node, name: string): TextEdit {
  if (property.type === 'Identifier') return { range: property.range, text: name };
  const raw = property.type === 'Literal' ? property.raw : "'";
  const quote = raw[0] ?? "'";
  return { range: property.range, text: `${quote}${name}${quote}` };
}
