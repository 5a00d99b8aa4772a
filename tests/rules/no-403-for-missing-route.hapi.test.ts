import rule from '../../rules/no-403-for-missing-route';
import { runRuleTests } from '../helpers/rule-tester';

// hapi + Boom: '*' /{any*} routes (literal, stored, exported), onPreResponse on a 404, and lookups by request.params.

runRuleTests('no-403-for-missing-route (hapi)', rule, {
  valid: [
    {
      name: 'scope check',
      filename: 'src/server.js',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/admin',
  handler: (request) => {
    if (!request.auth.credentials.scope.includes('admin')) throw Boom.forbidden('Admins only');
    return stats();
  },
});`,
    },
    {
      name: 'ownership check with h.response().code(403)',
      filename: 'src/server.js',
      code: `import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'DELETE',
  path: '/posts/{id}',
  handler: async (request, h) => {
    const post = await posts.get(request.params.id);
    if (post.ownerId !== request.auth.credentials.id) return h.response().code(403);
    await posts.remove(post.id);
    return h.response().code(204);
  },
});`,
    },
    {
      name: 'catch-all that answers 403 only under another condition',
      filename: 'src/server.js',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({
  method: '*',
  path: '/{any*}',
  handler: (request) => {
    if (request.path.startsWith('/admin')) throw Boom.forbidden();
    throw Boom.notFound();
  },
});`,
    },
    {
      name: 'path traversal guard on a wildcard parameter',
      filename: 'src/server.js',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/files/{name*}',
  handler: (request, h) => {
    if (request.params.name.includes('..')) throw Boom.forbidden('Path traversal');
    return h.file(request.params.name);
  },
});`,
    },
    {
      name: 'request extension that continues',
      filename: 'src/server.js',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.ext('onPreAuth', (request, h) => {
  if (blocked(request.info.remoteAddress)) throw Boom.forbidden();
  return h.continue;
});
server.route({ method: 'GET', path: '/books', handler: listBooks });`,
    },
    {
      name: 'feature flag',
      filename: 'src/server.js',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'POST',
  path: '/signup',
  handler: (request) => {
    if (!config.signupsOpen) throw Boom.forbidden('Sign-ups are closed');
    return createAccount(request.payload);
  },
});`,
    },
  ],
  invalid: [
    {
      name: "Boom.forbidden() in a '*' /{any*} route",
      filename: 'src/server.js',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({ method: 'GET', path: '/books', handler: listBooks });
server.route({
  method: '*',
  path: '/{any*}',
  handler: () => {
    throw Boom.forbidden('Forbidden');
  },
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 9,
          column: 11,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({ method: 'GET', path: '/books', handler: listBooks });
server.route({
  method: '*',
  path: '/{any*}',
  handler: () => {
    throw Boom.notFound('Forbidden');
  },
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'h.response().code(403) in a catch-all inside a route array',
      filename: 'src/server.js',
      code: `import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route([
  { method: 'GET', path: '/books', handler: listBooks },
  { method: '*', path: '/{p*}', handler: (request, h) => h.response({ error: 'Forbidden' }).code(403) },
]);`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 5,
          column: 58,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route([
  { method: 'GET', path: '/books', handler: listBooks },
  { method: '*', path: '/{p*}', handler: (request, h) => h.response({ error: 'Forbidden' }).code(404) },
]);`,
            },
          ],
        },
      ],
    },
    {
      name: 'named forbidden import is swapped for notFound',
      filename: 'src/server.ts',
      code: `import Hapi from '@hapi/hapi';
import { forbidden } from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({
  method: '*',
  path: '/{any*}',
  handler() {
    throw forbidden();
  },
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 8,
          column: 11,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Hapi from '@hapi/hapi';
import { notFound } from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({
  method: '*',
  path: '/{any*}',
  handler() {
    throw notFound();
  },
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'catch-all in an exported route list, Boom returned',
      filename: 'src/routes.js',
      code: `import Boom from '@hapi/boom';
module.exports = [
  { method: 'GET', path: '/books', handler: listBooks },
  { method: '*', path: '/{any*}', handler: () => Boom.forbidden() },
];`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 4,
          column: 50,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Boom from '@hapi/boom';
module.exports = [
  { method: 'GET', path: '/books', handler: listBooks },
  { method: '*', path: '/{any*}', handler: () => Boom.notFound() },
];`,
            },
          ],
        },
      ],
    },
    {
      name: 'lookup miss by request.params, Boom.forbidden',
      filename: 'src/server.js',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/books/{id}',
  handler: async (request, h) => {
    const book = await db.books.find(request.params.id);
    if (!book) {
      throw Boom.forbidden();
    }
    return book;
  },
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 10,
          column: 13,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/books/{id}',
  handler: async (request, h) => {
    const book = await db.books.find(request.params.id);
    if (!book) {
      throw Boom.notFound();
    }
    return book;
  },
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'lookup miss in options.handler, h.response().code(403)',
      filename: 'src/server.js',
      code: `import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/books/{id}',
  options: {
    handler: async (request, h) => {
      const book = await db.books.find(request.params.id);
      if (!book) return h.response().code(403);
      return book;
    },
  },
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 9,
          column: 25,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/books/{id}',
  options: {
    handler: async (request, h) => {
      const book = await db.books.find(request.params.id);
      if (!book) return h.response().code(404);
      return book;
    },
  },
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'named imports: forbidden goes, notFound is already there',
      filename: 'src/server.ts',
      code: `import Hapi from '@hapi/hapi';
import { forbidden, notFound } from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({ method: 'GET', path: '/books/{id}', handler: async (request) => {
  const book = await books.get(request.params.id);
  if (!book) throw forbidden();
  if (book.hidden) throw notFound();
  return book;
} });`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 6,
          column: 20,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Hapi from '@hapi/hapi';
import { notFound } from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({ method: 'GET', path: '/books/{id}', handler: async (request) => {
  const book = await books.get(request.params.id);
  if (!book) throw notFound();
  if (book.hidden) throw notFound();
  return book;
} });`,
            },
          ],
        },
      ],
    },
    {
      name: 'a factory destructured from require(): reported without a fix',
      filename: 'src/server.js',
      code: `const Hapi = require('@hapi/hapi');
const { forbidden } = require('@hapi/boom');
const server = Hapi.server({ port: 3000 });
server.route({ method: '*', path: '/{any*}', handler: () => { throw forbidden(); } });`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 4,
          column: 69,
          suggestions: [],
        },
      ],
    },
    {
      name: 'onPreResponse turning a 404 into Boom.forbidden()',
      filename: 'src/server.js',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.ext('onPreResponse', (request, h) => {
  if (request.response.output?.statusCode === 404) throw Boom.forbidden();
  return h.continue;
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 5,
          column: 58,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.ext('onPreResponse', (request, h) => {
  if (request.response.output?.statusCode === 404) throw Boom.notFound();
  return h.continue;
});`,
            },
          ],
        },
      ],
    },
  ],
});
