import rule from '../../rules/no-403-for-missing-route';
import { runRuleTests } from '../helpers/rule-tester';

// AWS Lambda proxy results: the default of a path / routeKey switch, a path fall-through, and pathParameters lookups.

runRuleTests('no-403-for-missing-route (lambda)', rule, {
  valid: [
    {
      name: 'group check before the path switch',
      filename: 'src/handler.ts',
      code: `import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const groups = event.requestContext.authorizer?.claims['cognito:groups'] ?? '';
  if (!groups.includes('admin')) return { statusCode: 403, body: 'Admins only' };
  switch (event.path) {
    case '/admin/stats':
      return { statusCode: 200, body: JSON.stringify(await stats()) };
    default:
      return { statusCode: 404, body: 'Not found' };
  }
};`,
    },
    {
      name: 'ownership check on a loaded resource',
      filename: 'src/handler.ts',
      code: `import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const doc = await docs.get(event.pathParameters!.id);
  if (!doc) return { statusCode: 404, body: 'Not found' };
  if (doc.owner !== event.requestContext.authorizer?.principalId) return { statusCode: 403, body: 'Forbidden' };
  return { statusCode: 200, body: JSON.stringify(doc) };
};`,
    },
    {
      name: 'a 403 inside the case of a known path',
      filename: 'src/handler.ts',
      code: `import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  switch (event.path) {
    case '/admin':
      if (!isAdmin(event)) return { statusCode: 403, body: 'Forbidden' };
      return { statusCode: 200, body: 'admin' };
    default:
      return { statusCode: 404, body: 'Not found' };
  }
};`,
    },
    {
      name: 'feature flag',
      filename: 'src/handler.ts',
      code: `import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  if (process.env.MAINTENANCE === '1') return { statusCode: 403, body: 'Writes are disabled' };
  return { statusCode: 200, body: JSON.stringify(await save(event.body)) };
};`,
    },
    {
      name: 'path traversal guard on a proxy parameter',
      filename: 'src/handler.mjs',
      code: `export const handler = async (event) => {
  const key = event.pathParameters.proxy;
  if (key.includes('..')) return { statusCode: 403, body: 'Forbidden' };
  return { statusCode: 200, body: await readObject(key) };
};`,
    },
  ],
  invalid: [
    {
      name: 'default of a routeKey switch over several paths',
      filename: 'src/handler.ts',
      code: `import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  switch (event.routeKey) {
    case 'GET /pets':
      return { statusCode: 200, body: JSON.stringify(await listPets()) };
    case 'GET /owners':
      return { statusCode: 200, body: JSON.stringify(await listOwners()) };
    default:
      return { statusCode: 403, body: JSON.stringify({ message: 'Forbidden' }) };
  }
};`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 10,
          column: 14,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  switch (event.routeKey) {
    case 'GET /pets':
      return { statusCode: 200, body: JSON.stringify(await listPets()) };
    case 'GET /owners':
      return { statusCode: 200, body: JSON.stringify(await listOwners()) };
    default:
      return { statusCode: 404, body: JSON.stringify({ message: 'Forbidden' }) };
  }
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'default of a switch on event.path (CommonJS)',
      filename: 'src/handler.js',
      code: `exports.handler = async (event) => {
  switch (event.path) {
    case '/health':
      return { statusCode: 200, body: 'ok' };
    case '/version':
      return { statusCode: 200, body: VERSION };
    default:
      return { statusCode: 403, headers: { 'Content-Type': 'text/plain' }, body: 'Forbidden' };
  }
};`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 8,
          column: 14,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `exports.handler = async (event) => {
  switch (event.path) {
    case '/health':
      return { statusCode: 200, body: 'ok' };
    case '/version':
      return { statusCode: 200, body: VERSION };
    default:
      return { statusCode: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Forbidden' };
  }
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'fall-through after rawPath tests (Function URL)',
      filename: 'src/handler.mjs',
      code: `export const handler = async (event) => {
  if (event.rawPath === '/') return { statusCode: 200, body: 'home' };
  if (event.rawPath === '/ping') return { statusCode: 200, body: 'pong' };
  return { statusCode: 403, body: '' };
};`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `export const handler = async (event) => {
  if (event.rawPath === '/') return { statusCode: 200, body: 'home' };
  if (event.rawPath === '/ping') return { statusCode: 200, body: 'pong' };
  return { statusCode: 404, body: '' };
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'callback result in the default of a switch on event.resource',
      filename: 'src/handler.js',
      code: `exports.handler = (event, context, callback) => {
  switch (event.resource) {
    case '/pets':
      return listPets().then((pets) => callback(null, { statusCode: 200, body: JSON.stringify(pets) }));
    default:
      callback(null, { statusCode: 403, body: 'Forbidden' });
  }
};`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 6,
          column: 22,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `exports.handler = (event, context, callback) => {
  switch (event.resource) {
    case '/pets':
      return listPets().then((pets) => callback(null, { statusCode: 200, body: JSON.stringify(pets) }));
    default:
      callback(null, { statusCode: 404, body: 'Forbidden' });
  }
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'lookup miss by event.pathParameters',
      filename: 'src/handler.ts',
      code: `import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const pet = await pets.get(event.pathParameters?.id);
  if (!pet) return { statusCode: 403, body: JSON.stringify({ message: 'Forbidden' }) };
  return { statusCode: 200, body: JSON.stringify(pet) };
};`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 5,
          column: 20,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const pet = await pets.get(event.pathParameters?.id);
  if (!pet) return { statusCode: 404, body: JSON.stringify({ message: 'Forbidden' }) };
  return { statusCode: 200, body: JSON.stringify(pet) };
};`,
            },
          ],
        },
      ],
    },
  ],
});
