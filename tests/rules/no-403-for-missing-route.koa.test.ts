import rule from '../../rules/no-403-for-missing-route';
import { runRuleTests } from '../helpers/rule-tester';

// Koa + @koa/router: middleware after router.routes(), a catch-all router path, a response that is already a 404, and lookups by ctx.params.

runRuleTests('no-403-for-missing-route (koa)', rule, {
  valid: [
    {
      name: 'role check on a route that exists',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/admin', async (ctx) => {
  if (!ctx.state.user?.roles.includes('admin')) ctx.throw(403, 'Admins only');
  ctx.body = await stats();
});`,
    },
    {
      name: 'ownership check on a loaded resource',
      code: `import Router from '@koa/router';
const router = new Router();
router.delete('/posts/:id', async (ctx) => {
  const post = await posts.findById(ctx.params.id);
  if (post.authorId !== ctx.state.user.id) {
    ctx.status = 403;
    return;
  }
  await post.remove();
  ctx.status = 204;
});`,
    },
    {
      name: 'scope check',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/reports/:id', async (ctx) => {
  if (!ctx.state.scopes.includes('reports:read')) ctx.throw(403, 'Missing scope');
  ctx.body = await reports.get(ctx.params.id);
});`,
    },
    {
      name: 'membership lookup is a permission check, not a lookup miss',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/orgs/:orgId', async (ctx) => {
  const membership = await memberships.find(ctx.params.orgId, ctx.state.user.id);
  if (!membership) ctx.throw(403);
  ctx.body = await orgs.get(ctx.params.orgId);
});`,
    },
    {
      name: 'feature flag',
      code: `import Router from '@koa/router';
const router = new Router();
router.post('/signup', async (ctx) => {
  if (!features.signups) ctx.throw(403, 'Sign-ups are closed');
  ctx.status = 201;
});`,
    },
    {
      name: 'path traversal guard in a middleware before the router',
      code: `import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
const router = new Router();
router.get('/items', listItems);
app.use(async (ctx, next) => {
  if (ctx.path.includes('..')) {
    ctx.status = 403;
    return;
  }
  await next();
});
app.use(router.routes());`,
    },
    {
      name: 'middleware after the router that hands on with next()',
      code: `import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
const router = new Router();
router.get('/items', listItems);
app.use(router.routes());
app.use(async (ctx, next) => {
  if (!ctx.state.user) {
    ctx.status = 403;
    return;
  }
  await next();
});`,
    },
    {
      name: 'catch-all after the router, 403 only under another condition',
      code: `import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
const router = new Router();
router.get('/items', listItems);
app.use(router.routes());
app.use((ctx) => {
  if (ctx.path.startsWith('/admin')) {
    ctx.status = 403;
    return;
  }
  ctx.status = 404;
});`,
    },
    {
      name: 'a 404 test combined with another condition: unsure, not reported',
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  await next();
  if (ctx.status === 404 && ctx.path.startsWith('/internal')) ctx.status = 403;
});`,
    },
    {
      name: 'the not-found handler already answers 404',
      code: `import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
const router = new Router();
router.get('/items', listItems);
app.use(router.routes());
app.use((ctx) => {
  ctx.status = 404;
  ctx.body = 'Not Found';
});`,
    },
    {
      name: 'checkLookups: false',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/books/:id', async (ctx) => {
  const book = await books.findById(ctx.params.id);
  if (!book) ctx.throw(403);
  ctx.body = book;
});`,
      options: [{ checkLookups: false }],
    } as never,
  ],
  invalid: [
    {
      name: 'ctx.status = 403 in a middleware after router.routes()',
      code: `import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
