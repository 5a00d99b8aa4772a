/**
 * no-403-for-unsupported-method on Hono (HTTP-SEMANTICS.md B.5). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-403-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-403-for-unsupported-method (hono)', rule, {
  valid: [
    {
      name: 'CSRF check for unsafe methods',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
const app = new Hono();
app.use('/api/*', async (c, next) => {
  if (c.req.method !== 'GET' && c.req.header('x-csrf-token') !== getCookie(c, 'csrf')) {
    return c.json({ error: 'Invalid CSRF token' }, 403);
  }
  await next();
});`,
    },
    {
      name: 'API key check in a method-bound route',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books', (c) => c.json(listBooks()));
app.delete('/books', (c) => {
  if (c.req.header('x-api-key') !== API_KEY) return c.json({ error: 'Forbidden' }, 403);
  return c.json(removeBooks());
});`,
    },
    {
      name: 'role check with HTTPException(403)',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.get('/books', (c) => c.json(listBooks()));
app.put('/books', (c) => {
  const user = c.get('user');
  if (!user || user.role !== 'editor') throw new HTTPException(403, { message: 'Editors only' });
  return c.json(replaceBooks());
});`,
    },
    {
      name: 'the method is one condition among others (ownership)',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.all('/posts/:id', async (c) => {
  if (c.req.method === 'DELETE' && c.get('user').id !== (await ownerOf(c.req.param('id')))) return c.body(null, 403);
  return handlePost(c);
});`,
    },
  ],
  invalid: [
    {
      name: 'c.json(x, 403) in a method-bound route next to its siblings',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
import { createBook, listBooks } from './books';

const app = new Hono();
app.get('/books', async (c) => c.json(await listBooks()));
app.post('/books', async (c) => c.json(await createBook(await c.req.json()), 201));
app.delete('/books', (c) => c.json({ error: 'Books are kept forever' }, 403));

export default app;`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 7,
          column: 29,
          data: { methods: 'GET, HEAD, POST', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { Hono } from 'hono';
import { createBook, listBooks } from './books';

const app = new Hono();
app.get('/books', async (c) => c.json(await listBooks()));
app.post('/books', async (c) => c.json(await createBook(await c.req.json()), 201));
app.delete('/books', (c) => c.json({ error: 'Books are kept forever' }, 405, { Allow: 'GET, HEAD, POST' }));

export default app;`,
            },
          ],
        },
      ],
    },
    {
      name: 'read-only guard on c.req.method in app.all',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.all('/catalog', (c) => {
  if (c.req.method !== 'GET') return c.text('The catalog is read-only', 403);
  return c.json(catalog);
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 4,
          column: 38,
          data: { methods: 'GET', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { Hono } from 'hono';
const app = new Hono();
app.all('/catalog', (c) => {
  if (c.req.method !== 'GET') return c.text('The catalog is read-only', 405, { Allow: 'GET' });
  return c.json(catalog);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'HTTPException(403) in a method-bound route',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.get('/books', (c) => c.json(listBooks()));
app.put('/books', (c) => {
  throw new HTTPException(403, { message: 'Books are read-only' });
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 6,
          column: 9,
          data: { methods: 'GET, HEAD', method: 'PUT' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.get('/books', (c) => c.json(listBooks()));
app.put('/books', (c) => {
  c.header('Allow', 'GET, HEAD');
  throw new HTTPException(405, { message: 'Books are read-only' });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'path middleware refusing one method: methods unknown, no fix',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.use('/archive/*', async (c, next) => {
  if (c.req.method === 'DELETE') {
    return c.json({ error: 'The archive is append-only' }, 403);
  }
  await next();
});`,
      errors: [
        {
          messageId: 'forbiddenForMethodUnknownMethods',
          line: 5,
          column: 12,
          data: { methods: '', method: 'DELETE' },
          suggestions: [],
        },
      ],
    },
  ],
});
