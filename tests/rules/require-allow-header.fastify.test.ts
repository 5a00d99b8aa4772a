import rule from '../../rules/require-allow-header';
import { runRuleTests } from '../helpers/rule-tester';

const APP = `import Fastify from 'fastify';
const app = Fastify();
app.get('/items', list);
app.post('/items', create);
`;

runRuleTests('require-allow-header (fastify)', rule, {
  valid: [
    // Allow in the chain, or written on the reply elsewhere in the handler (any spelling).
    `${APP}app.put('/items', async (request, reply) => reply.code(405).header('Allow', 'GET, HEAD, POST').send());`,
    `${APP}app.put('/items', async (request, reply) => { reply.headers({ allow: 'GET' }); return reply.status(405).send(); });`,
    `${APP}app.put('/items', async (request, reply) => { reply.header('allow', 'GET'); throw app.httpErrors.methodNotAllowed(); });`,
    // Header name not statically known: unsure, so not reported.
    `${APP}app.put('/items', async (request, reply) => { reply.header(name, value); reply.code(405); });`,
    // Dynamic status.
    `${APP}app.put('/items', async (request, reply) => reply.code(status).send());`,
    // 405 only in the body.
    `${APP}app.put('/items', async (request, reply) => reply.send({ statusCode: 405, error: 'nope' }));`,
    // Other statuses.
    `${APP}app.put('/items', async (request, reply) => { reply.code(404); reply.notFound(); });`,
    // Client and test code.
    `${APP}test('PUT is refused', async (t) => { const res = await app.inject({ method: 'PUT', url: '/items' }); t.equal(res.statusCode, 405); });`,
    `nock('https://api.test').put('/items').reply(405);`,
    `const reply = makeReply(); reply.code(405);`,
    // Without a Fastify import, only a parameter named reply counts as a reply.
    `export function handle(req, res) { res.code(405); }`,
  ],
  invalid: [
    {
      name: 'code chained before send, catch-all with sibling routes',
      code: `${APP}app.all('/items', async (request, reply) => {
  return reply.code(405).send({ error: 'Method Not Allowed' });
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 10,
          data: { methods: 'GET, HEAD, POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              data: { methods: 'GET, HEAD, POST' },
              output: `${APP}app.all('/items', async (request, reply) => {
  return reply.code(405).header('allow', 'GET, HEAD, POST').send({ error: 'Method Not Allowed' });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'status as a statement, route({ method: [...] }) siblings',
      code: `import Fastify from 'fastify';
const app = Fastify();
app.route({ method: ['GET', 'PUT'], url: '/doc', handler: show });
app.delete('/doc', async (request, reply) => {
  reply.status(405);
  return { error: 'Read only' };
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 5,
          column: 3,
          data: { methods: 'GET, HEAD, PUT' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import Fastify from 'fastify';
const app = Fastify();
app.route({ method: ['GET', 'PUT'], url: '/doc', handler: show });
app.delete('/doc', async (request, reply) => {
  reply.status(405).header('allow', 'GET, HEAD, PUT');
  return { error: 'Read only' };
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'plugin file without a Fastify import: reply is the signal, not Express',
      code: `export default async function items(fastify) {
  fastify.get('/items', list);
  fastify.patch('/items', async (request, reply) => {
    reply.status(405).send();
  });
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 5,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `export default async function items(fastify) {
  fastify.get('/items', list);
  fastify.patch('/items', async (request, reply) => {
    reply.status(405).header('allow', 'GET, HEAD').send();
  });
}`,
            },
          ],
        },
      ],
    },
    {
      name: '@fastify/sensible httpErrors thrown: reply.header before the throw',
      code: `${APP}app.all('/items', async function (request, reply) {
  if (request.method === 'DELETE') {
    throw this.httpErrors.methodNotAllowed('Items cannot be deleted');
  }
  return list(request);
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 7,
          column: 11,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `${APP}app.all('/items', async function (request, reply) {
  if (request.method === 'DELETE') {
    reply.header('allow', 'GET, HEAD, POST');
    throw this.httpErrors.methodNotAllowed('Items cannot be deleted');
  }
  return list(request);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'reply.methodNotAllowed(): before the statement, or in the chain of an expression body',
      code: `${APP}app.put('/items', async (request, reply) => {
  reply.methodNotAllowed();
});
app.delete('/items', (request, reply) => reply.methodNotAllowed());`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 3,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `${APP}app.put('/items', async (request, reply) => {
  reply.header('allow', 'GET, HEAD, POST');
  reply.methodNotAllowed();
});
app.delete('/items', (request, reply) => reply.methodNotAllowed());`,
            },
          ],
        },
        {
          messageId: 'missingAllowHeader',
          line: 8,
          column: 42,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `${APP}app.put('/items', async (request, reply) => {
  reply.methodNotAllowed();
});
app.delete('/items', (request, reply) => reply.header('allow', 'GET, HEAD, POST').methodNotAllowed());`,
            },
          ],
        },
      ],
    },
    {
      name: 'sensible helper inside a conditional expression: the header goes in the chain',
      code: `${APP}app.put('/items', async (request, reply) => {
  return request.query.force ? replace(request) : reply.methodNotAllowed('Use POST');
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 51,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `${APP}app.put('/items', async (request, reply) => {
  return request.query.force ? replace(request) : reply.header('allow', 'GET, HEAD, POST').methodNotAllowed('Use POST');
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'handler given in the shorthand options object, double quotes',
      code: `import fp from "fastify-plugin";
export default fp(async (fastify) => {
  fastify.get("/hooks", listHooks);
  fastify.delete("/hooks", {
    schema: { querystring: filterSchema },
    handler: async (request, reply) => reply.code(405).send(),
  });
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 40,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import fp from "fastify-plugin";
export default fp(async (fastify) => {
  fastify.get("/hooks", listHooks);
  fastify.delete("/hooks", {
    schema: { querystring: filterSchema },
    handler: async (request, reply) => reply.code(405).header("allow", "GET, HEAD").send(),
  });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'httpErrors.createError and reply.getHttpError with a status argument',
      code: `${APP}app.put('/items', async (request, reply) => {
  throw app.httpErrors.createError(405, 'Use POST');
});
app.delete('/items', async (request, reply) => {
  return reply.getHttpError(405);
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 9,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `${APP}app.put('/items', async (request, reply) => {
  reply.header('allow', 'GET, HEAD, POST');
  throw app.httpErrors.createError(405, 'Use POST');
});
app.delete('/items', async (request, reply) => {
  return reply.getHttpError(405);
});`,
            },
          ],
        },
        {
          messageId: 'missingAllowHeader',
          line: 9,
          column: 10,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `${APP}app.put('/items', async (request, reply) => {
  throw app.httpErrors.createError(405, 'Use POST');
});
app.delete('/items', async (request, reply) => {
  reply.header('allow', 'GET, HEAD, POST');
  return reply.getHttpError(405);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'methods unknown: reported without a suggestion',
      code: `import Fastify from 'fastify';
export async function reject(request, reply) {
  reply.code(405).send();
}`,
      errors: [{ messageId: 'missingAllowHeaderUnknownMethods', line: 3, column: 3, suggestions: [] }],
    },
  ],
});
