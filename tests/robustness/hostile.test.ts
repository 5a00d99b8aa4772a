/**
 * Hostile inputs: rules never throw, the codemod never writes a file that does not parse again, keeps
 * BOM and CRLF as they were, fails one file with a clear message and goes on, and is idempotent; after
 * the codemod the rules have nothing left to fix.
 */
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../../index';
import allTransform from '../../codemods/all';
import { applyChecked, CodemodError } from '../../codemods/transform';
import { parseSource } from '../../codemods/parser';

const EXPRESS = `const express = require('express');
const app = express();
app.get('/a', list);
app.all('/a', (req, res) => {
  res.status(405).end();
});
`;

function bigFile(lines: number): string {
  const out = ["import express from 'express';", 'const app = express();'];
  for (let i = 0; out.length < lines; i++) {
    out.push(`app.get('/r${i}', (req, res) => res.json({ i: ${i}, ok: req.query?.ok ?? null }));`);
    if (i % 500 === 0) out.push(`app.all('/r${i}', (req, res) => res.sendStatus(405));`);
  }
  return `${out.join('\n')}\n`;
}

export const HOSTILE: Array<{ name: string; filename: string; source: string; fixes: boolean }> = [
  { name: 'empty file', filename: 'empty.js', source: '', fixes: false },
  { name: 'only comments', filename: 'c.ts', source: '// 405\n/* 403 501 */\n', fixes: false },
  { name: 'BOM and CRLF', filename: 'bom.js', source: `\uFEFF${EXPRESS.replace(/\n/g, '\r\n')}`, fixes: true },
  {
    name: 'CRLF with a statement insertion',
    filename: 'pages/api/x.ts',
    source: "export default function h(req, res) {\r\n  if (req.method === 'GET') return res.json([]);\r\n  res.status(405).end();\r\n}\r\n",
    fixes: true,
  },
  {
    name: 'JSX component that mentions statuses',
    filename: 'Page.jsx',
    source: "export const Page = ({ status }) => (status === 405 ? <p>Method {405} not allowed</p> : <Forbidden code={403} />);\n",
    fixes: false,
  },
  {
    name: 'TSX with generics and a client status check',
    filename: 'Hook.tsx',
    source: 'export function useThing<T,>(url: string) {\n  return fetch(url).then((r): Promise<T> => (r.status === 405 ? Promise.reject(r) : r.json()));\n}\nexport const C = () => <div data-code="501" />;\n',
    fixes: false,
  },
  {
    name: 'decorators, accessor, satisfies, enums, generics',
    filename: 'controller.ts',
    source: `import { Controller, Get, HttpException } from '@nestjs/common';
enum Http { NotAllowed = 405, Forbidden = 403 }
const config = { retries: 3 } satisfies Record<string, number>;
@Controller('things')
export class ThingsController<T extends object = {}> {
  accessor cache = new Map<string, T>();
  @Get() list(): T[] { return [...this.cache.values()]; }
  private reject(): never { throw new HttpException('nope', Http.NotAllowed); }
}
`,
    fixes: false,
  },
  {
    name: 'optional chaining everywhere',
    filename: 'opt.js',
    source: `const express = require('express');
const app = express();
app.get('/o', list);
app.all('/o', (req, res) => { res?.status?.(405)?.end?.(); return req?.body?.x?.[0]; });
`,
    fixes: true,
  },
  {
    name: 'very long line',
    filename: 'long.js',
    source: `const express = require('express'); const app = express(); app.get('/l', list); app.all('/l', (req, res) => res.status(405).json(${JSON.stringify({ pad: 'x'.repeat(200_000) })}));\n`,
    fixes: true,
  },
  {
    name: 'minified bundle',
    filename: 'bundle.min.js',
    source: `"use strict";var e=require("express"),t=e();t.get("/m",function(e,t){t.json([])}),t.all("/m",function(e,t){t.status(405).end()}),t.use(function(e,t){t.sendStatus(403)}),module.exports=t;\n`,
    fixes: true,
  },
  { name: 'a 50k-line file', filename: 'big.ts', source: bigFile(50_000), fixes: true },
  { name: 'syntax error', filename: 'broken.ts', source: "app.all('/x', (req, res) => { res.status(405)\n", fixes: false },
  { name: 'ESM and CommonJS mixed with top-level await and return', filename: 'mixed.js', source: 'const a = require("a");\nexport default await a(405);\n', fixes: false },
];

const linter = new Linter();
const config = [
  {
    files: ['**/*.{js,jsx,ts,tsx}'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest' as const, sourceType: 'module' as const, parserOptions: { ecmaFeatures: { jsx: true } } },
    ...plugin.configs.recommended,
  },
];

function lint(text: string, filename: string) {
  return linter.verify(text.startsWith('\uFEFF') ? text.slice(1) : text, config, filename);
}

function parses(text: string, filename: string): boolean {
  try {
    parseSource(text.startsWith('\uFEFF') ? text.slice(1) : text, filename);
    return true;
  } catch {
    return false;
  }
}

describe.each(HOSTILE.map((h) => [h.name, h] as const))('%s', { timeout: 240_000 }, (_name, hostile) => {
  it('rules do not throw', () => {
    expect(() => lint(hostile.source, hostile.filename)).not.toThrow();
  });

  it('codemod output parses, keeps BOM and line endings, and is idempotent', () => {
    if (!parses(hostile.source, hostile.filename)) {
      expect(() => allTransform({ path: hostile.filename, source: hostile.source })).toThrow(CodemodError);
      expect(() => allTransform({ path: hostile.filename, source: hostile.source })).toThrow(`${hostile.filename}: cannot parse, file left unchanged`);
      return;
    }
    const once = allTransform({ path: hostile.filename, source: hostile.source });
    if (!hostile.fixes) {
      expect(once).toBeUndefined();
      return;
    }
    expect(once).toBeDefined();
    expect(parses(once!, hostile.filename)).toBe(true);
    expect(once!.startsWith('\uFEFF')).toBe(hostile.source.startsWith('\uFEFF'));
    if (hostile.source.includes('\r\n')) expect(once!.replace(/\r\n/g, '')).not.toContain('\n');
    expect(allTransform({ path: hostile.filename, source: once! })).toBeUndefined();
    const left = lint(once!, hostile.filename).filter((m) => (m.suggestions?.length ?? 0) > 0);
    expect(left).toEqual([]);
  });
});

describe('the re-parse guard', () => {
  it('refuses a rewrite that would not parse', () => {
    const text = 'res.status(405).end();\n';
    expect(() => applyChecked(text, [{ range: [15, 15], text: '.set(' }], 'x.js')).toThrow('x.js: the rewrite would not parse, file left unchanged');
  });
});
