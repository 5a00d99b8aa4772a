/**
 * no-403-for-unsupported-method on Koa and @koa/router (HTTP-SEMANTICS.md B.8). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-403-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-403-for-unsupported-method (koa)', rule, {
  valid: [
    {
      name: 'user check in a method-bound route',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/items', list);
router.delete('/items', async (ctx) => {
  if (!ctx.state.user?.isAdmin) ctx.throw(403, 'Admins only');
  await remove(ctx);
});`,
    },
    {
      name: 'the method is one condition among others (ownership)',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
const router = new Router();
router.all('/posts/:id', async (ctx) => {
  if (ctx.method === 'DELETE' && ctx.state.user.id !== ctx.params.owner) ctx.throw(403);
  await handle(ctx);
});`,
    },
    {
      name: 'scope check around a method guard',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
const router = new Router();
router.all('/wiki/:page', async (ctx) => {
  if (!ctx.state.scopes.includes('wiki:write')) {
    if (ctx.method !== 'GET') {
      ctx.status = 403;
      return;
    }
  }
  await wiki(ctx);
});`,
    },
    {
      name: 'token check in a method-bound route',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/hooks', list);
router.post('/hooks', async (ctx) => {
  if (ctx.get('authorization') !== \`Bearer \${process.env.HOOK_TOKEN}\`) {
    ctx.status = 403;
    return;
  }
  await receive(ctx);
});`,
    },
    {
      name: 'CSRF check for unsafe methods',
      filename: 'src/app.ts',
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD' && ctx.get('x-csrf-token') !== ctx.session.csrf) {
    ctx.throw(403, 'Invalid CSRF token');
  }
  await next();
});`,
    },
    {
      name: 'refusing a CORS preflight is its own convention',
      filename: 'src/app.ts',
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  if (ctx.method === 'OPTIONS') {
    ctx.status = 403;
    return;
  }
  await next();
});`,
    },
  ],
  invalid: [
    {
      name: 'ctx.throw(403) in a method-bound route next to its siblings',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
import { createItem, listItems } from './items';

export const router = new Router();
router.get('/items', listItems);
router.post('/items', createItem);
router.delete('/items', (ctx) => {
  ctx.throw(403, 'Items cannot be deleted');
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 8,
          column: 3,
          data: { methods: 'GET, HEAD, POST', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Router from '@koa/router';
import { createItem, listItems } from './items';

export const router = new Router();
router.get('/items', listItems);
router.post('/items', createItem);
router.delete('/items', (ctx) => {
  ctx.throw(405, 'Items cannot be deleted', { headers: { Allow: 'GET, HEAD, POST' } });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'two refusing stubs on one path: neither counts as served',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/items', list);
router.post('/items', create);
router.delete('/items', (ctx) => ctx.throw(403));
router.put('/items', (ctx) => {
  ctx.status = 403;
  ctx.body = { error: 'Items are replaced one field at a time' };
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 5,
          column: 34,
          data: { methods: 'GET, HEAD, POST', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Router from '@koa/router';
const router = new Router();
router.get('/items', list);
router.post('/items', create);
router.delete('/items', (ctx) => ctx.throw(405, { headers: { Allow: 'GET, HEAD, POST' } }));
router.put('/items', (ctx) => {
  ctx.status = 403;
  ctx.body = { error: 'Items are replaced one field at a time' };
});`,
            },
          ],
        },
        {
          messageId: 'forbiddenForMethod',
          line: 7,
          column: 3,
          data: { methods: 'GET, HEAD, POST', method: 'PUT' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Router from '@koa/router';
const router = new Router();
router.get('/items', list);
router.post('/items', create);
router.delete('/items', (ctx) => ctx.throw(403));
router.put('/items', (ctx) => {
  ctx.status = 405;
  ctx.set('Allow', 'GET, HEAD, POST');
  ctx.body = { error: 'Items are replaced one field at a time' };
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'router.all read-only guard on ctx.method',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
const router = new Router();
router.all('/catalog', async (ctx) => {
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
    ctx.throw(403, 'The catalog is read-only', { expose: true });
  }
  ctx.body = catalog;
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 5,
          column: 5,
          data: { methods: 'GET, HEAD', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Router from '@koa/router';
const router = new Router();
router.all('/catalog', async (ctx) => {
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
    ctx.throw(405, 'The catalog is read-only', { expose: true, headers: { Allow: 'GET, HEAD' } });
  }
  ctx.body = catalog;
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'plain Koa middleware: method guard inside a path branch',
      filename: 'src/app.ts',
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  if (ctx.path === '/health') {
    if (ctx.method !== 'GET') ctx.throw(403, 'read-only');
    ctx.body = 'ok';
    return;
  }
  await next();
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 5,
          column: 31,
          data: { methods: 'GET', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  if (ctx.path === '/health') {
    if (ctx.method !== 'GET') ctx.throw(405, 'read-only', { headers: { Allow: 'GET' } });
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
      name: 'Allow already set: only the status changes',
      filename: 'src/router.ts',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/items', list);
router.put('/items', (ctx) => {
  ctx.set('Allow', 'GET, HEAD');
  ctx.status = 403;
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 6,
          column: 3,
          data: { methods: 'GET, HEAD', method: 'PUT' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Router from '@koa/router';
const router = new Router();
router.get('/items', list);
router.put('/items', (ctx) => {
  ctx.set('Allow', 'GET, HEAD');
  ctx.status = 405;
});`,
            },
          ],
        },
      ],
    },
  ],
});
