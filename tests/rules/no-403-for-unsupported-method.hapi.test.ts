/**
 * no-403-for-unsupported-method on hapi and @hapi/boom (HTTP-SEMANTICS.md B.12). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-403-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-403-for-unsupported-method (hapi)', rule, {
  valid: [
    {
      name: 'scope check in a method-bound route',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route([
  { method: 'GET', path: '/items', handler: listItems },
  {
    method: 'DELETE',
    path: '/items',
    handler(request) {
      if (!request.auth.credentials.scope.includes('admin')) throw Boom.forbidden('Admins only');
      return removeItems();
    },
  },
]);`,
    },
    {
      name: 'ownership together with the method',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({
  method: '*',
  path: '/posts/{id}',
  handler: async (request) => {
    if (request.method === 'delete' && request.auth.credentials.id !== (await ownerOf(request.params.id))) throw Boom.forbidden();
    return handlePost(request);
  },
});`,
    },
    {
      name: 'CSRF check in an onPreAuth extension',
      code: `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.ext('onPreAuth', (request, h) => {
  if (request.method !== 'get' && request.headers['x-csrf-token'] !== request.state.crumb) throw Boom.forbidden('Invalid CSRF token');
  return h.continue;
});`,
    },
  ],
  invalid: [
    {
      name: 'Boom.forbidden() in a route next to sibling methods (CommonJS route module)',
      filename: 'src/routes.js',
      code: `const Boom = require('@hapi/boom');

module.exports = [
  { method: 'GET', path: '/settings', handler: showSettings },
  { method: 'PATCH', path: '/settings', handler: saveSettings },
  {
    method: 'DELETE',
    path: '/settings',
    handler() {
      throw Boom.forbidden('Settings cannot be deleted');
    },
  },
];`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 10,
          column: 13,
          data: { methods: 'GET, HEAD, PATCH', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `const Boom = require('@hapi/boom');

module.exports = [
  { method: 'GET', path: '/settings', handler: showSettings },
  { method: 'PATCH', path: '/settings', handler: saveSettings },
  {
    method: 'DELETE',
    path: '/settings',
    handler() {
      throw Boom.methodNotAllowed('Settings cannot be deleted', undefined, ['GET', 'HEAD', 'PATCH']);
    },
  },
];`,
            },
          ],
        },
      ],
    },
    {
      name: 'lowercase request.method guard in a wildcard route, h.response().code(403)',
      code: `import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route({
  method: '*',
  path: '/wiki/{page}',
  options: {
    handler: (request, h) => {
      if (request.method !== 'get') return h.response('The wiki is read-only').code(403);
      return renderPage(request.params.page);
    },
  },
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 8,
          column: 44,
          data: { methods: 'GET', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route({
  method: '*',
  path: '/wiki/{page}',
  options: {
    handler: (request, h) => {
      if (request.method !== 'get') return h.response('The wiki is read-only').code(405).header('Allow', 'GET');
      return renderPage(request.params.page);
    },
  },
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'named forbidden import in a multi-method route: renamed in the import too',
      filename: 'src/routes.ts',
      code: `import type { ServerRoute } from '@hapi/hapi';
import { forbidden } from '@hapi/boom';

export const routes: ServerRoute[] = [
  {
    method: ['PUT', 'POST'],
    path: '/catalog',
    handler(request) {
      if (request.method !== 'put') {
        throw forbidden('Use PUT to replace the catalog');
      }
      return replaceCatalog(request.payload);
    },
  },
];`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 10,
          column: 15,
          data: { methods: 'PUT', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import type { ServerRoute } from '@hapi/hapi';
import { methodNotAllowed } from '@hapi/boom';

export const routes: ServerRoute[] = [
  {
    method: ['PUT', 'POST'],
    path: '/catalog',
    handler(request) {
      if (request.method !== 'put') {
        throw methodNotAllowed('Use PUT to replace the catalog', undefined, ['PUT']);
      }
      return replaceCatalog(request.payload);
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
