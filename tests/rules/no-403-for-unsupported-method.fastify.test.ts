/**
 * no-403-for-unsupported-method on Fastify and @fastify/sensible (HTTP-SEMANTICS.md B.9). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-403-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-403-for-unsupported-method (fastify)', rule, {
  valid: [
    {
      name: 'CSRF check in a preHandler hook',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.addHook('preHandler', async (request, reply) => {
  if (request.method !== 'GET' && request.headers['x-csrf-token'] !== request.session.csrf) {
    return reply.code(403).send({ error: 'Invalid CSRF token' });
  }
});`,
    },
    {
      name: 'role check in a method-bound route',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/items', listItems);
app.delete('/items', async (request, reply) => {
  if (request.user?.role !== 'admin') return reply.forbidden();
  return removeItems();
});`,
    },
    {
      name: 'user check in a route-level preHandler',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/items', listItems);
app.put('/items', {
  preHandler: async (request, reply) => {
    if (!request.user) return reply.code(403).send();
  },
  handler: replaceItems,
});`,
    },
    {
      name: 'ownership check after a method guard',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.all('/posts/:id', async (request, reply) => {
  if (request.method === 'DELETE') {
    if (request.user.id !== (await ownerOf(request.params.id))) throw app.httpErrors.forbidden();
  }
  return handlePost(request, reply);
});`,
    },
  ],
  invalid: [
    {
      name: 'reply.forbidden() from @fastify/sensible in a method-bound route',
      filename: 'src/app.ts',
      code: `import type { FastifyInstance } from 'fastify';
export default async function items(app: FastifyInstance) {
  app.get('/items', listItems);
  app.post('/items', createItem);
  app.delete('/items', async (request, reply) => {
    return reply.forbidden('Items cannot be deleted');
  });
}`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 6,
          column: 12,
          data: { methods: 'GET, HEAD, POST', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import type { FastifyInstance } from 'fastify';
export default async function items(app: FastifyInstance) {
  app.get('/items', listItems);
  app.post('/items', createItem);
  app.delete('/items', async (request, reply) => {
    reply.header('allow', 'GET, HEAD, POST');
    return reply.methodNotAllowed('Items cannot be deleted');
  });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'reply.code(403) in a shorthand route, http-status-codes constant',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
import { StatusCodes } from 'http-status-codes';
const app = Fastify();
app.get('/items', listItems);
app.put('/items', async (request, reply) => {
  reply.code(StatusCodes.FORBIDDEN).send({ error: 'read-only' });
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
              output: `import Fastify from 'fastify';
import { StatusCodes } from 'http-status-codes';
const app = Fastify();
app.get('/items', listItems);
app.put('/items', async (request, reply) => {
  reply.code(StatusCodes.METHOD_NOT_ALLOWED).header('allow', 'GET, HEAD').send({ error: 'read-only' });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'read-only guard in app.all',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.all('/catalog', async (request, reply) => {
  if (request.method !== 'GET') {
    return reply.status(403).send({ error: 'The catalog is read-only' });
  }
  return catalog;
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 5,
          column: 12,
          data: { methods: 'GET', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Fastify from 'fastify';
const app = Fastify();
app.all('/catalog', async (request, reply) => {
  if (request.method !== 'GET') {
    return reply.status(405).header('allow', 'GET').send({ error: 'The catalog is read-only' });
  }
  return catalog;
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'thrown httpErrors.forbidden() behind a method guard',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.all('/archive', async (request, reply) => {
  if (request.method === 'GET' || request.method === 'HEAD') return listArchive();
  throw app.httpErrors.forbidden('The archive is read-only');
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 5,
          column: 9,
          data: { methods: 'GET, HEAD', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Fastify from 'fastify';
const app = Fastify();
app.all('/archive', async (request, reply) => {
  if (request.method === 'GET' || request.method === 'HEAD') return listArchive();
  reply.header('allow', 'GET, HEAD');
  throw app.httpErrors.methodNotAllowed('The archive is read-only');
});`,
            },
          ],
        },
      ],
    },
  ],
});
