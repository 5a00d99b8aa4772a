import rule from '../../rules/require-allow-header';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('require-allow-header (hapi)', rule, {
  valid: [
    // The `allow` argument of Boom.methodNotAllowed.
    `import Boom from '@hapi/boom';
export const handler = (request, h) => { throw Boom.methodNotAllowed('Read-only', null, ['GET', 'HEAD']); };`,
    // Allow written on the error's output headers before the throw, any spelling.
    `const Boom = require('@hapi/boom');
function handler(request, h) {
  const err = Boom.methodNotAllowed();
  err.output.headers['allow'] = 'GET';
  throw err;
}`,
    // Allow in the response chain, before or after the status.
    `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.route({ method: '*', path: '/a', handler: (request, h) => h.response('no').header('Allow', 'GET').code(405) });
server.route({ method: '*', path: '/b', handler: (request, h) => h.response('no').code(405).header('allow', 'GET') });`,
    // Allow written on a response kept in a local.
    `import Hapi from '@hapi/hapi';
export function handler(request, h) {
  const response = h.response('no');
  response.code(405);
  response.header('Allow', 'GET');
  return response;
}`,
    // Header name or arguments not statically known: unsure, so not reported.
    `import Hapi from '@hapi/hapi';
export const a = (request, h) => h.response('no').header(name, 'GET').code(405);
import Boom from '@hapi/boom';
export const b = (request, h) => { throw Boom.methodNotAllowed(...args); };
export const c = (request, h) => { const err = Boom.methodNotAllowed(); err.output.headers[key] = 'GET'; throw err; };`,
    // Dynamic status.
    `import Hapi from '@hapi/hapi';
export const handler = (request, h) => h.response('x').code(request.app.status);`,
    // Other statuses.
    `import Boom from '@hapi/boom';
export const handler = async (request, h) => {
  const book = await books.find(request.params.id);
  if (!book) throw Boom.notFound('Book not found');
  if (!request.auth.credentials.admin) throw Boom.forbidden();
  return h.response(book).code(200);
};`,
    // 405 inside a response body: the HTTP status is 200.
    `import Hapi from '@hapi/hapi';
export const handler = (request, h) => h.response({ statusCode: 405, error: 'example' });`,
    // Test code: Lab/Jest assertions, injections and mocks are not responses.
    `import Boom from '@hapi/boom';
import Hapi from '@hapi/hapi';
it('rejects deletes', async () => {
  const res = await server.inject({ method: 'DELETE', url: '/books/1' });
  expect(res.statusCode).to.equal(405);
  expect(() => remove()).to.throw(Boom.methodNotAllowed().message);
  stub.rejects(Boom.methodNotAllowed());
  const expected = Boom.methodNotAllowed();
  expect(error).to.equal(expected);
});`,
    // `.code(405)` on something that is not a hapi response.
    `import Hapi from '@hapi/hapi';
export const handler = (request, h) => { const e = new Error('x'); e.code(405); return 'ok'; };
export const other = (request, h) => request.server.code(405);`,
    // A Boom lookalike that is not from @hapi/boom.
    `import Boom from './my-errors';
export const handler = () => { throw Boom.methodNotAllowed(); };`,
  ],
  invalid: [
    {
      name: 'catch-all method on a path with sibling routes',
      filename: 'src/server.js',
      code: `const Hapi = require('@hapi/hapi');
const Boom = require('@hapi/boom');
const server = Hapi.server();
server.route([
  { method: 'GET', path: '/books', handler: listBooks },
  { method: 'POST', path: '/books', handler: createBook },
  { method: '*', path: '/books', handler: () => { throw Boom.methodNotAllowed('Nope'); } },
]);`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 7,
          column: 57,
          data: { methods: 'GET, HEAD, POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              data: { methods: 'GET, HEAD, POST' },
              output: `const Hapi = require('@hapi/hapi');
const Boom = require('@hapi/boom');
const server = Hapi.server();
server.route([
  { method: 'GET', path: '/books', handler: listBooks },
  { method: 'POST', path: '/books', handler: createBook },
  { method: '*', path: '/books', handler: () => { throw Boom.methodNotAllowed('Nope', undefined, ['GET', 'HEAD', 'POST']); } },
]);`,
            },
          ],
        },
      ],
    },
    {
      name: 'no arguments, lowercase hapi method test, named import',
      code: `import { methodNotAllowed } from '@hapi/boom';

export function handler(request, h) {
  if (request.method !== 'get') throw methodNotAllowed();
  return 'ok';
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 39,
          data: { methods: 'GET' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { methodNotAllowed } from '@hapi/boom';

export function handler(request, h) {
  if (request.method !== 'get') throw methodNotAllowed(undefined, undefined, ['GET']);
  return 'ok';
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'message and data given: only the allow argument is added',
      code: `import * as Boom from '@hapi/boom';

export function handler(request, h) {
  switch (request.method) {
    case 'get':
      return list();
    case 'put':
      return save(request.payload);
    default:
      return Boom.methodNotAllowed('Use GET or PUT', { path: request.path });
  }
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 10,
          column: 14,
          data: { methods: 'GET, PUT' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import * as Boom from '@hapi/boom';

export function handler(request, h) {
  switch (request.method) {
    case 'get':
      return list();
    case 'put':
      return save(request.payload);
    default:
      return Boom.methodNotAllowed('Use GET or PUT', { path: request.path }, ['GET', 'PUT']);
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'h.response(…).code(405): Allow goes right after the status',
      filename: 'src/server.js',
      code: `const Hapi = require("@hapi/hapi");
const server = Hapi.server();
server.route({ method: "GET", path: "/feed", handler: feed });
server.route({
  method: ["PUT", "DELETE"],
  path: "/feed",
  handler: (request, h) => h.response({ error: "The feed is read-only" }).code(405).type("application/json"),
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 7,
          column: 28,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `const Hapi = require("@hapi/hapi");
const server = Hapi.server();
server.route({ method: "GET", path: "/feed", handler: feed });
server.route({
  method: ["PUT", "DELETE"],
  path: "/feed",
  handler: (request, h) => h.response({ error: "The feed is read-only" }).code(405).header("Allow", "GET, HEAD").type("application/json"),
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'routes exported as an array of route objects',
      filename: 'src/routes.ts',
      code: `import Boom from '@hapi/boom';
import type { ServerRoute } from '@hapi/hapi';

export const routes: ServerRoute[] = [
  { method: 'GET', path: '/orders/{id}', handler: show },
  { method: 'PATCH', path: '/orders/{id}', options: { auth: 'admin', handler: () => Boom.methodNotAllowed() } },
];`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 85,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import Boom from '@hapi/boom';
import type { ServerRoute } from '@hapi/hapi';

export const routes: ServerRoute[] = [
  { method: 'GET', path: '/orders/{id}', handler: show },
  { method: 'PATCH', path: '/orders/{id}', options: { auth: 'admin', handler: () => Boom.methodNotAllowed(undefined, undefined, ['GET', 'HEAD']) } },
];`,
            },
          ],
        },
      ],
    },
    {
      name: 'legacy boom package, `{ Boom }` class import with static factories',
      code: `const { Boom } = require('boom');

module.exports = [
  { method: 'GET', path: '/tags', handler: listTags },
  { method: 'POST', path: '/tags', handler: (request, reply) => reply(Boom.methodNotAllowed('Tags are fixed')) },
];`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 5,
          column: 71,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `const { Boom } = require('boom');

module.exports = [
  { method: 'GET', path: '/tags', handler: listTags },
  { method: 'POST', path: '/tags', handler: (request, reply) => reply(Boom.methodNotAllowed('Tags are fixed', undefined, ['GET', 'HEAD'])) },
];`,
            },
          ],
        },
      ],
    },
    {
      name: 'routes kept in a local array and registered with server.route(routes)',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const routes = [
  { method: 'GET', path: '/users/{id}', handler: showUser },
  { method: 'DELETE', path: '/users/{id}', handler: () => Boom.methodNotAllowed('Users are archived') },
];

export async function start() {
  const server = Hapi.server();
  server.route(routes);
  await server.start();
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 59,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const routes = [
  { method: 'GET', path: '/users/{id}', handler: showUser },
  { method: 'DELETE', path: '/users/{id}', handler: () => Boom.methodNotAllowed('Users are archived', undefined, ['GET', 'HEAD']) },
];

export async function start() {
  const server = Hapi.server();
  server.route(routes);
  await server.start();
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'allow slot filled with undefined: reported, no room for a fix',
      code: `import Boom from '@hapi/boom';
export const handler = () => { throw Boom.methodNotAllowed('No', null, undefined); };`,
      errors: [{ messageId: 'missingAllowHeaderUnknownMethods', line: 2, column: 38, suggestions: [] }],
    },
    {
      name: 'new Boom.Boom(…, { statusCode: 405 }): reported without a fix',
      code: `import Boom from '@hapi/boom';

export const routes = [
  { method: 'GET', path: '/a', handler: show },
  { method: 'DELETE', path: '/a', handler: () => { throw new Boom.Boom('No deletes', { statusCode: 405 }); } },
];`,
      errors: [{ messageId: 'missingAllowHeader', line: 5, column: 58, data: { methods: 'GET, HEAD' }, suggestions: [] }],
    },
    {
      name: 'named Boom class constructor and boomify',
      code: `import { Boom, boomify } from '@hapi/boom';

export function a() {
  throw new Boom('No', { statusCode: 405 });
}
export function b(err) {
  throw boomify(err, { statusCode: 405 });
}`,
      errors: [
        { messageId: 'missingAllowHeaderUnknownMethods', line: 4, column: 9, suggestions: [] },
        { messageId: 'missingAllowHeaderUnknownMethods', line: 7, column: 9, suggestions: [] },
      ],
    },
  ],
});
