/**
 * Turns fix plans into text edits, in the file's own quote style, indentation and line endings.
 * Edits are computed as text so the rule (ESLint suggestions) and the codemod produce the same bytes.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { Node } from './ast';
import type { FileContext } from './context';
import type { AllowPlacement, ImportNeed, Template, TextEdit } from './model';

export function renderAllowValue(ctx: FileContext, methods: readonly string[]): { text: string; array: string } {
  const q = ctx.quote;
  return {
    text: `${q}${methods.join(', ')}${q}`,
    array: `[${methods.map((m) => `${q}${m}${q}`).join(', ')}]`,
  };
}

/** Fill a template: `$ALLOW`, `$ALLOW_ARRAY`, and single quotes turned into the file's quote. */
export function fillTemplate(ctx: FileContext, template: Template, methods: readonly string[]): string {
  const quoted = ctx.quote === "'" ? template : template.replace(/'/g, '"');
  const value = renderAllowValue(ctx, methods);
  return quoted.replace(/\$ALLOW_ARRAY/g, value.array).replace(/\$ALLOW/g, value.text);
}

export function renderPlacement(ctx: FileContext, placement: AllowPlacement, methods: readonly string[]): TextEdit[] | undefined {
  if (placement.kind === 'all') {
    const edits: TextEdit[] = [];
    for (const part of placement.parts) {
      const rendered = renderPlacement(ctx, part, methods);
      if (!rendered) return undefined;
      edits.push(...rendered);
    }
    return edits;
  }
  const text = fillTemplate(ctx, placement.text, methods);
  switch (placement.kind) {
    case 'property':
      return [addProperty(ctx, placement.object, text)];
    case 'argument': {
      const { call, index } = placement;
      const args = call.arguments;
      if (args.length > index) return undefined;
      const all = [...placement.pad.slice(args.length, index), text].join(', ');
      if (args.length > 0) return [insert(args[args.length - 1]!.range[1], `, ${all}`)];
      const close = call.range[1] - 1;
      return ctx.text[close] === ')' ? [insert(close, all)] : undefined;
    }
    case 'after':
      return [insert(placement.node.range[1], text)];
    case 'before':
      return [insert(placement.node.range[0], text)];
    case 'statementBefore': {
      const stmt = placement.statement;
      const indent = lineIndent(ctx.text, stmt.range[0]);
      const line = semicolonStyle(ctx, stmt, ctx.text[stmt.range[0]], text);
      return [insert(stmt.range[0], indent === undefined ? `${line} ` : `${line}${eol(ctx)}${indent}`)];
    }
    case 'statementAfter': {
      const stmt = placement.statement;
      const indent = lineIndent(ctx.text, stmt.range[0]);
      if (indent === undefined) return [insert(stmt.range[1], ` ${text}`)];
      // A trailing `// comment` stays on the statement's line.
      const comment = /^[ \t]*\/\/[^\r\n]*/.exec(ctx.text.slice(stmt.range[1], stmt.range[1] + 2000))?.[0].length ?? 0;
      const next = /\S/.exec(ctx.text.slice(stmt.range[1] + comment, stmt.range[1] + comment + 2000))?.[0];
      return [insert(stmt.range[1] + comment, `${eol(ctx)}${indent}${semicolonStyle(ctx, stmt, next, text)}`)];
    }
    case 'decorator': {
      const start = memberStartAfterDecorators(ctx, placement.member);
      const indent = lineIndent(ctx.text, start);
      return [insert(start, indent === undefined ? `${text} ` : `${text}${eol(ctx)}${indent}`)];
    }
  }
}

/**
 * Statements we insert end with `;`; in a file written without semicolons (the neighbouring statement has
 * none) it is dropped, unless the next line starts with a character that would continue our statement.
 */
function semicolonStyle(ctx: FileContext, neighbour: Node, nextChar: string | undefined, text: string): string {
  if (!text.endsWith(';') || !SEMICOLON_STATEMENTS.has(neighbour.type)) return text;
  const hazard = nextChar !== undefined && /[([`+\-/]/.test(nextChar);
  return ctx.text[neighbour.range[1] - 1] === ';' || hazard ? text : text.slice(0, -1);
}

const SEMICOLON_STATEMENTS = new Set(['ExpressionStatement', 'ReturnStatement', 'ThrowStatement', 'VariableDeclaration']);

function insert(at: number, text: string): TextEdit {
  return { range: [at, at], text };
}

export function eol(ctx: FileContext): string {
  const i = ctx.text.indexOf('\n');
  return i > 0 && ctx.text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** Whitespace before `offset` on its line, or undefined when something other than whitespace precedes it. */
export function lineIndent(text: string, offset: number): string | undefined {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i > 0 && text[i - 1] !== '\n') return undefined;
  return text.slice(i, offset);
}

function addProperty(ctx: FileContext, object: TSESTree.ObjectExpression | TSESTree.ObjectPattern, text: string): TextEdit {
  const props = object.properties;
  if (props.length === 0) {
    const inner = ctx.text.slice(object.range[0] + 1, object.range[1] - 1);
    return { range: [object.range[0], object.range[1]], text: inner.trim() === '' ? `{ ${text} }` : `{${inner}${text}}` };
  }
  const last = props[props.length - 1]!;
  const between = ctx.text.slice(last.range[1], object.range[1] - 1);
  const trailingComma = between.trimStart().startsWith(',');
  const multiline = ctx.text.slice(object.range[0], props[0]!.range[0]).includes('\n');
  if (multiline) {
    const indent = lineIndent(ctx.text, last.range[0]) ?? '';
    if (trailingComma) return insert(last.range[1] + between.indexOf(',') + 1, `${eol(ctx)}${indent}${text},`);
    return insert(last.range[1], `,${eol(ctx)}${indent}${text}`);
  }
  return insert(last.range[1], `, ${text}`);
}

function memberStartAfterDecorators(ctx: FileContext, member: TSESTree.MethodDefinition): number {
  const decorators = member.decorators ?? [];
  if (decorators.length === 0) return member.range[0];
  let i = decorators[decorators.length - 1]!.range[1];
  while (i < ctx.text.length && /\s/.test(ctx.text[i]!)) i++;
  return i;
}

/** Edits that make `name` importable from `source` (adds a specifier or an import line); [] if present. */
export function ensureImport(ctx: FileContext, need: ImportNeed): TextEdit[] | undefined {
  if (ctx.bindings.importedAs([need.source], need.name) === need.name) return [];
  const decls = ctx.program.body.filter((s): s is TSESTree.ImportDeclaration => s.type === 'ImportDeclaration');
  const same = decls.find((d) => d.source.value === need.source && d.importKind !== 'type' && d.specifiers.some((s) => s.type === 'ImportSpecifier'));
  if (same) {
    const specs = same.specifiers.filter((s): s is TSESTree.ImportSpecifier => s.type === 'ImportSpecifier');
    return [insert(specs[specs.length - 1]!.range[1], `, ${need.name}`)];
  }
  if (decls.length === 0) return undefined;
  const last = decls[decls.length - 1]!;
  return [insert(last.range[1], `${eol(ctx)}import { ${need.name} } from ${ctx.quote}${need.source}${ctx.quote};`)];
}

/** Sort edits and merge those that touch the same position; undefined when two edits overlap. */
export function mergeEdits(edits: TextEdit[]): TextEdit[] | undefined {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.range[0] - b.e.range[0] || a.e.range[1] - b.e.range[1] || a.i - b.i);
  const out: TextEdit[] = [];
  for (const { e } of sorted) {
    const prev = out[out.length - 1];
    if (prev && e.range[0] < prev.range[1]) return undefined;
    if (prev && prev.range[0] === prev.range[1] && e.range[0] === prev.range[0]) {
      out[out.length - 1] = { range: [prev.range[0], e.range[1]], text: prev.text + e.text };
    } else out.push(e);
  }
  return out;
}

/** Apply non-overlapping edits to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let pos = 0;
  for (const e of [...edits].sort((a, b) => a.range[0] - b.range[0])) {
    out += text.slice(pos, e.range[0]) + e.text;
    pos = e.range[1];
  }
  return out + text.slice(pos);
}

