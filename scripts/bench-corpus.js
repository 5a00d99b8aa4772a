/**
 * A deterministic synthetic codebase for the benchmark: mostly ordinary modules, React components and
 * client services, with a share of HTTP handlers across frameworks (some with the mistakes the rules
 * find). Same seed, same files, byte for byte.
 */
'use strict';
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];

function utilModule(r, i) {
  const fns = [];
  for (let f = 0; f < 6 + Math.floor(r() * 10); f++) {
    fns.push(`export function helper${i}_${f}(items: Array<{ id: number; name: string }>, limit = ${f + 3}) {
  const seen = new Set<number>();
  const out: string[] = [];
  for (const item of items) {
    if (seen.has(item.id) || out.length >= limit) continue;
    seen.add(item.id);
    out.push(item.name.trim().toLowerCase());
  }
  return out.sort((a, b) => a.localeCompare(b));
}
`);
  }
  return { ext: 'ts', text: fns.join('\n') };
}

function component(r, i) {
  const rows = [];
  for (let k = 0; k < 4 + Math.floor(r() * 8); k++) rows.push(`        <li key="${k}" className="row-${k}">{props.items[${k}]?.label ?? 'n/a'}</li>`);
  return {
    ext: 'tsx',
    text: `import { useMemo, useState } from 'react';

export interface Props${i} { items: Array<{ label: string }>; title: string }

export function Panel${i}(props: Props${i}) {
  const [open, setOpen] = useState(false);
  const count = useMemo(() => props.items.filter(Boolean).length, [props.items]);
  return (
    <section>
      <h2 onClick={() => setOpen(!open)}>{props.title} ({count})</h2>
      {open && (
      <ul>
${rows.join('\n')}
      </ul>
      )}
    </section>
  );
}
`,
  };
}

function clientService(r, i) {
  return {
    ext: 'ts',
    text: `export class Service${i} {
  constructor(private readonly base: string) {}

  async load(id: string) {
    const response = await fetch(\`\${this.base}/things/\${id}\`);
    if (response.status === 403) throw new Error('forbidden');
    if (response.status === 405) throw new Error('method not allowed');
    if (!response.ok) throw new Error(\`failed: \${response.status}\`);
    return (await response.json()) as { id: string; value: number };
  }

  async save(id: string, value: number) {
    const response = await fetch(\`\${this.base}/things/\${id}\`, { method: 'PUT', body: JSON.stringify({ value }) });
    return response.status === 204;
  }
}
`,
  };
}

const HANDLERS = [
  (i) => ({
    ext: 'js',
    text: `const express = require('express');
const router = express.Router();
router.get('/items${i}', (req, res) => res.json([]));
router.post('/items${i}', (req, res) => res.status(201).json(req.body));
router.all('/items${i}', (req, res) => res.status(405).json({ error: 'Method Not Allowed' }));
router.get('/items${i}/:id', async (req, res) => {
  const item = await db.items.find(req.params.id);
  if (!item) return res.status(403).end();
  res.json(item);
});
module.exports = router;
`,
  }),
  (i) => ({
    ext: 'ts',
    text: `import type { NextApiRequest, NextApiResponse } from 'next';
export default async function handler${i}(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    case 'GET':
      return res.status(200).json(await list${i}());
    case 'PUT':
      return res.status(200).json(await update${i}(req.body));
    default:
      res.setHeader('Allow', ['GET', 'PUT']);
      res.status(405).end(\`Method \${req.method} Not Allowed\`);
  }
}
`,
  }),
  (i) => ({
    ext: 'ts',
    text: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books${i}', (c) => c.json([]));
app.post('/books${i}', (c) => c.json({}, 201));
app.all('/books${i}', (c) => c.text('Method Not Allowed', 405));
export default app;
`,
  }),
  (i) => ({
    ext: 'ts',
    text: `import { createServer } from 'node:http';
export const server${i} = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/health') return res.end('ok');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { 'Content-Type': 'text/plain' });
    return res.end();
  }
  res.writeHead(403);
  res.end();
});
`,
  }),
  (i) => ({
    ext: 'ts',
    text: `import Koa from 'koa';
import Router from '@koa/router';
const router = new Router();
router.get('/things${i}', (ctx) => { ctx.body = []; });
router.delete('/things${i}', (ctx) => { ctx.status = 501; });
export default new Koa().use(router.routes());
`,
  }),
  (i) => ({
    ext: 'ts',
    text: `export async function GET() { return Response.json([]); }
export async function POST(request: Request) { return Response.json(await request.json(), { status: 201 }); }
export async function DELETE${i === -1 ? '' : ''}() { return new Response(null, { status: 405 }); }
`,
    dir: `app/api/r${i}`,
    name: 'route',
  }),
];

function generate(root, count, seed = 20261123) {
  const r = rng(seed);
  const written = [];
  for (let i = 0; i < count; i++) {
    const roll = r();
    let file;
    let dir = join('src', `pkg${i % 40}`);
    let name = `file${i}`;
    if (roll < 0.35) file = utilModule(r, i);
    else if (roll < 0.65) file = component(r, i);
    else if (roll < 0.85) file = clientService(r, i);
    else {
      file = pick(r, HANDLERS)(i);
      if (file.dir) dir = join('src', file.dir);
      if (file.name) name = file.name;
      else if (file.text.includes('NextApiRequest')) dir = join('src', 'pages', 'api', `p${i}`);
    }
    mkdirSync(join(root, dir), { recursive: true });
    const path = join(root, dir, `${name}.${file.ext}`);
    writeFileSync(path, file.text);
    written.push(path);
  }
  return written;
}

module.exports = { generate };
