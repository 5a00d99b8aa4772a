/**
 * no-403-for-unsupported-method on AWS Lambda proxy results (HTTP-SEMANTICS.md B.6). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-403-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-403-for-unsupported-method (lambda)', rule, {
  valid: [
    {
      name: 'authorizer claims decide',
      filename: 'src/handler.ts',
      code: `import type { APIGatewayProxyHandler } from 'aws-lambda';
export const handler: APIGatewayProxyHandler = async (event) => {
  const groups = event.requestContext.authorizer?.claims?.['cognito:groups'] ?? '';
  if (event.httpMethod !== 'GET' && !groups.includes('admin')) {
    return { statusCode: 403, body: JSON.stringify({ message: 'Admins only' }) };
  }
  return route(event);
};`,
    },
    {
      name: 'API key check in a path branch',
      filename: 'src/handler.js',
      code: `exports.handler = async (event) => {
  if (event.path === '/hooks') {
    if (event.headers['x-api-key'] !== process.env.HOOK_KEY) return { statusCode: 403, body: '' };
    return receive(event);
  }
  return { statusCode: 404, body: '' };
};`,
    },
  ],
  invalid: [
    {
      name: 'httpMethod read-only guard: Allow added to multiValueHeaders',
      filename: 'src/handler.js',
      code: `exports.handler = async (event) => {
  if (event.httpMethod !== 'GET') {
    return { statusCode: 403, multiValueHeaders: { 'Cache-Control': ['no-store'] }, body: '' };
  }
  return { statusCode: 200, body: JSON.stringify(await report()) };
};`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 3,
          column: 12,
          data: { methods: 'GET', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `exports.handler = async (event) => {
  if (event.httpMethod !== 'GET') {
    return { statusCode: 405, multiValueHeaders: { 'Cache-Control': ['no-store'], Allow: ['GET'] }, body: '' };
  }
  return { statusCode: 200, body: JSON.stringify(await report()) };
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'resource branch with a one-line guard: merged into headers',
      filename: 'src/handler.ts',
      code: `import type { APIGatewayProxyHandler } from 'aws-lambda';
export const handler: APIGatewayProxyHandler = async (event) => {
  if (event.resource === '/reports/{id}') {
    if (event.httpMethod !== 'GET') return { statusCode: 403, headers: { 'Content-Type': 'text/plain' }, body: 'Reports are read-only' };
    return { statusCode: 200, body: JSON.stringify(await report(event.pathParameters!.id)) };
  }
  return { statusCode: 404, body: '' };
};`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 4,
          column: 44,
          data: { methods: 'GET', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import type { APIGatewayProxyHandler } from 'aws-lambda';
export const handler: APIGatewayProxyHandler = async (event) => {
  if (event.resource === '/reports/{id}') {
    if (event.httpMethod !== 'GET') return { statusCode: 405, headers: { 'Content-Type': 'text/plain', Allow: 'GET' }, body: 'Reports are read-only' };
    return { statusCode: 200, body: JSON.stringify(await report(event.pathParameters!.id)) };
  }
  return { statusCode: 404, body: '' };
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'callback form with a method switch',
      filename: 'src/handler.js',
      code: `exports.handler = (event, context, callback) => {
  switch (event.httpMethod) {
    case 'GET':
      return callback(null, { statusCode: 200, body: JSON.stringify(items) });
    case 'POST':
      return callback(null, { statusCode: 201, body: JSON.stringify(add(event.body)) });
    default:
      return callback(null, { statusCode: 403, body: 'Only reading and adding are allowed' });
  }
};`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 8,
          column: 29,
          data: { methods: 'GET, POST', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `exports.handler = (event, context, callback) => {
  switch (event.httpMethod) {
    case 'GET':
      return callback(null, { statusCode: 200, body: JSON.stringify(items) });
    case 'POST':
      return callback(null, { statusCode: 201, body: JSON.stringify(add(event.body)) });
    default:
      return callback(null, { statusCode: 405, body: 'Only reading and adding are allowed', headers: { Allow: 'GET, POST' } });
  }
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'HTTP API v2 method read: nothing after the rejection is known, no fix',
      filename: 'src/handler.mjs',
      code: `export const handler = async (event) => {
  const method = event.requestContext.http.method;
  if (method === 'DELETE') {
    return { statusCode: 403, body: JSON.stringify({ message: 'Reports cannot be deleted' }) };
  }
  return route(event);
};`,
      errors: [
        {
          messageId: 'forbiddenForMethodUnknownMethods',
          line: 4,
          column: 12,
          data: { methods: '', method: 'DELETE' },
          suggestions: [],
        },
      ],
    },
  ],
});
