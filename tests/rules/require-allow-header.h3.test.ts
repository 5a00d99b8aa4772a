import rule from '../../rules/require-allow-header';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('require-allow-header (h3 / Nitro / Nuxt)', rule, {
  valid: [
    // h3 v1: a header set before the throw survives.
    `import { defineEventHandler, createError, setResponseHeader } from 'h3';
export default defineEventHandler((event) => {
  if (event.method !== 'GET') {
    setResponseHeader(event, 'Allow', 'GET');
    throw createError({ statusCode: 405 });
  }
  return 'ok';
});`,
    // Any spelling of the header, through setResponseHeaders.
    {
      filename: 'server/api/upload.ts',
      code: `export default defineEventHandler((event) => {
  if (!isMethod(event, 'POST')) {
    setResponseHeaders(event, { ALLOW: 'POST' });
    setResponseStatus(event, 405);
    return null;
  }
  return handleUpload(event);
});`,
    },
    // Node response under h3 v1.
    `import { defineEventHandler } from 'h3';
export default defineEventHandler((event) => {
  if (event.method !== 'GET') {
    event.node.res.setHeader('Allow', 'GET');
    event.node.res.statusCode = 405;
    return '';
  }
});`,
    // h3 v2: Allow in the error's own headers.
    `import { H3, HTTPError } from 'h3';
const app = new H3();
app.all('/items', (event) => {
  if (event.req.method !== 'GET') throw new HTTPError({ status: 405, headers: { Allow: 'GET' } });
  return [];
});`,
    `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  if (event.req.method !== 'GET') throw HTTPError.status(405, 'Method Not Allowed', { headers: { allow: 'GET' } });
});`,
    // h3 v2: headers not statically known, or kept through event.res.errHeaders.
    `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  if (event.req.method !== 'GET') throw new HTTPError({ status: 405, headers: allowHeaders });
});`,
    `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  if (event.req.method !== 'GET') {
    event.res.errHeaders.set('allow', 'GET');
    throw new HTTPError({ status: 405 });
  }
});`,
    // Header name not statically known: unsure, so not reported.
    `import { defineEventHandler, createError, setResponseHeader } from 'h3';
export default defineEventHandler((event) => {
  setResponseHeader(event, headerName, 'GET');
  throw createError({ statusCode: 405 });
});`,
    // Dynamic status, and spellings that are not a 405 in h3 (a string or a number is a message: 500).
    `import { defineEventHandler, createError } from 'h3';
export default defineEventHandler((event) => {
  throw createError({ statusCode: event.context.status });
});`,
    `import { defineEventHandler, createError } from 'h3';
export default defineEventHandler(() => {
  throw createError('405');
});`,
    // 405 inside a JSON body: h3 answers 200.
    {
      filename: 'server/api/status.get.ts',
      code: `export default defineEventHandler(() => ({ statusCode: 405, message: 'documented code' }));`,
    },
    // Client code: ofetch errors are not responses.
    `import { $fetch } from 'ofetch';
export async function save(item) {
  try {
    await $fetch('/api/items', { method: 'PUT', body: item });
  } catch (error) {
    if (error.statusCode === 405) return false;
    throw error;
  }
}`,
    // createError from another library in a file that is not an h3 handler.
    `import createError from 'http-errors';
export function reject() {
  return createError({ statusCode: 405 });
}`,
    // Other statuses.
    `import { defineEventHandler, createError } from 'h3';
export default defineEventHandler(() => {
  throw createError({ statusCode: 404, statusMessage: 'Not Found' });
});`,
    // assertMethod is h3's own 405 (v1 without Allow, v2 with it): there is no user code to fix.
    `import { defineEventHandler, assertMethod } from 'h3';
export default defineEventHandler((event) => {
  assertMethod(event, ['GET', 'POST']);
  return 'ok';
});`,
  ],
  invalid: [
    {
      name: 'Nuxt server route with auto-imports: no import is added',
      filename: 'server/api/items.ts',
      code: `export default defineEventHandler(async (event) => {
  if (event.method === 'GET') return await listItems();
  if (event.method === 'POST') return await createItem(await readBody(event));
  throw createError({ statusCode: 405, statusMessage: 'Method Not Allowed' });
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 9,
          data: { methods: 'GET, POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              data: { methods: 'GET, POST' },
              output: `export default defineEventHandler(async (event) => {
  if (event.method === 'GET') return await listItems();
  if (event.method === 'POST') return await createItem(await readBody(event));
  setResponseHeader(event, 'Allow', 'GET, POST');
  throw createError({ statusCode: 405, statusMessage: 'Method Not Allowed' });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v1 setResponseStatus in a method switch: header after it, imported from h3',
      code: `import { defineEventHandler, setResponseStatus } from 'h3';
export const feed = defineEventHandler(async (event) => {
  switch (getMethod(event)) {
    case 'GET':
      return listEntries();
    case 'DELETE':
      return clearEntries();
    default:
      setResponseStatus(event, 405, 'Method Not Allowed');
      return null;
  }
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 9,
          column: 7,
          data: { methods: 'GET, DELETE' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { defineEventHandler, setResponseStatus, setResponseHeader } from 'h3';
export const feed = defineEventHandler(async (event) => {
  switch (getMethod(event)) {
    case 'GET':
      return listEntries();
    case 'DELETE':
      return clearEntries();
    default:
      setResponseStatus(event, 405, 'Method Not Allowed');
      setResponseHeader(event, 'Allow', 'GET, DELETE');
      return null;
  }
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v1 throw in a braceless method guard: the header goes before the guard',
      code: `import { defineEventHandler, createError, isMethod } from "h3";
export default defineEventHandler((event) => {
  if (!isMethod(event, ["GET", "HEAD"])) throw createError({ status: 405 });
  return "ok";
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 3,
          column: 48,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { defineEventHandler, createError, isMethod, setResponseHeader } from "h3";
export default defineEventHandler((event) => {
  setResponseHeader(event, "Allow", "GET, HEAD");
  if (!isMethod(event, ["GET", "HEAD"])) throw createError({ status: 405 });
  return "ok";
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v1 sendError with a router: siblings give the methods, no HEAD in v1',
      code: `import { createRouter, defineEventHandler, createError, sendError } from 'h3';
export const router = createRouter();
router.get('/books', defineEventHandler(() => listBooks()));
router.post('/books', defineEventHandler((event) => addBook(event)));
router.use('/books', defineEventHandler((event) => {
  return sendError(event, createError({ statusCode: 405 }));
}));`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 27,
          data: { methods: 'GET, POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { createRouter, defineEventHandler, createError, sendError, setResponseHeader } from 'h3';
export const router = createRouter();
router.get('/books', defineEventHandler(() => listBooks()));
router.post('/books', defineEventHandler((event) => addBook(event)));
router.use('/books', defineEventHandler((event) => {
  setResponseHeader(event, 'Allow', 'GET, POST');
  return sendError(event, createError({ statusCode: 405 }));
}));`,
            },
          ],
        },
      ],
    },
    {
      name: 'object-syntax handler with sendNoContent: header before it',
      filename: 'server/routes/ping.ts',
      code: `export default defineEventHandler({
  onRequest: [logRequest],
  handler: (event) => {
    if (event.method !== 'HEAD' && event.method !== 'GET') return sendNoContent(event, 405);
    return 'pong';
  },
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 67,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `export default defineEventHandler({
  onRequest: [logRequest],
  handler: (event) => {
    setResponseHeader(event, 'Allow', 'GET, HEAD');
    if (event.method !== 'HEAD' && event.method !== 'GET') return sendNoContent(event, 405);
    return 'pong';
  },
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v2 createError alias: headers option, as for HTTPError',
      code: `import { H3, createError } from 'h3';
export const app = new H3().all('/jobs', (event) => {
  if (event.req.method !== 'POST') throw createError({ status: 405, statusText: 'Method Not Allowed' });
  return enqueue(event);
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 3,
          column: 42,
          data: { methods: 'POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { H3, createError } from 'h3';
export const app = new H3().all('/jobs', (event) => {
  if (event.req.method !== 'POST') throw createError({ status: 405, statusText: 'Method Not Allowed', headers: { allow: 'POST' } });
  return enqueue(event);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v1 Node response: the Node idiom on event.node.res',
      code: `import { defineEventHandler } from 'h3';
export default defineEventHandler((event) => {
  if (event.method !== 'POST') {
    event.node.res.statusCode = 405;
    return '';
  }
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 5,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { defineEventHandler } from 'h3';
export default defineEventHandler((event) => {
  if (event.method !== 'POST') {
    event.node.res.statusCode = 405;
    event.node.res.setHeader('Allow', 'POST');
    return '';
  }
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'CommonJS require of h3: the helper cannot be imported, so no suggestion',
      filename: 'src/handler.js',
      code: `const { createError, defineEventHandler } = require('h3');
module.exports = defineEventHandler((event) => {
  if (event.method !== 'GET') {
    throw createError({ statusCode: 405 });
  }
});`,
      errors: [{ messageId: 'missingAllowHeader', line: 4, column: 11, suggestions: [] }],
    },
    {
      name: 'Nitro method-suffixed route: the sibling files are not visible, so no suggestion',
      filename: 'server/api/items.delete.ts',
      code: `export default defineEventHandler(() => {
  throw createError({ statusCode: 405, statusMessage: 'Items cannot be deleted' });
});`,
      errors: [{ messageId: 'missingAllowHeaderUnknownMethods', line: 2, column: 9, suggestions: [] }],
    },
    {
      name: 'h3 v2 new HTTPError: headers option added',
      code: `import { H3, HTTPError } from 'h3';
export const app = new H3();
app.all('/items', (event) => {
  if (event.req.method !== 'GET') {
    throw new HTTPError({ status: 405, message: 'Read only' });
  }
  return listItems();
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 5,
          column: 11,
          data: { methods: 'GET' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { H3, HTTPError } from 'h3';
export const app = new H3();
app.all('/items', (event) => {
  if (event.req.method !== 'GET') {
    throw new HTTPError({ status: 405, message: 'Read only', headers: { allow: 'GET' } });
  }
  return listItems();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v2 HTTPError.status: third argument, padding the status text',
      code: `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  if (event.req.method !== 'PUT') throw HTTPError.status(405);
  return save(event);
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 3,
          column: 41,
          data: { methods: 'PUT' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  if (event.req.method !== 'PUT') throw HTTPError.status(405, undefined, { headers: { allow: 'PUT' } });
  return save(event);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v2 HTTPError.status with details: headers added to them',
      code: `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  switch (event.req.method) {
    case 'GET':
      return read(event);
    case 'PUT':
      return write(event);
    default:
      throw HTTPError.status(405, 'Method Not Allowed', { message: 'Use GET or PUT' });
  }
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 9,
          column: 13,
          data: { methods: 'GET, PUT' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  switch (event.req.method) {
    case 'GET':
      return read(event);
    case 'PUT':
      return write(event);
    default:
      throw HTTPError.status(405, 'Method Not Allowed', { message: 'Use GET or PUT', headers: { allow: 'GET, PUT' } });
  }
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v2 new HTTPError(message, details) with other headers: Allow joins them',
      code: `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  if (event.req.method !== 'GET') {
    throw new HTTPError('Unsupported', {
      status: 405,
      headers: { 'cache-control': 'no-store' },
    });
  }
  return read(event);
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 11,
          data: { methods: 'GET' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  if (event.req.method !== 'GET') {
    throw new HTTPError('Unsupported', {
      status: 405,
      headers: { 'cache-control': 'no-store', allow: 'GET' },
    });
  }
  return read(event);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v2 event.res.status: header staged after it',
      code: `import { H3 } from 'h3';
export const app = new H3().all('/hook', (event) => {
  if (event.req.method !== 'POST') {
    event.res.status = 405;
    return 'Use POST';
  }
  return accept(event);
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 5,
          data: { methods: 'POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { H3 } from 'h3';
export const app = new H3().all('/hook', (event) => {
  if (event.req.method !== 'POST') {
    event.res.status = 405;
    event.res.headers.set('allow', 'POST');
    return 'Use POST';
  }
  return accept(event);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v2 drops headers staged before a thrown error; sibling GET gets HEAD (v2 auto-HEAD)',
      code: `import { H3, HTTPError } from 'h3';
const app = new H3();
app.get('/reports', () => listReports());
app.post('/reports', (event) => createReport(event));
app.all('/reports', (event) => {
  event.res.headers.set('allow', 'GET, POST');
  throw new HTTPError({ status: 405 });
});`,
      errors: [
        {
          messageId: 'allowHeaderDiscarded',
          line: 7,
          column: 9,
          data: { methods: 'GET, HEAD, POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { H3, HTTPError } from 'h3';
const app = new H3();
app.get('/reports', () => listReports());
app.post('/reports', (event) => createReport(event));
app.all('/reports', (event) => {
  event.res.headers.set('allow', 'GET, POST');
  throw new HTTPError({ status: 405, headers: { allow: 'GET, HEAD, POST' } });
});`,
            },
          ],
        },
      ],
    },
  ],
});
