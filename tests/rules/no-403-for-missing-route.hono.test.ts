import rule from '../../rules/no-403-for-missing-route';
import { runRuleTests } from '../helpers/rule-tester';

// Hono: app.notFound, a trailing app.all('*' | '/*'), HTTPException, and lookups by c.req.param().

runRuleTests('no-403-for-missing-route (hono)', rule, {
  valid: [
    {
      name: 'role check',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/admin', (c) => {
  if (c.get('user')?.role !== 'admin') return c.json({ error: 'Admins only' }, 403);
  return c.json(stats());
});`,
    },
    {
      name: 'ownership check on a loaded resource',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/posts/:id', async (c) => {
  const post = await posts.get(c.req.param('id'));
  if (post.authorId !== c.get('userId')) return c.body(null, 403);
  await posts.remove(post.id);
  return c.body(null, 204);
});`,
    },
    {
      name: 'middleware that calls next',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.use('*', async (c, next) => {
  if (!c.req.header('authorization')) return c.text('Forbidden', 403);
  await next();
});
app.get('/books', (c) => c.json(books));`,
    },
    {
      name: "app.all('*') before the routes that calls next",
      code: `import { Hono } from 'hono';
const app = new Hono();
app.all('*', async (c, next) => {
  if (c.req.header('x-blocked')) return c.text('Forbidden', 403);
  await next();
});
app.get('/books', (c) => c.json(books));`,
    },
    {
      name: 'trailing catch-all answers 403 only under another condition',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books', (c) => c.json(books));
app.all('*', (c) => {
  if (c.req.path.startsWith('/admin')) return c.text('Forbidden', 403);
  return c.notFound();
});`,
    },
    {
      name: 'path traversal guard',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/static/*', async (c) => {
  if (c.req.path.includes('..')) return c.text('Forbidden', 403);
  return serve(c);
});`,
    },
    {
      name: 'feature flag from the environment',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.post('/signup', (c) => {
  if (!c.env.SIGNUPS_OPEN) return c.json({ error: 'Sign-ups are closed' }, 403);
  return c.json({ ok: true }, 201);
});`,
    },
    {
      name: 'scope check with HTTPException',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.get('/reports/:id', async (c) => {
  if (!c.get('scopes').includes('reports:read')) throw new HTTPException(403, { message: 'Missing scope' });
  return c.json(await reports.get(c.req.param('id')));
});`,
    },
  ],
  invalid: [
    {
      name: 'app.notFound answering 403',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books', (c) => c.json(books));
app.notFound((c) => c.json({ error: 'Forbidden' }, 403));`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 4,
          column: 21,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books', (c) => c.json(books));
app.notFound((c) => c.json({ error: 'Forbidden' }, 404));`,
            },
          ],
        },
      ],
    },
    {
      name: 'app.notFound with a header record',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.notFound((c) => {
  return c.text('Forbidden', 403, { 'X-Reason': 'unmatched' });
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { Hono } from 'hono';
const app = new Hono();
app.notFound((c) => {
  return c.text('Forbidden', 404, { 'X-Reason': 'unmatched' });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'status constant in app.notFound',
      code: `import { Hono } from 'hono';
import { StatusCodes } from 'http-status-codes';
const app = new Hono();
app.notFound((c) => c.json({ error: 'nope' }, StatusCodes.FORBIDDEN));`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 4,
          column: 21,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { Hono } from 'hono';
import { StatusCodes } from 'http-status-codes';
const app = new Hono();
app.notFound((c) => c.json({ error: 'nope' }, StatusCodes.NOT_FOUND));`,
            },
          ],
        },
      ],
    },
    {
      name: "trailing app.all('*')",
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books', (c) => c.json(books));
app.all('*', (c) => c.body(null, 403));`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 4,
          column: 21,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books', (c) => c.json(books));
app.all('*', (c) => c.body(null, 404));`,
            },
          ],
        },
      ],
    },
    {
      name: "trailing app.all('/*') with c.status",
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books', (c) => c.json(books));
app.all('/*', (c) => {
  c.status(403);
  return c.body('Forbidden');
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 5,
          column: 3,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books', (c) => c.json(books));
app.all('/*', (c) => {
  c.status(404);
  return c.body('Forbidden');
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'HTTPException in a trailing catch-all',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.get('/books', (c) => c.json(books));
app.all('*', () => {
  throw new HTTPException(403, { message: 'Forbidden' });
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 6,
          column: 9,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.get('/books', (c) => c.json(books));
app.all('*', () => {
  throw new HTTPException(404, { message: 'Forbidden' });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'lookup miss by c.req.param()',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books/:id', async (c) => {
  const book = await db.books.find(c.req.param('id'));
  if (!book) return c.json({ error: 'Forbidden' }, 403);
  return c.json(book);
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 5,
          column: 21,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books/:id', async (c) => {
  const book = await db.books.find(c.req.param('id'));
  if (!book) return c.json({ error: 'Forbidden' }, 404);
  return c.json(book);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'lookup miss with a ResponseInit status',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books/:id', async (c) => {
  const book = await db.books.find(c.req.param('id'));
  if (!book) return c.json({ error: 'Forbidden' }, { status: 403 });
  return c.json(book);
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 5,
          column: 21,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books/:id', async (c) => {
  const book = await db.books.find(c.req.param('id'));
  if (!book) return c.json({ error: 'Forbidden' }, { status: 404 });
  return c.json(book);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'lookup miss thrown as HTTPException',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.get('/books/:id', async (c) => {
  const book = await db.books.find(c.req.param('id'));
  if (!book) {
    throw new HTTPException(403);
  }
  return c.json(book);
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 7,
          column: 11,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.get('/books/:id', async (c) => {
  const book = await db.books.find(c.req.param('id'));
  if (!book) {
    throw new HTTPException(404);
  }
  return c.json(book);
});`,
            },
          ],
        },
      ],
    },
  ],
});
