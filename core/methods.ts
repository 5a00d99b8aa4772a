/**
 * Which methods reach a piece of code: request-method reads, method tests (`===`, `!==`, `includes`,
 * `has`, `switch`), and the guard context of a sink (the branch it sits in, early-return dispatch before it).
 */
import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, calleeObject, isFunction, propertyName, stringValue, unwrap, walk, type Node } from './ast';
import type { FileContext } from './context';
import { resolveStatus } from './status';

export const CANONICAL_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const METHOD_KEYS = new Set(['method', 'httpMethod']);
const METHOD_TOKEN = /^[A-Za-z]+$/;

/** Does `expr` read the request method (`req.method`, `ctx.method`, `event.httpMethod`, `method` destructured…)? */
export function isMethodRead(ctx: FileContext, expr: Node | null | undefined, depth = 0): boolean {
  const node = unwrap(expr);
  if (!node || depth > 3) return false;
  if (node.type === 'MemberExpression') {
    const name = propertyName(node);
    if (name !== undefined && METHOD_KEYS.has(name)) return true;
    return name === ':method';
  }
  if (node.type === 'CallExpression') {
    const name = calleeName(node);
    if ((name === 'toUpperCase' || name === 'toLowerCase') && node.arguments.length === 0) {
      return isMethodRead(ctx, calleeObject(node), depth + 1);
    }
    return name === 'getMethod';
  }
  if (node.type === 'Identifier') {
    const binding = ctx.bindings.resolve(node.name, node);
    if (!binding) return false;
    if (binding.key !== undefined) return METHOD_KEYS.has(binding.key);
    if ((binding.kind === 'const' || binding.kind === 'let') && binding.init) return isMethodRead(ctx, binding.init, depth + 1);
    return false;
  }
  return false;
}

/** A test on the method: true exactly when (method ∈ methods) XOR negated. */
export interface MethodTest {
  methods: string[];
  negated: boolean;
}

