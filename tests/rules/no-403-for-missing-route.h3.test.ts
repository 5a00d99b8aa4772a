import rule from '../../rules/no-403-for-missing-route';
import { runRuleTests } from '../helpers/rule-tester';

// h3 v1/v2 and Nitro: file catch-alls (server/api/[...].ts), app.use fallbacks, and getRouterParam / context.params lookups.

runRuleTests('no-403-for-missing-route (h3)', rule, {
  valid: [
    {
      name: 'role check in a Nitro route',
      filename: 'server/api/admin.get.ts',
      code: `export default defineEventHandler((event) => {
  if (event.context.user?.role !== 'admin') throw createError({ statusCode: 403, statusMessage: 'Admins only' });
  return stats();
});`,
    },
    {
      name: 'path traversal guard in a Nitro catch-all that is a real route',
      filename: 'server/api/files/[...path].ts',
      code: `export default defineEventHandler(async (event) => {
  const path = getRouterParam(event, 'path');
  if (path.includes('..')) throw createError({ statusCode: 403, statusMessage: 'Forbidden' });
  return readAsset(path);
});`,
    },
    {
      name: 'Nitro server middleware refusing unauthenticated requests',
      filename: 'server/middleware/auth.ts',
      code: `export default defineEventHandler((event) => {
  if (!getHeader(event, 'authorization')) throw createError({ statusCode: 403 });
});`,
    },
    {
      name: 'top-level Nitro catch-all answering 403 only under another condition',
      filename: 'server/api/[...].ts',
      code: `export default defineEventHandler((event) => {
  if (event.path.startsWith('/api/admin')) throw createError({ statusCode: 403 });
  throw createError({ statusCode: 404 });
});`,
    },
    {
      name: 'ownership check on a loaded resource',
      filename: 'server/api/posts/[id].delete.ts',
      code: `export default defineEventHandler(async (event) => {
  const post = await posts.get(getRouterParam(event, 'id'));
  if (post.authorId !== event.context.user.id) throw createError({ statusCode: 403 });
  await posts.remove(post.id);
  return null;
});`,
    },
    {
      name: 'feature flag with h3 v2',
      code: `import { H3, HTTPError } from 'h3';
const app = new H3();
app.post('/exports', async (event) => {
  if (!flags.exports) throw new HTTPError({ status: 403, message: 'Exports are disabled' });
  return runExport(await event.req.json());
});`,
    },
    {
      name: 'h3 v1 middleware before the router',
      code: `import { createApp, createRouter, defineEventHandler, createError } from 'h3';
const app = createApp();
const router = createRouter();
router.get('/books', defineEventHandler(() => listBooks()));
app.use(defineEventHandler((event) => {
  if (!event.context.session) throw createError({ statusCode: 403 });
}));
app.use(router);`,
    },
  ],
  invalid: [
    {
      name: 'Nitro server/api/[...].ts catch-all',
      filename: 'server/api/[...].ts',
      code: `export default defineEventHandler(() => {
  throw createError({ statusCode: 403, message: 'Forbidden' });
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 2,
          column: 9,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `export default defineEventHandler(() => {
  throw createError({ statusCode: 404, message: 'Forbidden' });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Nitro server/routes/[...slug].ts with setResponseStatus',
      filename: 'server/routes/[...slug].ts',
      code: `export default defineEventHandler((event) => {
  setResponseStatus(event, 403);
  return 'Forbidden';
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 2,
          column: 3,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `export default defineEventHandler((event) => {
  setResponseStatus(event, 404);
  return 'Forbidden';
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v1 app.use fallback after the router',
      code: `import { createApp, createRouter, defineEventHandler, createError } from 'h3';
const app = createApp();
const router = createRouter();
router.get('/books', defineEventHandler(() => listBooks()));
app.use(router);
app.use(defineEventHandler(() => {
  throw createError({ statusCode: 403 });
}));`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 7,
          column: 9,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { createApp, createRouter, defineEventHandler, createError } from 'h3';
const app = createApp();
const router = createRouter();
router.get('/books', defineEventHandler(() => listBooks()));
app.use(router);
app.use(defineEventHandler(() => {
  throw createError({ statusCode: 404 });
}));`,
            },
          ],
        },
      ],
    },
    {
      name: 'getRouterParam lookup miss in a Nitro route',
      filename: 'server/api/users/[id].get.ts',
      code: `export default defineEventHandler(async (event) => {
  const user = await findUser(getRouterParam(event, 'id'));
  if (!user) {
    throw createError({ statusCode: 403 });
  }
  return user;
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 4,
          column: 11,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `export default defineEventHandler(async (event) => {
  const user = await findUser(getRouterParam(event, 'id'));
  if (!user) {
    throw createError({ statusCode: 404 });
  }
  return user;
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v2 lookup miss with HTTPError.status',
      code: `import { H3, HTTPError, getRouterParam } from 'h3';
const app = new H3();
app.get('/books/:id', async (event) => {
  const book = await books.get(getRouterParam(event, 'id'));
  if (!book) throw HTTPError.status(403);
  return book;
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 5,
          column: 20,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { H3, HTTPError, getRouterParam } from 'h3';
const app = new H3();
app.get('/books/:id', async (event) => {
  const book = await books.get(getRouterParam(event, 'id'));
  if (!book) throw HTTPError.status(404);
  return book;
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v2 lookup miss by event.context.params with event.res.status',
      code: `import { H3 } from 'h3';
const app = new H3();
app.get('/books/:id', async (event) => {
  const book = await books.get(event.context.params.id);
  if (!book) {
    event.res.status = 403;
    return 'Forbidden';
  }
  return book;
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 6,
          column: 5,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { H3 } from 'h3';
const app = new H3();
app.get('/books/:id', async (event) => {
  const book = await books.get(event.context.params.id);
  if (!book) {
    event.res.status = 404;
    return 'Forbidden';
  }
  return book;
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h3 v2 new HTTPError on a lookup miss',
      code: `import { H3, HTTPError, getRouterParam } from 'h3';
const app = new H3();
app.get('/books/:id', async (event) => {
  const book = await books.get(getRouterParam(event, 'id'));
  if (!book) throw new HTTPError({ status: 403 });
  return book;
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 5,
          column: 20,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { H3, HTTPError, getRouterParam } from 'h3';
const app = new H3();
app.get('/books/:id', async (event) => {
  const book = await books.get(getRouterParam(event, 'id'));
  if (!book) throw new HTTPError({ status: 404 });
  return book;
});`,
            },
          ],
        },
      ],
    },
  ],
});
