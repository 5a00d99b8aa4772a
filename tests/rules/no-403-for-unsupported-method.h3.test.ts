/**
 * no-403-for-unsupported-method on h3 v1 and v2, Nitro routes (HTTP-SEMANTICS.md B.10). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-403-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-403-for-unsupported-method (h3)', rule, {
  valid: [
    {
      name: 'CSRF check in Nitro server middleware',
      filename: 'server/middleware/csrf.ts',
      code: `export default defineEventHandler((event) => {
  if (event.method !== 'GET' && getHeader(event, 'x-csrf-token') !== getCookie(event, 'csrf')) {
    throw createError({ statusCode: 403, statusMessage: 'Invalid CSRF token' });
  }
});`,
    },
    {
      name: 'session check after a method early return',
      filename: 'server/api/items.ts',
      code: `export default defineEventHandler(async (event) => {
  if (event.method === 'GET') return listItems();
  const session = await getUserSession(event);
  if (!session.user?.isAdmin) {
    throw createError({ statusCode: 403, statusMessage: 'Admins only' });
  }
  return saveItem(event);
});`,
    },
    {
      name: 'ownership together with the method',
      filename: 'server/api/posts/[id].ts',
      code: `export default defineEventHandler(async (event) => {
  if (event.method === 'DELETE' && (await getUserSession(event)).user.id !== (await ownerOf(event))) throw createError({ statusCode: 403 });
  return handlePost(event);
});`,
    },
    {
      name: 'h3 v2 role check in a method-bound route',
      filename: 'src/app.ts',
      code: `import { H3, HTTPError } from 'h3';
export const app = new H3();
app.get('/items', () => listItems());
app.delete('/items', (event) => {
  if (event.context.user?.role !== 'admin') throw new HTTPError({ status: 403 });
  return removeItems();
});`,
    },
  ],
  invalid: [
    {
      name: 'Nitro route: read-only guard on event.method',
      filename: 'server/api/items.ts',
      code: `export default defineEventHandler((event) => {
  if (event.method !== 'GET') {
    throw createError({ statusCode: 403, message: 'Items are read-only' });
  }
  return listItems();
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 3,
          column: 11,
          data: { methods: 'GET', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `export default defineEventHandler((event) => {
  if (event.method !== 'GET') {
    setResponseHeader(event, 'Allow', 'GET');
    throw createError({ statusCode: 405, message: 'Items are read-only' });
  }
  return listItems();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'isMethod guard in a file that imports h3: setResponseHeader imported',
      filename: 'server/api/items.ts',
      code: `import { createError, defineEventHandler, isMethod } from 'h3';
export default defineEventHandler((event) => {
  if (!isMethod(event, ['GET', 'HEAD'])) {
    throw createError({ statusCode: 403, message: 'Items are read-only' });
  }
  return listItems();
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 4,
          column: 11,
          data: { methods: 'GET, HEAD', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { createError, defineEventHandler, isMethod, setResponseHeader } from 'h3';
export default defineEventHandler((event) => {
  if (!isMethod(event, ['GET', 'HEAD'])) {
    setResponseHeader(event, 'Allow', 'GET, HEAD');
    throw createError({ statusCode: 405, message: 'Items are read-only' });
  }
  return listItems();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v1 router.use on a path: the header goes before the braceless if',
      filename: 'src/app.ts',
      code: `import { createError, createRouter, defineEventHandler } from 'h3';
export const router = createRouter();
router.get('/books', defineEventHandler(() => listBooks()));
router.post('/books', defineEventHandler((event) => addBook(event)));
router.use('/books', defineEventHandler((event) => {
  if (event.method === 'DELETE') throw createError({ statusCode: 403 });
  return null;
}));`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 6,
          column: 40,
          data: { methods: 'GET, POST', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { createError, createRouter, defineEventHandler, setResponseHeader } from 'h3';
export const router = createRouter();
router.get('/books', defineEventHandler(() => listBooks()));
router.post('/books', defineEventHandler((event) => addBook(event)));
router.use('/books', defineEventHandler((event) => {
  setResponseHeader(event, 'Allow', 'GET, POST');
  if (event.method === 'DELETE') throw createError({ statusCode: 405 });
  return null;
}));`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v2 HTTPError.status(403) and event.res.status = 403 in method-bound routes',
      filename: 'src/app.ts',
      code: `import { H3, HTTPError } from 'h3';
export const app = new H3();
app.get('/items', () => listItems());
app.post('/items', async (event) => createItem(await event.req.json()));
app.delete('/items', () => {
  throw HTTPError.status(403);
});
app.put('/items', (event) => {
  event.res.status = 403;
  return { error: 'Items are append-only' };
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 6,
          column: 9,
          data: { methods: 'GET, HEAD, POST', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { H3, HTTPError } from 'h3';
export const app = new H3();
app.get('/items', () => listItems());
app.post('/items', async (event) => createItem(await event.req.json()));
app.delete('/items', () => {
  throw HTTPError.status(405, undefined, { headers: { allow: 'GET, HEAD, POST' } });
});
app.put('/items', (event) => {
  event.res.status = 403;
  return { error: 'Items are append-only' };
});`,
            },
          ],
        },
        {
          messageId: 'forbiddenForMethod',
          line: 9,
          column: 3,
          data: { methods: 'GET, HEAD, POST', method: 'PUT' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { H3, HTTPError } from 'h3';
export const app = new H3();
app.get('/items', () => listItems());
app.post('/items', async (event) => createItem(await event.req.json()));
app.delete('/items', () => {
  throw HTTPError.status(403);
});
app.put('/items', (event) => {
  event.res.status = 405;
  event.res.headers.set('allow', 'GET, HEAD, POST');
  return { error: 'Items are append-only' };
});`,
            },
          ],
        },
      ],
    },
  ],
});
