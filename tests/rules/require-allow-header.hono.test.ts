import rule from '../../rules/require-allow-header';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('require-allow-header (hono)', rule, {
  valid: [
    // Allow in the third argument, in the ResponseInit, or prepared with c.header, any spelling.
    `import { Hono } from 'hono';
const app = new Hono();
app.all('/items', (c) => c.text('Method Not Allowed', 405, { Allow: 'GET, HEAD' }));`,
    `import { Hono } from 'hono';
const app = new Hono();
app.all('/items', (c) => c.json({ error: 'nope' }, { status: 405, headers: { allow: 'GET, HEAD' } }));`,
    `import { Hono } from 'hono';
const app = new Hono();
app.all('/items', (c) => {
  c.header('ALLOW', 'GET, HEAD');
  c.status(405);
  return c.body(null);
});`,
    `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.all('/items', (c) => {
  c.header('Allow', 'GET, HEAD');
  throw new HTTPException(405);
});`,
    // Headers not statically known: unsure, so not reported.
    `import { Hono } from 'hono';
const app = new Hono();
app.all('/items', (c) => c.text('nope', 405, corsHeaders));`,
    `import { Hono } from 'hono';
const app = new Hono();
app.all('/items', (c) => c.json({}, { status: 405, headers: makeHeaders() }));`,
    `import { Hono } from 'hono';
const app = new Hono();
app.all('/items', (c) => c.json({}, { status: 405, headers: { ...cors } }));`,
    `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.all('/items', () => {
  throw new HTTPException(405, { res: new Response('nope', { status: 405, headers: { Allow: 'GET' } }) });
});`,
    // 405 only inside a JSON body; dynamic statuses; other statuses.
    `import { Hono } from 'hono';
const app = new Hono();
app.get('/status', (c) => c.json({ status: 405, message: 'documented code' }));`,
    `import { Hono } from 'hono';
const app = new Hono();
app.all('/proxy', async (c) => c.json(await upstream(), statusOf(c)));`,
    `import { Hono } from 'hono';
const app = new Hono();
app.get('/items/:id', (c) => c.json({ error: 'Not Found' }, 404));`,
    // Client and test code.
    `import { Hono } from 'hono';
import { app } from './app';
it('rejects PUT', async () => {
  const res = await app.request('/items', { method: 'PUT' });
  expect(res.status).toBe(405);
});`,
    `import { hc } from 'hono/client';
const client = hc('http://localhost');
export const rejected = async () => (await client.items.$put()).status === 405;`,
    // The receiver is not a handler parameter; HTTPException is not Hono's.
    `import { Hono } from 'hono';
const c = makeContext();
c.json({}, 405);`,
    `import { Hono } from 'hono';
class HTTPException extends Error { constructor(readonly status: number) { super(); } }
export function reject(c) { throw new HTTPException(405); }`,
  ],
  invalid: [
    {
      name: 'catch-all next to sibling routes: third argument added',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books', (c) => c.json(list()));
app.post('/books', (c) => c.json(create(), 201));
app.all('/books', (c) => c.json({ error: 'Method Not Allowed' }, 405));`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 5,
          column: 26,
          data: { methods: 'GET, HEAD, POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              data: { methods: 'GET, HEAD, POST' },
              output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books', (c) => c.json(list()));
app.post('/books', (c) => c.json(create(), 201));
app.all('/books', (c) => c.json({ error: 'Method Not Allowed' }, 405, { Allow: 'GET, HEAD, POST' }));`,
            },
          ],
        },
      ],
    },
    {
      name: 'chained routes: c.status(405) gets c.header after it',
      code: `import { Hono } from 'hono';
const app = new Hono();
app
  .get('/books/:id', (c) => c.json(show()))
  .put((c) => c.json(update()))
  .delete((c) => {
    c.status(405);
    return c.text('Books are kept forever');
  });`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 7,
          column: 5,
          data: { methods: 'GET, HEAD, PUT' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { Hono } from 'hono';
const app = new Hono();
app
  .get('/books/:id', (c) => c.json(show()))
  .put((c) => c.json(update()))
  .delete((c) => {
    c.status(405);
    c.header('Allow', 'GET, HEAD, PUT');
    return c.text('Books are kept forever');
  });`,
            },
          ],
        },
      ],
    },
    {
      name: 'app.on routes: merged into the third-argument header record',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.on(['GET', 'POST'], '/feed', (c) => c.text(feed()));
app.on('PATCH', '/feed', (c) => c.text('nope', 405, { 'Cache-Control': 'no-store' }));`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 33,
          data: { methods: 'GET, HEAD, POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { Hono } from 'hono';
const app = new Hono();
app.on(['GET', 'POST'], '/feed', (c) => c.text(feed()));
app.on('PATCH', '/feed', (c) => c.text('nope', 405, { 'Cache-Control': 'no-store', Allow: 'GET, HEAD, POST' }));`,
            },
          ],
        },
      ],
    },
    {
      name: 'ResponseInit second argument: headers added to the init',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.all('/report', (c) => {
  if (c.req.method === 'GET') return c.text(report());
  return c.newResponse(null, { status: 405 });
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 5,
          column: 10,
          data: { methods: 'GET' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { Hono } from 'hono';
const app = new Hono();
app.all('/report', (c) => {
  if (c.req.method === 'GET') return c.text(report());
  return c.newResponse(null, { status: 405, headers: { Allow: 'GET' } });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'HTTPException: c.header before the throw, double quotes kept',
      code: `import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
const app = new Hono();
app.all("/hooks/github", async (c) => {
  if (c.req.method !== "POST") {
    throw new HTTPException(405, { message: "Use POST" });
  }
  return c.text(await handle(c));
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 11,
          data: { methods: 'POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
const app = new Hono();
app.all("/hooks/github", async (c) => {
  if (c.req.method !== "POST") {
    c.header("Allow", "POST");
    throw new HTTPException(405, { message: "Use POST" });
  }
  return c.text(await handle(c));
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'status constant in a middleware typed with Context',
      code: `import type { Context, Next } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { StatusCodes } from 'http-status-codes';
export async function readOnly(ctx: Context, next: Next) {
  if (ctx.req.method !== 'GET' && ctx.req.method !== 'HEAD') {
    throw new HTTPException(StatusCodes.METHOD_NOT_ALLOWED);
  }
  await next();
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 11,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import type { Context, Next } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { StatusCodes } from 'http-status-codes';
export async function readOnly(ctx: Context, next: Next) {
  if (ctx.req.method !== 'GET' && ctx.req.method !== 'HEAD') {
    ctx.header('Allow', 'GET, HEAD');
    throw new HTTPException(StatusCodes.METHOD_NOT_ALLOWED);
  }
  await next();
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a custom onError that returns err.getResponse() drops prepared headers: no suggestion',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.onError((err) => (err instanceof HTTPException ? err.getResponse() : new Response('oops', { status: 500 })));
app.all('/hook', (c) => {
  if (c.req.method !== 'POST') throw new HTTPException(405);
  return c.text('ok');
});`,
      errors: [{ messageId: 'missingAllowHeader', line: 6, column: 38, data: { methods: 'POST' }, suggestions: [] }],
    },
    {
      name: 'methods unknown: reported without a suggestion',
      code: `import type { Context } from 'hono';
export const methodNotAllowed = (c: Context) => c.json({ error: 'Method Not Allowed' }, 405);`,
      errors: [{ messageId: 'missingAllowHeaderUnknownMethods', line: 2, column: 49, suggestions: [] }],
    },
  ],
});