export function methodTest(ctx: FileContext, expr: Node | null | undefined): MethodTest | undefined {
  const node = unwrap(expr);
  if (!node) return undefined;
  switch (node.type) {
    case 'BinaryExpression': {
      const negated = node.operator === '!==' || node.operator === '!=';
      if (!negated && node.operator !== '===' && node.operator !== '==') return undefined;
      const [read, other] = isMethodRead(ctx, node.left) ? [node.left, node.right] : [node.right, node.left];
      if (!isMethodRead(ctx, read)) return undefined;
      const value = stringValue(other);
      return value !== undefined && METHOD_TOKEN.test(value) ? { methods: [value.toUpperCase()], negated } : undefined;
    }
    case 'UnaryExpression': {
      if (node.operator !== '!') return undefined;
      const inner = methodTest(ctx, node.argument);
      return inner && { methods: inner.methods, negated: !inner.negated };
    }
    case 'LogicalExpression': {
      const left = methodTest(ctx, node.left);
      const right = methodTest(ctx, node.right);
      if (!left || !right) return undefined;
      if (node.operator === '||' && !left.negated && !right.negated) return { methods: union(left.methods, right.methods), negated: false };
      if (node.operator === '&&' && left.negated && right.negated) return { methods: union(left.methods, right.methods), negated: true };
      return undefined;
    }
    case 'CallExpression': {
      const name = calleeName(node);
      if ((name === 'includes' || name === 'has') && node.arguments.length === 1 && isMethodRead(ctx, node.arguments[0])) {
        const list = methodList(ctx, calleeObject(node));
        return list && { methods: list, negated: false };
      }
      if (name === 'isMethod' && node.arguments.length >= 2) {
        const list = methodList(ctx, node.arguments[1]);
        return list && { methods: list, negated: false };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** `['GET', 'POST']`, `new Set([...])`, or a local const holding one of them. */
export function methodList(ctx: FileContext, expr: Node | null | undefined, depth = 0): string[] | undefined {
  const node = unwrap(expr);
  if (!node || depth > 3) return undefined;
  const single = stringValue(node);
  if (single !== undefined) return METHOD_TOKEN.test(single) ? [single.toUpperCase()] : undefined;
  if (node.type === 'ArrayExpression') {
    const out: string[] = [];
    for (const el of node.elements) {
      const v = el && el.type !== 'SpreadElement' ? stringValue(el) : undefined;
      if (v === undefined || !METHOD_TOKEN.test(v)) return undefined;
      out.push(v.toUpperCase());
    }
    return out;
  }
  if (node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'Set') {
    return methodList(ctx, node.arguments[0], depth + 1);
  }
  if (node.type === 'Identifier') {
    const binding = ctx.bindings.resolve(node.name, node);
    if (binding?.kind === 'const' && binding.key === undefined) return methodList(ctx, binding.init, depth + 1);
  }
  return undefined;
}

/** Code inside these runs under a condition that is not a method or path test (a loop, an exception). */
export const LOOPS_AND_CATCH = new Set(['CatchClause', 'WhileStatement', 'DoWhileStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement']);

export interface GuardContext {
  /** Methods the code dispatches elsewhere (negated tests, other switch cases, earlier early returns). */
  allowed: string[];
  /** Methods the sink's branch is taken for; 'others' for else/default branches; undefined if no method test. */
  rejected: string[] | 'others' | undefined;
  /** Number of enclosing conditions that test the method / anything else. */
  methodConditions: number;
  otherConditions: number;
  /** A method list could not be read completely (non-literal case label, dynamic list). */
  incomplete: boolean;
}

/** Walk from the sink up to its enclosing function and collect the method guards on the way. */
export function guardContext(ctx: FileContext, sink: Node): GuardContext {
  const out: GuardContext = { allowed: [], rejected: undefined, methodConditions: 0, otherConditions: 0, incomplete: false };
  let positive: string[] | undefined;
  let negativeSeen = false;
  const addTest = (test: MethodTest | undefined) => {
    if (!test) {
      out.otherConditions++;
      return;
    }
    out.methodConditions++;
    if (test.negated) {
      out.allowed = union(out.allowed, test.methods);
      negativeSeen = true;
    } else {
      positive = positive ? positive.filter((m) => test.methods.includes(m)) : [...test.methods];
    }
  };
  let child: Node = sink;
  for (let parent = ctx.parentOf(child); parent && !isFunction(child); child = parent, parent = ctx.parentOf(child)) {
    switch (parent.type) {
      case 'IfStatement':
      case 'ConditionalExpression':
        if (child === parent.test) break;
        addTest(flipIf(methodTest(ctx, parent.test), child === parent.alternate));
        break;
      case 'LogicalExpression':
        if (child === parent.right) addTest(flipIf(methodTest(ctx, parent.left), parent.operator === '||'));
        break;
      case 'SwitchCase': {
        const sw = ctx.parentOf(parent);
        if (sw?.type !== 'SwitchStatement' || child === parent.test) break;
        if (!isMethodRead(ctx, sw.discriminant)) {
          out.otherConditions++;
          break;
        }
        const { group, others, complete } = switchGroups(sw, parent);
        if (!complete || fallsInto(sw, parent)) out.incomplete = true;
        out.allowed = union(out.allowed, others);
        addTest(group === 'default' ? { methods: others, negated: true } : { methods: group, negated: false });
        break;
      }
      case 'BlockStatement':
      case 'Program':
        for (const stmt of (parent as TSESTree.BlockStatement).body) {
          if (stmt === child) break;
          const early = earlyReturnTest(ctx, stmt);
          if (early) {
            out.allowed = union(out.allowed, early);
            out.methodConditions++;
            negativeSeen = true;
          } else if (exitsEarly(stmt) && !methodTest(ctx, (stmt as TSESTree.IfStatement).test)) {
            // `if (token === expected) return ok(); …403`: the sink is reached under another condition.
            out.otherConditions++;
          }
        }
        break;
      default:
        if (LOOPS_AND_CATCH.has(parent.type)) out.otherConditions++;
        break;
    }
  }
  out.rejected = positive ?? (negativeSeen ? 'others' : undefined);
  if (positive) out.allowed = out.allowed.filter((m) => !positive!.includes(m));
  return out;
}

/**
 * `if (method === 'GET') { …; return }` before the sink: GET is dispatched elsewhere. Not when that early
 * branch itself answers a rejection (`if (method === 'TRACE') return res.sendStatus(405)`).
 */
function earlyReturnTest(ctx: FileContext, stmt: Node): string[] | undefined {
  if (stmt.type !== 'IfStatement' || stmt.alternate) return undefined;
  const test = methodTest(ctx, stmt.test);
  return test && !test.negated && alwaysExits(stmt.consequent) && !answersRejection(ctx, stmt.consequent) ? test.methods : undefined;
}

const REJECTION_CODES = new Set([403, 405, 501]);

function answersRejection(ctx: FileContext, branch: Node): boolean {
  let found = false;
  walk(branch, (node) => {
    if (found || (node.type !== 'Literal' && node.type !== 'MemberExpression' && node.type !== 'Identifier')) return;
    const status = resolveStatus(ctx, node);
    if (status && REJECTION_CODES.has(status.code)) found = true;
  });
  return found;
}

/** An `if` before the sink that returns or throws in one of its branches. */
export function exitsEarly(stmt: Node): boolean {
  return stmt.type === 'IfStatement' && (alwaysExits(stmt.consequent) || alwaysExits(stmt.alternate));
}

export function alwaysExits(stmt: Node | null | undefined): boolean {
  if (!stmt) return false;
  switch (stmt.type) {
    case 'ReturnStatement':
    case 'ThrowStatement':
      return true;
    case 'BlockStatement':
      return stmt.body.length > 0 && alwaysExits(stmt.body[stmt.body.length - 1]);
    case 'IfStatement':
      return alwaysExits(stmt.consequent) && alwaysExits(stmt.alternate);
    default:
      return false;
  }
}

/** The case is entered by falling through from a case that did something (no break/return/throw). */
function fallsInto(sw: TSESTree.SwitchStatement, target: TSESTree.SwitchCase): boolean {
  const i = sw.cases.indexOf(target);
  for (let j = i - 1; j >= 0; j--) {
    const body = sw.cases[j]!.consequent;
    if (body.length === 0) continue;
    const last = body[body.length - 1]!;
    return !(alwaysExits(last) || last.type === 'BreakStatement' || (last.type === 'BlockStatement' && last.body.some((s) => s.type === 'BreakStatement')));
  }
  return false;
}

function switchGroups(sw: TSESTree.SwitchStatement, target: TSESTree.SwitchCase): { group: string[] | 'default'; others: string[]; complete: boolean } {
  let complete = true;
  let pending: string[] = [];
  let pendingDefault = false;
  let group: string[] | 'default' = [];
  const others: string[] = [];
  for (const c of sw.cases) {
    if (c.test === null) pendingDefault = true;
    else {
      const v = stringValue(c.test);
      if (v === undefined || !METHOD_TOKEN.test(v)) complete = false;
      else pending.push(v.toUpperCase());
    }
    if (c.consequent.length === 0 && c !== target) continue;
    if (c === target) group = pendingDefault ? 'default' : pending;
    else others.push(...pending);
    pending = [];
    pendingDefault = false;
  }
  return { group, others: Array.isArray(group) ? others.filter((m) => !group.includes(m)) : others, complete };
}

function flipIf(test: MethodTest | undefined, flip: boolean): MethodTest | undefined {
  return test && flip ? { methods: test.methods, negated: !test.negated } : test;
}

export function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const m of b) if (!out.includes(m)) out.push(m);
  return out;
}

/** Canonical order: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, then others alphabetically. */
export function sortMethods(methods: Iterable<string>): string[] {
  const unique = [...new Set(methods)];
  const rank = (m: string) => {
    const i = CANONICAL_ORDER.indexOf(m);
    return i === -1 ? CANONICAL_ORDER.length : i;
  };
  return unique.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