const router = new Router();
router.get('/items', listItems);
app.use(router.routes());
app.use((ctx) => {
  ctx.status = 403;
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 8,
          column: 3,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
const router = new Router();
router.get('/items', listItems);
app.use(router.routes());
app.use((ctx) => {
  ctx.status = 404;
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'ctx.throw(403) after routes() and allowedMethods(), with a prefixed router',
      code: `import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
const api = new Router({ prefix: '/api' });
api.get('/items', listItems);
app.use(api.routes());
app.use(api.allowedMethods());
app.use(async (ctx) => {
  ctx.throw(403, 'Forbidden');
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 9,
          column: 3,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
const api = new Router({ prefix: '/api' });
api.get('/items', listItems);
app.use(api.routes());
app.use(api.allowedMethods());
app.use(async (ctx) => {
  ctx.throw(404, 'Forbidden');
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'status constant in the catch-all',
      code: `import Koa from 'koa';
import Router from '@koa/router';
import { StatusCodes } from 'http-status-codes';
const app = new Koa();
const router = new Router();
router.get('/items', listItems);
app.use(router.routes());
app.use((ctx) => { ctx.status = StatusCodes.FORBIDDEN; });`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 8,
          column: 20,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Koa from 'koa';
import Router from '@koa/router';
import { StatusCodes } from 'http-status-codes';
const app = new Koa();
const router = new Router();
router.get('/items', listItems);
app.use(router.routes());
app.use((ctx) => { ctx.status = StatusCodes.NOT_FOUND; });`,
            },
          ],
        },
      ],
    },
    {
      name: 'router.all with a catch-all path after the routes',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/items', listItems);
router.all('(.*)', (ctx) => { ctx.status = 403; });`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 4,
          column: 31,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Router from '@koa/router';
const router = new Router();
router.get('/items', listItems);
router.all('(.*)', (ctx) => { ctx.status = 404; });`,
            },
          ],
        },
      ],
    },
    {
      name: 'the response is already a 404 (ctx.status === 404)',
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  await next();
  if (ctx.status === 404) {
    ctx.status = 403;
    ctx.body = { error: 'Forbidden' };
  }
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 6,
          column: 5,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  await next();
  if (ctx.status === 404) {
    ctx.status = 404;
    ctx.body = { error: 'Forbidden' };
  }
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'no route matched (!ctx.matched.length)',
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  await next();
  if (!ctx.matched.length) ctx.throw(403);
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 5,
          column: 28,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  await next();
  if (!ctx.matched.length) ctx.throw(404);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'lookup miss by ctx.params, ctx.throw',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/books/:id', async (ctx) => {
  const book = await Book.findById(ctx.params.id);
  if (!book) ctx.throw(403);
  ctx.body = book;
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 5,
          column: 14,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Router from '@koa/router';
const router = new Router();
router.get('/books/:id', async (ctx) => {
  const book = await Book.findById(ctx.params.id);
  if (!book) ctx.throw(404);
  ctx.body = book;
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'lookup miss by a destructured param, == null, ctx.status',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/users/:id', async (ctx) => {
  const { id } = ctx.params;
  const user = await db.users.get(id);
  if (user == null) {
    ctx.status = 403;
    return;
  }
  ctx.body = user;
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Router from '@koa/router';
const router = new Router();
router.get('/users/:id', async (ctx) => {
  const { id } = ctx.params;
  const user = await db.users.get(id);
  if (user == null) {
    ctx.status = 404;
    return;
  }
  ctx.body = user;
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'ctx.assert whose message says not found',
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/posts/:slug', async (ctx) => {
  const post = await posts.bySlug(ctx.params.slug);
  ctx.assert(post, 403, 'Post not found');
  ctx.body = post;
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 5,
          column: 3,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Router from '@koa/router';
const router = new Router();
router.get('/posts/:slug', async (ctx) => {
  const post = await posts.bySlug(ctx.params.slug);
  ctx.assert(post, 404, 'Post not found');
  ctx.body = post;
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'no route matched, with optional chaining (!ctx.matched?.length)',
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  await next();
  if (!ctx.matched?.length) ctx.throw(403);
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 5,
          column: 29,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  await next();
  if (!ctx.matched?.length) ctx.throw(404);
});`,
            },
          ],
        },
      ],
    },
  ],
});
