/**
 * no-501-for-unsupported-method on h3 v1 and v2, Nitro routes (HTTP-SEMANTICS.md B.10). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-501-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-501-for-unsupported-method (h3)', rule, {
  valid: [
    {
      name: 'Nitro server middleware for methods nothing implements',
      filename: 'server/middleware/methods.ts',
      code: `const IMPLEMENTED = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
export default defineEventHandler((event) => {
  if (!IMPLEMENTED.includes(event.method)) {
    throw createError({ statusCode: 501, statusMessage: 'Not Implemented' });
  }
});`,
    },
    {
      name: 'a Nitro route without a method suffix answers 501 to every method',
      filename: 'server/api/exports.ts',
      code: `export default defineEventHandler(() => {
  throw createError({ statusCode: 501, message: 'Exports are coming soon' });
});`,
    },
    {
      name: 'a method-suffixed Nitro stub: its sibling files are not visible',
      filename: 'server/api/exports.post.ts',
      code: `export default defineEventHandler(() => {
  throw createError({ statusCode: 501, message: 'Exports are coming soon' });
});`,
    },
    {
      name: '501 for an unsupported request feature',
      filename: 'server/api/uploads.post.ts',
      code: `export default defineEventHandler(async (event) => {
  if (getHeader(event, 'content-encoding') === 'br') throw createError({ statusCode: 501, message: 'Brotli is not supported' });
  return saveUpload(event);
});`,
    },
    {
      name: 'h3 v2 app.all stub',
      filename: 'src/app.ts',
      code: `import { H3, HTTPError } from 'h3';
export const app = new H3();
app.get('/items', () => listItems());
app.all('/exports', () => {
  throw new HTTPError({ status: 501, message: 'Exports are coming soon' });
});`,
    },
  ],
  invalid: [
    {
      name: 'Nitro route: code after event.method early returns (setResponseHeader is auto-imported)',
      filename: 'server/api/items.ts',
      code: `export default defineEventHandler(async (event) => {
  if (event.method === 'GET') return listItems();
  if (event.method === 'POST') return createItem(await readBody(event));
  throw createError({ statusCode: 501, message: 'Items cannot be changed here' });
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 4,
          column: 9,
          data: { methods: 'GET, POST', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `export default defineEventHandler(async (event) => {
  if (event.method === 'GET') return listItems();
  if (event.method === 'POST') return createItem(await readBody(event));
  setResponseHeader(event, 'Allow', 'GET, POST');
  throw createError({ statusCode: 405, message: 'Items cannot be changed here' });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v1 router: a method-bound stub next to its siblings, no HEAD in v1, helper imported',
      filename: 'src/app.ts',
      code: `import { createError, createRouter, defineEventHandler, readBody } from 'h3';
export const router = createRouter();
router.get('/items', defineEventHandler(() => listItems()));
router.post('/items', defineEventHandler(async (event) => createItem(await readBody(event))));
router.delete(
  '/items',
  defineEventHandler((event) => {
    throw createError({ statusCode: 501, statusMessage: 'Items cannot be deleted' });
  }),
);`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 8,
          column: 11,
          data: { methods: 'GET, POST', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { createError, createRouter, defineEventHandler, readBody, setResponseHeader } from 'h3';
export const router = createRouter();
router.get('/items', defineEventHandler(() => listItems()));
router.post('/items', defineEventHandler(async (event) => createItem(await readBody(event))));
router.delete(
  '/items',
  defineEventHandler((event) => {
    setResponseHeader(event, 'Allow', 'GET, POST');
    throw createError({ statusCode: 405, statusMessage: 'Items cannot be deleted' });
  }),
);`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v1 setResponseStatus under an event.method guard in a Nitro route',
      filename: 'server/routes/feed.ts',
      code: `export default defineEventHandler((event) => {
  if (event.method !== 'GET') {
    setResponseStatus(event, 501);
    return 'Not implemented';
  }
  return renderFeed();
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 3,
          column: 5,
          data: { methods: 'GET', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `export default defineEventHandler((event) => {
  if (event.method !== 'GET') {
    setResponseStatus(event, 405);
    setResponseHeader(event, 'Allow', 'GET');
    return 'Not implemented';
  }
  return renderFeed();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v2 HTTPError(501) in a method-bound route: Allow in the error headers',
      filename: 'src/app.ts',
      code: `import { H3, HTTPError } from 'h3';
export const app = new H3();
app.get('/items', () => listItems());
app.post('/items', async (event) => createItem(await event.req.json()));
app.delete('/items', () => {
  throw new HTTPError({ status: 501, message: 'Items cannot be deleted' });
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
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
  throw new HTTPError({ status: 405, message: 'Items cannot be deleted', headers: { allow: 'GET, HEAD, POST' } });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v2 HTTPError(message, { status, headers }): merged into the headers',
      filename: 'src/app.ts',
      code: `import { H3, HTTPError } from 'h3';
export const app = new H3();
app.get('/items', () => listItems());
app.patch('/items', () => {
  throw new HTTPError('Patching is not supported', { status: 501, headers: { 'cache-control': 'no-store' } });
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 5,
          column: 9,
          data: { methods: 'GET, HEAD', method: 'PATCH' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { H3, HTTPError } from 'h3';
export const app = new H3();
app.get('/items', () => listItems());
app.patch('/items', () => {
  throw new HTTPError('Patching is not supported', { status: 405, headers: { 'cache-control': 'no-store', allow: 'GET, HEAD' } });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v2 HTTPError.status(501): details argument added',
      filename: 'src/app.ts',
      code: `import { H3, HTTPError } from 'h3';
export const app = new H3();
app.get('/items', () => listItems());
app.put('/items', () => {
  throw HTTPError.status(501);
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 5,
          column: 9,
          data: { methods: 'GET, HEAD', method: 'PUT' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { H3, HTTPError } from 'h3';
export const app = new H3();
app.get('/items', () => listItems());
app.put('/items', () => {
  throw HTTPError.status(405, undefined, { headers: { allow: 'GET, HEAD' } });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v2 event.req.method guard in app.all',
      filename: 'src/app.ts',
      code: `import { H3, HTTPError } from 'h3';
export const app = new H3();
app.all('/reports', (event) => {
  if (event.req.method !== 'GET') {
    throw new HTTPError({ status: 501 });
  }
  return listReports();
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 5,
          column: 11,
          data: { methods: 'GET', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { H3, HTTPError } from 'h3';
export const app = new H3();
app.all('/reports', (event) => {
  if (event.req.method !== 'GET') {
    throw new HTTPError({ status: 405, headers: { allow: 'GET' } });
  }
  return listReports();
});`,
            },
          ],
        },
      ],
    },
  ],
});
