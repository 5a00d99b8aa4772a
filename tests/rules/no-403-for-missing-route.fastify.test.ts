import rule from '../../rules/no-403-for-missing-route';
import { runRuleTests } from '../helpers/rule-tester';

// Fastify: setNotFoundHandler (with and without options), @fastify/sensible, and lookups by request.params.

runRuleTests('no-403-for-missing-route (fastify)', rule, {
  valid: [
    {
      name: 'role check on a route that exists',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/admin', async (request, reply) => {
  if (request.user.role !== 'admin') return reply.code(403).send({ error: 'Admins only' });
  return stats();
});
app.setNotFoundHandler((request, reply) => reply.code(404).send());`,
    },
    {
      name: 'ownership check with @fastify/sensible',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.delete('/posts/:id', async (request, reply) => {
  const post = await posts.get(request.params.id);
  if (post.ownerId !== request.user.id) return reply.forbidden();
  await posts.remove(post.id);
  return reply.code(204).send();
});`,
    },
    {
      name: 'scope check in a plugin file',
      code: `export default async function routes(fastify) {
  fastify.get('/reports/:id', async (request, reply) => {
    if (!request.user.scopes.includes('reports:read')) return reply.code(403).send({ error: 'Missing scope' });
    return fastify.db.reports.find(request.params.id);
  });
}`,
    },
    {
      name: 'onRequest hook that refuses unauthenticated requests',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.addHook('onRequest', async (request, reply) => {
  if (!request.headers.authorization) return reply.code(403).send();
});
app.get('/items', listItems);`,
    },
    {
      name: 'not-found handler answers 403 only under another condition',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.setNotFoundHandler((request, reply) => {
  if (request.url.startsWith('/admin')) return reply.code(403).send();
  return reply.code(404).send();
});`,
    },
    {
      name: 'path traversal guard on a wildcard route',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/files/*', async (request, reply) => {
  const file = request.params['*'];
  if (file.includes('..')) return reply.code(403).send('Forbidden');
  return reply.sendFile(file);
});`,
    },
    {
      name: 'feature flag',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.post('/beta/:id', async (request, reply) => {
  if (!flags.isEnabled('beta')) return reply.code(403).send({ error: 'Beta is off' });
  return run(request.params.id);
});`,
    },
    {
      name: 'lookup keyed by the session, not by a path parameter',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/me', async (request, reply) => {
  const session = await sessions.get(request.cookies.sid);
  if (!session) return reply.code(403).send();
  return session;
});`,
    },
  ],
  invalid: [
    {
      name: 'reply.code(403) in setNotFoundHandler',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/items', listItems);
app.setNotFoundHandler((request, reply) => {
  reply.code(403).send({ error: 'Forbidden' });
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 5,
          column: 3,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Fastify from 'fastify';
const app = Fastify();
app.get('/items', listItems);
app.setNotFoundHandler((request, reply) => {
  reply.code(404).send({ error: 'Forbidden' });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'setNotFoundHandler with options, reply.status',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.setNotFoundHandler({ preHandler: app.rateLimit() }, async (request, reply) => {
  return reply.status(403).send();
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Fastify from 'fastify';
const app = Fastify();
app.setNotFoundHandler({ preHandler: app.rateLimit() }, async (request, reply) => {
  return reply.status(404).send();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'status constant in an expression-bodied not-found handler',
      code: `import Fastify from 'fastify';
import { StatusCodes } from 'http-status-codes';
const app = Fastify();
app.setNotFoundHandler((request, reply) => reply.code(StatusCodes.FORBIDDEN).send());`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 4,
          column: 44,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Fastify from 'fastify';
import { StatusCodes } from 'http-status-codes';
const app = Fastify();
app.setNotFoundHandler((request, reply) => reply.code(StatusCodes.NOT_FOUND).send());`,
            },
          ],
        },
      ],
    },
    {
      name: '@fastify/sensible reply.forbidden() in the not-found handler',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.setNotFoundHandler((request, reply) => {
  reply.forbidden();
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Fastify from 'fastify';
const app = Fastify();
app.setNotFoundHandler((request, reply) => {
  reply.notFound();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'lookup miss by request.params',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/users/:id', async (request, reply) => {
  const row = await app.pg.query('select * from users where id = $1', [request.params.id]);
  if (!row) return reply.code(403).send();
  return row;
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 5,
          column: 20,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Fastify from 'fastify';
const app = Fastify();
app.get('/users/:id', async (request, reply) => {
  const row = await app.pg.query('select * from users where id = $1', [request.params.id]);
  if (!row) return reply.code(404).send();
  return row;
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'lookup miss by a destructured param in a plugin',
      code: `import type { FastifyInstance } from 'fastify';
export default async function routes(fastify: FastifyInstance) {
  fastify.get<{ Params: { id: string } }>('/books/:id', async (request, reply) => {
    const { id } = request.params;
    const book = await fastify.db.books.find(id);
    if (!book) {
      return reply.code(403).send({ message: 'Forbidden' });
    }
    return book;
  });
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 7,
          column: 14,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import type { FastifyInstance } from 'fastify';
export default async function routes(fastify: FastifyInstance) {
  fastify.get<{ Params: { id: string } }>('/books/:id', async (request, reply) => {
    const { id } = request.params;
    const book = await fastify.db.books.find(id);
    if (!book) {
      return reply.code(404).send({ message: 'Forbidden' });
    }
    return book;
  });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'lookup miss in route({ method, url, handler }), === null',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.route({
  method: 'GET',
  url: '/books/:id',
  handler: async (request, reply) => {
    const book = await books.get(request.params.id);
    if (book === null) return reply.code(403).send();
    return book;
  },
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 8,
          column: 31,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Fastify from 'fastify';
const app = Fastify();
app.route({
  method: 'GET',
  url: '/books/:id',
  handler: async (request, reply) => {
    const book = await books.get(request.params.id);
    if (book === null) return reply.code(404).send();
    return book;
  },
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'fastify.httpErrors.forbidden() thrown on a lookup miss',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/books/:id', async (request, reply) => {
  const book = await books.get(request.params.id);
  if (!book) throw app.httpErrors.forbidden();
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
              output: `import Fastify from 'fastify';
const app = Fastify();
app.get('/books/:id', async (request, reply) => {
  const book = await books.get(request.params.id);
  if (!book) throw app.httpErrors.notFound();
  return book;
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'reply.forbidden() whose message says not found',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/books/:id', async (request, reply) => {
  const book = await books.get(request.params.id);
  if (!book) return reply.forbidden('Book not found');
  return book;
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 5,
          column: 21,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Fastify from 'fastify';
const app = Fastify();
app.get('/books/:id', async (request, reply) => {
  const book = await books.get(request.params.id);
  if (!book) return reply.notFound('Book not found');
  return book;
});`,
            },
          ],
        },
      ],
    },
  ],
});
