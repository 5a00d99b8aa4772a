/**
 * no-501-for-unsupported-method on Hono (HTTP-SEMANTICS.md B.5). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-501-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-501-for-unsupported-method (hono)', rule, {
  valid: [
    {
      name: 'server-wide middleware for methods nothing implements',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
const app = new Hono();
const KNOWN = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'];
app.use('*', async (c, next) => {
  if (!KNOWN.includes(c.req.method)) return c.text('Not Implemented', 501);
  await next();
});`,
    },
    {
      name: 'path-less middleware throwing HTTPException(501)',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.use(async (c, next) => {
  if (c.req.method === 'PROPFIND') throw new HTTPException(501);
  await next();
});`,
    },
    {
      name: 'an app.all stub answers 501 to every method',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books', (c) => c.json(listBooks()));
app.all('/exports', (c) => c.text('Exports are coming soon', 501));`,
    },
    {
      name: 'a method-bound stub on a path that serves nothing else',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books', (c) => c.json(listBooks()));
app.post('/imports', (c) => c.json({ error: 'Not implemented' }, 501));`,
    },
    {
      name: '501 for an unsupported request feature',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/uploads', (c) => c.json(listUploads()));
app.post('/uploads', (c) => {
  if (c.req.header('content-encoding') === 'br') return c.body(null, 501);
  return c.json(save(c));
});`,
    },
  ],
  invalid: [
    {
      name: 'c.text(x, 501) in a method-bound route: Allow as the third argument',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
import { createBook, listBooks } from './books';

const app = new Hono();
app.get('/books', async (c) => c.json(await listBooks()));
app.post('/books', async (c) => c.json(await createBook(await c.req.json()), 201));
app.delete('/books', (c) => c.text('Not implemented', 501));

export default app;`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
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
app.delete('/books', (c) => c.text('Not implemented', 405, { Allow: 'GET, HEAD, POST' }));

export default app;`,
            },
          ],
        },
      ],
    },
    {
      name: 'HTTPException(501): c.header() before the throw',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.get('/books', (c) => c.json(listBooks()));
app.put('/books', (c) => {
  throw new HTTPException(501, { message: 'Replacing books is not supported' });
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
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
  throw new HTTPException(405, { message: 'Replacing books is not supported' });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'ResponseInit form: Allow merged into its headers',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books', (c) => c.json(listBooks()));
app.post('/books', (c) => c.json(addBook(c), 201));
app.patch('/books', (c) => c.json({ error: 'Not implemented' }, { status: 501, headers: { 'Cache-Control': 'no-store' } }));`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 5,
          column: 28,
          data: { methods: 'GET, HEAD, POST', method: 'PATCH' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/books', (c) => c.json(listBooks()));
app.post('/books', (c) => c.json(addBook(c), 201));
app.patch('/books', (c) => c.json({ error: 'Not implemented' }, { status: 405, headers: { 'Cache-Control': 'no-store', Allow: 'GET, HEAD, POST' } }));`,
            },
          ],
        },
      ],
    },
    {
      name: 'default of a switch on c.req.method: c.header() after c.status()',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.all('/authors', async (c) => {
  switch (c.req.method) {
    case 'GET':
      return c.json(await listAuthors());
    case 'POST':
      return c.json(await createAuthor(await c.req.json()), 201);
    default:
      c.status(501);
      return c.body(null);
  }
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 10,
          column: 7,
          data: { methods: 'GET, POST', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { Hono } from 'hono';
const app = new Hono();
app.all('/authors', async (c) => {
  switch (c.req.method) {
    case 'GET':
      return c.json(await listAuthors());
    case 'POST':
      return c.json(await createAuthor(await c.req.json()), 201);
    default:
      c.status(405);
      c.header('Allow', 'GET, POST');
      return c.body(null);
  }
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'chained registrations share the last path',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
const app = new Hono();
app
  .get('/tags', (c) => c.json(tags))
  .post((c) => c.json(addTag(c), 201))
  .delete((c) => c.body(null, 501));`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 6,
          column: 18,
          data: { methods: 'GET, HEAD, POST', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { Hono } from 'hono';
const app = new Hono();
app
  .get('/tags', (c) => c.json(tags))
  .post((c) => c.json(addTag(c), 201))
  .delete((c) => c.body(null, 405, { Allow: 'GET, HEAD, POST' }));`,
            },
          ],
        },
      ],
    },
    {
      name: 'app.on registrations are siblings',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.on(['GET', 'PUT'], '/shelves', shelves);
app.on('DELETE', '/shelves', (c) => c.json({ error: 'Shelves are permanent' }, 501));`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 4,
          column: 37,
          data: { methods: 'GET, HEAD, PUT', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { Hono } from 'hono';
const app = new Hono();
app.on(['GET', 'PUT'], '/shelves', shelves);
app.on('DELETE', '/shelves', (c) => c.json({ error: 'Shelves are permanent' }, 405, { Allow: 'GET, HEAD, PUT' }));`,
            },
          ],
        },
      ],
    },
    {
      name: 'c.req.method guard in app.all after the path\'s method routes',
      filename: 'src/index.ts',
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.get('/notes', (c) => c.json(listNotes()));
app.post('/notes', async (c) => c.json(await addNote(c), 201));
app.all('/notes', (c) => {
  if (c.req.method === 'DELETE') {
    throw new HTTPException(501, { message: 'Notes cannot be deleted' });
  }
  return c.notFound();
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 8,
          column: 11,
          data: { methods: 'GET, HEAD, POST', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.get('/notes', (c) => c.json(listNotes()));
app.post('/notes', async (c) => c.json(await addNote(c), 201));
app.all('/notes', (c) => {
  if (c.req.method === 'DELETE') {
    c.header('Allow', 'GET, HEAD, POST');
    throw new HTTPException(405, { message: 'Notes cannot be deleted' });
  }
  return c.notFound();
});`,
            },
          ],
        },
      ],
    },
  ],
});
