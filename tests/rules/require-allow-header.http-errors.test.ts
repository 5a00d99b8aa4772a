import rule from '../../rules/require-allow-header';
import { runRuleTests } from '../helpers/rule-tester';

const EXPRESS = `import createError from 'http-errors';
import express from 'express';
const app = express();
app.get('/items', list);
`;

const KOA = `import createError from 'http-errors';
import Router from '@koa/router';
const router = new Router();
router.get('/items', list);
`;

runRuleTests('require-allow-header (http-errors)', rule, {
  valid: [
    // Allow in the error's headers, or set on the response before next(err).
    `${EXPRESS}app.all('/items', (req, res, next) => next(createError(405, { headers: { allow: 'GET, HEAD' } })));`,
    `${EXPRESS}app.all('/items', (req, res, next) => { res.set('Allow', 'GET, HEAD'); next(createError(405)); });`,
    `${KOA}router.put('/items', async (ctx) => { throw createError(405, 'No', { headers: { Allow: 'GET' } }); });`,
    // Headers set on the error afterwards, or props not statically known: unsure, so not reported.
    `${EXPRESS}app.all('/items', (req, res, next) => { const err = createError(405); err.headers = { allow: 'GET' }; next(err); });`,
    `${EXPRESS}app.all('/items', (req, res, next) => next(createError(405, options)));`,
    `${EXPRESS}app.all('/items', (req, res, next) => next(createError(405, 'No', { ...defaults })));`,
    // A string first argument is the message: createError('405') is a 500.
    `${EXPRESS}app.all('/items', (req, res, next) => next(createError('405')));`,
    // Dynamic status, and other statuses.
    `${EXPRESS}app.all('/items', (req, res, next) => next(createError(status)));`,
    `${EXPRESS}app.all('/items', (req, res, next) => next(createError(404, 'No such item')));`,
    // Not http-errors: a local function and another module's createError.
    `function createError(status) { return new Error(String(status)); }
export const handler = (req, res, next) => next(createError(405));`,
    `import { createError } from 'h3';
export default (event) => { throw createError(405); };`,
    // Test code that builds the error to compare with.
    `import createError from 'http-errors';
it('maps', () => { expect(toStatus(createError(404))).toBe(404); });`,
  ],
  invalid: [
    {
      name: 'Express next(createError(405)): res.set before the statement',
      code: `${EXPRESS}app.all('/items', (req, res, next) => {
  next(createError(405, 'Use GET'));
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 8,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              data: { methods: 'GET, HEAD' },
              output: `${EXPRESS}app.all('/items', (req, res, next) => {
  res.set('Allow', 'GET, HEAD');
  next(createError(405, 'Use GET'));
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Express without a statement to insert before: props headers',
      code: `${EXPRESS}app.all('/items', (req, res, next) => next(createError(405)));`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 5,
          column: 44,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `${EXPRESS}app.all('/items', (req, res, next) => next(createError(405, { headers: { allow: 'GET, HEAD' } })));`,
            },
          ],
        },
      ],
    },
    {
      name: 'constructor forms and a require alias (createHttpError)',
      code: `const createHttpError = require('http-errors');
const { Router } = require('express');
const router = Router();
router.get('/files/:id', show);
router.put('/files/:id', (req, res, next) => {
  return next(new createHttpError.MethodNotAllowed('Files are read-only'));
});
router.delete('/files/:id', (req, res, next) => {
  next(createHttpError[405]());
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 15,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `const createHttpError = require('http-errors');
const { Router } = require('express');
const router = Router();
router.get('/files/:id', show);
router.put('/files/:id', (req, res, next) => {
  res.set('Allow', 'GET, HEAD');
  return next(new createHttpError.MethodNotAllowed('Files are read-only'));
});
router.delete('/files/:id', (req, res, next) => {
  next(createHttpError[405]());
});`,
            },
          ],
        },
        {
          messageId: 'missingAllowHeader',
          line: 9,
          column: 8,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `const createHttpError = require('http-errors');
const { Router } = require('express');
const router = Router();
router.get('/files/:id', show);
router.put('/files/:id', (req, res, next) => {
  return next(new createHttpError.MethodNotAllowed('Files are read-only'));
});
router.delete('/files/:id', (req, res, next) => {
  res.set('Allow', 'GET, HEAD');
  next(createHttpError[405]());
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Koa: props headers (context headers would be dropped)',
      code: `${KOA}router.put('/items', async (ctx) => {
  throw createError(405, 'Read only', { expose: true });
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 9,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `${KOA}router.put('/items', async (ctx) => {
  throw createError(405, 'Read only', { expose: true, headers: { allow: 'GET, HEAD' } });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Koa: Allow set on the context before the throw is discarded',
      code: `${KOA}router.put('/items', async (ctx) => {
  ctx.set('Allow', 'GET, HEAD');
  throw createError(405);
});`,
      errors: [
        {
          messageId: 'allowHeaderDiscarded',
          line: 7,
          column: 9,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `${KOA}router.put('/items', async (ctx) => {
  ctx.set('Allow', 'GET, HEAD');
  throw createError(405, { headers: { allow: 'GET, HEAD' } });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Koa constructor form: no props slot, reported without a suggestion',
      code: `${KOA}router.put('/items', async (ctx) => {
  throw new createError.MethodNotAllowed();
});`,
      errors: [{ messageId: 'missingAllowHeader', line: 6, column: 9, data: { methods: 'GET, HEAD' }, suggestions: [] }],
    },
    {
      name: 'Fastify: reply.header before the throw, named constructor import',
      code: `import { MethodNotAllowed } from 'http-errors';
export default async function (fastify) {
  fastify.get('/report', build);
  fastify.post('/report', async (request, reply) => {
    throw new MethodNotAllowed(\`\${request.method} is not supported\`);
  });
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 5,
          column: 11,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { MethodNotAllowed } from 'http-errors';
export default async function (fastify) {
  fastify.get('/report', build);
  fastify.post('/report', async (request, reply) => {
    reply.header('allow', 'GET, HEAD');
    throw new MethodNotAllowed(\`\${request.method} is not supported\`);
  });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'methods unknown: reported without a suggestion',
      code: `import createError from 'http-errors';
export function methodNotAllowed(req, res, next) {
  next(createError(405));
}`,
      errors: [{ messageId: 'missingAllowHeaderUnknownMethods', line: 3, column: 8, suggestions: [] }],
    },
  ],
});
