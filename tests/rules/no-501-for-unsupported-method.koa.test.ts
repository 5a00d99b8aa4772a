/**
 * no-501-for-unsupported-method on Koa and @koa/router (HTTP-SEMANTICS.md B.8). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-501-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-501-for-unsupported-method (koa)', rule, {
  valid: [
    {
      name: 'server-wide guard for methods no route implements (no path context)',
      filename: 'src/app.ts',
      code: `import Koa from 'koa';
const app = new Koa();
const IMPLEMENTED = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'];
app.use(async (ctx, next) => {
  if (!IMPLEMENTED.includes(ctx.method)) {
    ctx.status = 501;
    return;
  }
  await next();
});`,
    },
    {
      name: 'server-wide guard with ctx.throw',
      filename: 'src/app.ts',
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  if (ctx.method === 'PROPFIND' || ctx.method === 'MKCOL') ctx.throw(501);
  await next();
});`,
    },
    {
      name: 'a router.all stub answers 501 to every method',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/items', list);
router.all('/exports', (ctx) => {
  ctx.status = 501;
});`,
    },
    {
      name: 'a method-bound stub on a path that serves nothing else',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/items', list);
router.post('/imports', (ctx) => ctx.throw(501, 'Imports are coming soon'));`,
    },
    {
      name: '501 for an unsupported request feature, not the method',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/uploads', list);
router.post('/uploads', async (ctx) => {
  if (ctx.get('content-encoding') === 'br') ctx.throw(501, 'Brotli uploads are not supported');
  await save(ctx);
});`,
    },
    {
      name: 'a method guard that answers 501 behind a feature flag',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
const router = new Router();
router.all('/reports', async (ctx) => {
  if (ctx.method === 'POST' && !features.reportsV2) {
    ctx.status = 501;
    return;
  }
  await reports(ctx);
});`,
    },
    {
      name: '405 is already the answer',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/items', list);
router.delete('/items', (ctx) => {
  ctx.throw(405, { headers: { Allow: 'GET, HEAD' } });
});`,
    },
  ],
  invalid: [
    {
      name: 'ctx.status = 501 in a method-bound route next to its siblings',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
import { createItem, listItems } from './items';

export const router = new Router();
router.get('/items', listItems);
router.post('/items', createItem);
router.put('/items', (ctx) => {
  ctx.status = 501;
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 8,
          column: 3,
          data: { methods: 'GET, HEAD, POST', method: 'PUT' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Router from '@koa/router';
import { createItem, listItems } from './items';

export const router = new Router();
router.get('/items', listItems);
router.post('/items', createItem);
router.put('/items', (ctx) => {
  ctx.status = 405;
  ctx.set('Allow', 'GET, HEAD, POST');
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'ctx.throw(501, message): Allow travels in the error headers',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/items/:id', show);
router.patch('/items/:id', update);
router.delete('/items/:id', async (ctx) => {
  ctx.throw(501, 'Items cannot be deleted yet');
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 6,
          column: 3,
          data: { methods: 'GET, HEAD, PATCH', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Router from '@koa/router';
const router = new Router();
router.get('/items/:id', show);
router.patch('/items/:id', update);
router.delete('/items/:id', async (ctx) => {
  ctx.throw(405, 'Items cannot be deleted yet', { headers: { Allow: 'GET, HEAD, PATCH' } });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'code after ctx.method early returns in router.all, status constant keeps its family',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
import { StatusCodes } from 'http-status-codes';
const router = new Router();
router.all('/reports', async (ctx) => {
  if (ctx.method === 'GET') {
    ctx.body = await listReports();
    return;
  }
  if (ctx.method === 'POST') {
    ctx.body = await createReport(ctx.request.body);
    return;
  }
  ctx.status = StatusCodes.NOT_IMPLEMENTED;
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 13,
          column: 3,
          data: { methods: 'GET, POST', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Router from '@koa/router';
import { StatusCodes } from 'http-status-codes';
const router = new Router();
router.all('/reports', async (ctx) => {
  if (ctx.method === 'GET') {
    ctx.body = await listReports();
    return;
  }
  if (ctx.method === 'POST') {
    ctx.body = await createReport(ctx.request.body);
    return;
  }
  ctx.status = StatusCodes.METHOD_NOT_ALLOWED;
  ctx.set('Allow', 'GET, POST');
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'default of a switch on ctx.request.method',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
const router = new Router();
router.all('/feeds', (ctx) => {
  switch (ctx.request.method) {
    case 'GET':
    case 'HEAD':
      ctx.body = feeds();
      break;
    default:
      ctx.throw(501);
  }
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 10,
          column: 7,
          data: { methods: 'GET, HEAD', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Router from '@koa/router';
const router = new Router();
router.all('/feeds', (ctx) => {
  switch (ctx.request.method) {
    case 'GET':
    case 'HEAD':
      ctx.body = feeds();
      break;
    default:
      ctx.throw(405, { headers: { Allow: 'GET, HEAD' } });
  }
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'plain Koa middleware: a ctx.method guard inside a ctx.path branch',
      filename: 'src/app.ts',
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  if (ctx.path === '/health') {
    if (ctx.method !== 'GET') {
      ctx.status = 501;
      return;
    }
    ctx.body = 'ok';
    return;
  }
  await next();
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 6,
          column: 7,
          data: { methods: 'GET', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  if (ctx.path === '/health') {
    if (ctx.method !== 'GET') {
      ctx.status = 405;
      ctx.set('Allow', 'GET');
      return;
    }
    ctx.body = 'ok';
    return;
  }
  await next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'legacy koa-router with router.del and an existing props object',
      filename: 'src/router.js',
      code: `const Router = require('koa-router');
const router = new Router();
router.get('/sessions', listSessions);
router.post('/sessions', createSession);
router.del('/sessions', (ctx) => {
  ctx.throw(501, 'Sessions expire on their own', { expose: true });
});
module.exports = router;`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 6,
          column: 3,
          data: { methods: 'GET, HEAD, POST', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `const Router = require('koa-router');
const router = new Router();
router.get('/sessions', listSessions);
router.post('/sessions', createSession);
router.del('/sessions', (ctx) => {
  ctx.throw(405, 'Sessions expire on their own', { expose: true, headers: { Allow: 'GET, HEAD, POST' } });
});
module.exports = router;`,
            },
          ],
        },
      ],
    },
  ],
});
