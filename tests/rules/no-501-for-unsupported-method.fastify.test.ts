/**
 * no-501-for-unsupported-method on Fastify and @fastify/sensible (HTTP-SEMANTICS.md B.9). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-501-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-501-for-unsupported-method (fastify)', rule, {
  valid: [
    {
      name: 'server-wide onRequest hook for methods nothing implements',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
const app = Fastify();
const KNOWN = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE']);
app.addHook('onRequest', async (request, reply) => {
  if (!KNOWN.has(request.method)) return reply.code(501).send({ error: 'Not Implemented' });
});`,
    },
    {
      name: 'an all-methods stub',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/items', listItems);
app.all('/exports', async (request, reply) => reply.code(501).send({ error: 'Exports are coming soon' }));`,
    },
    {
      name: 'a method-bound stub on a path that serves nothing else (@fastify/sensible)',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/items', listItems);
app.post('/imports', async (request, reply) => reply.notImplemented());`,
    },
    {
      name: '501 for an unsupported request feature',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/uploads', listUploads);
app.post('/uploads', async (request, reply) => {
  if (request.headers['content-encoding'] === 'br') return reply.code(501).send();
  return save(request);
});`,
    },
    {
      name: 'a not-found handler answering 501 is about the path, not one resource',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.setNotFoundHandler(async (request, reply) => {
  if (request.method === 'PURGE') return reply.code(501).send();
  return reply.code(404).send();
});`,
    },
  ],
  invalid: [
    {
      name: 'reply.code(501) in a shorthand route next to its siblings',
      filename: 'src/app.ts',
      code: `import type { FastifyInstance } from 'fastify';
import { createItem, listItems } from '../items';

export default async function items(app: FastifyInstance) {
  app.get('/items', listItems);
  app.post('/items', createItem);
  app.delete('/items', async (request, reply) => {
    return reply.code(501).send({ error: 'Not implemented' });
  });
}`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 8,
          column: 12,
          data: { methods: 'GET, HEAD, POST', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import type { FastifyInstance } from 'fastify';
import { createItem, listItems } from '../items';

export default async function items(app: FastifyInstance) {
  app.get('/items', listItems);
  app.post('/items', createItem);
  app.delete('/items', async (request, reply) => {
    return reply.code(405).header('allow', 'GET, HEAD, POST').send({ error: 'Not implemented' });
  });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'reply.notImplemented() from @fastify/sensible: header before the call, helper renamed',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
import sensible from '@fastify/sensible';
const app = Fastify();
app.register(sensible);
app.get('/items', listItems);
app.post('/items', createItem);
app.put('/items', async (request, reply) => {
  return reply.notImplemented('Replacing items is not supported');
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 8,
          column: 10,
          data: { methods: 'GET, HEAD, POST', method: 'PUT' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Fastify from 'fastify';
import sensible from '@fastify/sensible';
const app = Fastify();
app.register(sensible);
app.get('/items', listItems);
app.post('/items', createItem);
app.put('/items', async (request, reply) => {
  reply.header('allow', 'GET, HEAD, POST');
  return reply.methodNotAllowed('Replacing items is not supported');
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'thrown fastify.httpErrors.notImplemented()',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/items', listItems);
app.patch('/items', async (request, reply) => {
  throw app.httpErrors.notImplemented();
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
              output: `import Fastify from 'fastify';
const app = Fastify();
app.get('/items', listItems);
app.patch('/items', async (request, reply) => {
  reply.header('allow', 'GET, HEAD');
  throw app.httpErrors.methodNotAllowed();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'shorthand with route options and route({ method }) siblings',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/users/:id', { schema: showSchema }, showUser);
app.route({ method: 'PATCH', url: '/users/:id', handler: updateUser });
app.delete('/users/:id', { schema: deleteSchema }, async (request, reply) => {
  reply.code(501);
  return { error: 'Users are archived, not deleted' };
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
              output: `import Fastify from 'fastify';
const app = Fastify();
app.get('/users/:id', { schema: showSchema }, showUser);
app.route({ method: 'PATCH', url: '/users/:id', handler: updateUser });
app.delete('/users/:id', { schema: deleteSchema }, async (request, reply) => {
  reply.code(405).header('allow', 'GET, HEAD, PATCH');
  return { error: 'Users are archived, not deleted' };
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'route({ method }) stub among shorthand siblings, status constant',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
import { StatusCodes } from 'http-status-codes';
const app = Fastify();
app.get('/orders', listOrders);
app.post('/orders', createOrder);
app.route({
  method: 'PUT',
  url: '/orders',
  handler: async (request, reply) => reply.status(StatusCodes.NOT_IMPLEMENTED).send(),
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 9,
          column: 38,
          data: { methods: 'GET, HEAD, POST', method: 'PUT' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Fastify from 'fastify';
import { StatusCodes } from 'http-status-codes';
const app = Fastify();
app.get('/orders', listOrders);
app.post('/orders', createOrder);
app.route({
  method: 'PUT',
  url: '/orders',
  handler: async (request, reply) => reply.status(StatusCodes.METHOD_NOT_ALLOWED).header('allow', 'GET, HEAD, POST').send(),
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'default of a method switch in app.all',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.all('/reports', async (request, reply) => {
  switch (request.method) {
    case 'GET':
      return listReports();
    case 'POST':
      return createReport(request.body);
    default:
      return reply.code(501).send();
  }
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 10,
          column: 14,
          data: { methods: 'GET, POST', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Fastify from 'fastify';
const app = Fastify();
app.all('/reports', async (request, reply) => {
  switch (request.method) {
    case 'GET':
      return listReports();
    case 'POST':
      return createReport(request.body);
    default:
      return reply.code(405).header('allow', 'GET, POST').send();
  }
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'plugin file without a fastify import: the reply parameter tells',
      filename: 'src/routes/items.js',
      code: `module.exports = async function items(fastify) {
  fastify.get('/items', listItems);
  fastify.post('/items', createItem);
  fastify.delete('/items', async (request, reply) => {
    reply.code(501).send({ error: 'Items cannot be deleted' });
  });
};`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 5,
          column: 5,
          data: { methods: 'GET, HEAD, POST', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `module.exports = async function items(fastify) {
  fastify.get('/items', listItems);
  fastify.post('/items', createItem);
  fastify.delete('/items', async (request, reply) => {
    reply.code(405).header('allow', 'GET, HEAD, POST').send({ error: 'Items cannot be deleted' });
  });
};`,
            },
          ],
        },
      ],
    },
  ],
});
