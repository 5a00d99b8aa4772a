/**
 * no-501-for-unsupported-method on hapi and @hapi/boom (HTTP-SEMANTICS.md B.12). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-501-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-501-for-unsupported-method (hapi)', rule, {
  valid: [
    {
      name: 'server-wide onRequest extension for methods nothing implements',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.ext('onRequest', (request, h) => {
  if (!['get', 'head', 'post', 'put', 'delete'].includes(request.method)) throw Boom.notImplemented();
  return h.continue;
});`,
    },
    {
      name: 'a wildcard-method stub answers 501 to every method',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({ method: 'GET', path: '/items', handler: listItems });
server.route({
  method: '*',
  path: '/exports',
  handler: () => {
    throw Boom.notImplemented('Exports are coming soon');
  },
});`,
    },
    {
      name: 'a method-bound stub on a path that serves nothing else',
      code: `import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route([
  { method: 'GET', path: '/items', handler: listItems },
  { method: 'POST', path: '/imports', handler: (request, h) => h.response({ error: 'Coming soon' }).code(501) },
]);`,
    },
    {
      name: '501 for an unsupported payload, not the method',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route([
  { method: 'GET', path: '/uploads', handler: listUploads },
  {
    method: 'POST',
    path: '/uploads',
    handler(request) {
      if (request.headers['content-encoding'] === 'br') throw Boom.notImplemented('Brotli is not supported');
      return save(request.payload);
    },
  },
]);`,
    },
  ],
  invalid: [
    {
      name: 'Boom.notImplemented() in a route with sibling methods on the same path',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route([
  { method: 'GET', path: '/items/{id}', handler: showItem },
  { method: 'PUT', path: '/items/{id}', handler: replaceItem },
  {
    method: 'DELETE',
    path: '/items/{id}',
    handler: () => {
      throw Boom.notImplemented('Items cannot be deleted');
    },
  },
]);`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 11,
          column: 13,
          data: { methods: 'GET, HEAD, PUT', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route([
  { method: 'GET', path: '/items/{id}', handler: showItem },
  { method: 'PUT', path: '/items/{id}', handler: replaceItem },
  {
    method: 'DELETE',
    path: '/items/{id}',
    handler: () => {
      throw Boom.methodNotAllowed('Items cannot be deleted', undefined, ['GET', 'HEAD', 'PUT']);
    },
  },
]);`,
            },
          ],
        },
      ],
    },
    {
      name: 'h.response().code(501) in a separate server.route() call on the same path',
      code: `import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route({ method: 'GET', path: '/items/{id}', handler: showItem });
server.route({ method: 'PUT', path: '/items/{id}', handler: replaceItem });
server.route({
  method: 'PATCH',
  path: '/items/{id}',
  handler: (request, h) => h.response({ error: 'Not implemented' }).code(501),
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 8,
          column: 28,
          data: { methods: 'GET, HEAD, PUT', method: 'PATCH' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route({ method: 'GET', path: '/items/{id}', handler: showItem });
server.route({ method: 'PUT', path: '/items/{id}', handler: replaceItem });
server.route({
  method: 'PATCH',
  path: '/items/{id}',
  handler: (request, h) => h.response({ error: 'Not implemented' }).code(405).header('Allow', 'GET, HEAD, PUT'),
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'lowercase request.method tests in a wildcard-method route',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({
  method: '*',
  path: '/reports',
  handler: (request, h) => {
    if (request.method === 'get') return listReports();
    if (request.method === 'post') return h.response(createReport(request.payload)).code(201);
    return Boom.notImplemented();
  },
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 10,
          column: 12,
          data: { methods: 'GET, POST', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({
  method: '*',
  path: '/reports',
  handler: (request, h) => {
    if (request.method === 'get') return listReports();
    if (request.method === 'post') return h.response(createReport(request.payload)).code(201);
    return Boom.methodNotAllowed(undefined, undefined, ['GET', 'POST']);
  },
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'exported route list with a named Boom import',
      filename: 'src/routes.ts',
      code: `import { notImplemented } from '@hapi/boom';

export default [
  { method: 'GET', path: '/settings', handler: showSettings },
  { method: 'PATCH', path: '/settings', handler: saveSettings },
  {
    method: 'DELETE',
    path: '/settings',
    options: {
      handler() {
        throw notImplemented('Settings cannot be deleted', { reason: 'audit' });
      },
    },
  },
];`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 11,
          column: 15,
          data: { methods: 'GET, HEAD, PATCH', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { methodNotAllowed } from '@hapi/boom';

export default [
  { method: 'GET', path: '/settings', handler: showSettings },
  { method: 'PATCH', path: '/settings', handler: saveSettings },
  {
    method: 'DELETE',
    path: '/settings',
    options: {
      handler() {
        throw methodNotAllowed('Settings cannot be deleted', { reason: 'audit' }, ['GET', 'HEAD', 'PATCH']);
      },
    },
  },
];`,
            },
          ],
        },
      ],
    },
  ],
});
