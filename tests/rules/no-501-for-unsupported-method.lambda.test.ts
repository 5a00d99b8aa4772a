/**
 * no-501-for-unsupported-method on AWS Lambda proxy results (HTTP-SEMANTICS.md B.6). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-501-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-501-for-unsupported-method (lambda)', rule, {
  valid: [
    {
      name: 'a method filter with no path context is server-wide',
      filename: 'src/handler.js',
      code: `exports.handler = async (event) => {
  if (!['GET', 'POST'].includes(event.httpMethod)) {
    return { statusCode: 501, body: JSON.stringify({ message: 'Not implemented' }) };
  }
  return route(event);
};`,
    },
    {
      name: 'a stub answering 501 whatever the method',
      filename: 'src/handler.js',
      code: `exports.handler = async (event) => {
  if (event.path === '/exports') {
    return { statusCode: 501, body: JSON.stringify({ message: 'Exports are coming soon' }) };
  }
  return route(event);
};`,
    },
    {
      name: '501 for an unsupported request feature',
      filename: 'src/handler.ts',
      code: `import type { APIGatewayProxyHandler } from 'aws-lambda';
export const handler: APIGatewayProxyHandler = async (event) => {
  if (event.resource === '/uploads') {
    if (event.headers['content-encoding'] === 'br') return { statusCode: 501, body: '' };
    return save(event);
  }
  return { statusCode: 404, body: '' };
};`,
    },
  ],
  invalid: [
    {
      name: 'httpMethod early returns inside a path branch: headers added',
      filename: 'src/handler.ts',
      code: `import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  if (event.path === '/items') {
    if (event.httpMethod === 'GET') return { statusCode: 200, body: JSON.stringify(await listItems()) };
    if (event.httpMethod === 'POST') return { statusCode: 201, body: JSON.stringify(await createItem(event.body)) };
    return { statusCode: 501, body: JSON.stringify({ message: 'Not implemented' }) };
  }
  return { statusCode: 404, body: '' };
};`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 7,
          column: 12,
          data: { methods: 'GET, POST', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  if (event.path === '/items') {
    if (event.httpMethod === 'GET') return { statusCode: 200, body: JSON.stringify(await listItems()) };
    if (event.httpMethod === 'POST') return { statusCode: 201, body: JSON.stringify(await createItem(event.body)) };
    return { statusCode: 405, body: JSON.stringify({ message: 'Not implemented' }), headers: { Allow: 'GET, POST' } };
  }
  return { statusCode: 404, body: '' };
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'default of a switch on httpMethod in a resource branch: merged into headers',
      filename: 'src/handler.ts',
      code: `import type { APIGatewayProxyHandler } from 'aws-lambda';

export const handler: APIGatewayProxyHandler = async (event) => {
  if (event.resource === '/reports/{id}') {
    switch (event.httpMethod) {
      case 'GET':
        return { statusCode: 200, body: JSON.stringify(await report(event.pathParameters!.id)) };
      case 'DELETE':
        return { statusCode: 204, body: '' };
      default:
        return { statusCode: 501, headers: { 'Content-Type': 'application/json' }, body: '{"message":"Not implemented"}' };
    }
  }
  return { statusCode: 404, body: '' };
};`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 11,
          column: 16,
          data: { methods: 'GET, DELETE', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import type { APIGatewayProxyHandler } from 'aws-lambda';

export const handler: APIGatewayProxyHandler = async (event) => {
  if (event.resource === '/reports/{id}') {
    switch (event.httpMethod) {
      case 'GET':
        return { statusCode: 200, body: JSON.stringify(await report(event.pathParameters!.id)) };
      case 'DELETE':
        return { statusCode: 204, body: '' };
      default:
        return { statusCode: 405, headers: { 'Content-Type': 'application/json', Allow: 'GET, DELETE' }, body: '{"message":"Not implemented"}' };
    }
  }
  return { statusCode: 404, body: '' };
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'multiValueHeaders only: Allow as an array',
      filename: 'src/handler.js',
      code: `exports.handler = async (event) => {
  if (event.path === '/feed') {
    if (event.httpMethod !== 'GET') {
      return { statusCode: 501, multiValueHeaders: { 'Cache-Control': ['no-store'] }, body: '' };
    }
    return { statusCode: 200, body: await renderFeed() };
  }
  return { statusCode: 404, body: '' };
};`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 4,
          column: 14,
          data: { methods: 'GET', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `exports.handler = async (event) => {
  if (event.path === '/feed') {
    if (event.httpMethod !== 'GET') {
      return { statusCode: 405, multiValueHeaders: { 'Cache-Control': ['no-store'], Allow: ['GET'] }, body: '' };
    }
    return { statusCode: 200, body: await renderFeed() };
  }
  return { statusCode: 404, body: '' };
};`,
            },
          ],
        },
      ],
    },
  ],
});
