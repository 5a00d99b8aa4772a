import rule from '../../rules/require-allow-header';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('require-allow-header (AWS Lambda)', rule, {
  valid: [
    // Allow in headers, any case, or in multiValueHeaders.
    `export const handler = async (event) => {
  if (event.httpMethod !== 'GET') return { statusCode: 405, headers: { allow: 'GET' }, body: '' };
  return { statusCode: 200, body: 'ok' };
};`,
    `export const handler = async (event) => {
  if (event.httpMethod !== 'GET') return { statusCode: 405, multiValueHeaders: { Allow: ['GET', 'HEAD'] }, body: '' };
  return { statusCode: 200, body: 'ok' };
};`,
    // Allow in a local headers constant spread into the result.
    `const allowGet = { Allow: 'GET' };
export const handler = async (event) => {
  if (event.httpMethod !== 'GET') return { statusCode: 405, headers: { ...allowGet, 'Content-Type': 'text/plain' }, body: '' };
  return { statusCode: 200, body: 'ok' };
};`,
    // Headers not statically known: built by a call, imported, or changed after their declaration.
    `export const handler = async (event) => {
  if (event.httpMethod !== 'GET') return { statusCode: 405, headers: corsHeaders(event), body: '' };
  return { statusCode: 200, body: 'ok' };
};`,
    `import { baseHeaders } from './http';
export const handler = async (event) => {
  if (event.httpMethod !== 'GET') return { statusCode: 405, headers: { ...baseHeaders }, body: '' };
  return { statusCode: 200, body: 'ok' };
};`,
    `const headers = { 'Content-Type': 'application/json' };
headers.Allow = 'GET';
export const handler = async (event) => {
  if (event.httpMethod !== 'GET') return { statusCode: 405, headers, body: '' };
  return { statusCode: 200, body: 'ok' };
};`,
    `export const handler = async (event) => {
  if (event.httpMethod !== 'GET') return { ...defaults, statusCode: 405 };
  return { statusCode: 200, body: 'ok' };
};`,
    // 405 only inside the JSON body, a dynamic status, a helper-built response, a thrown object.
    `export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ statusCode: 405 }) });`,
    `export const handler = async (event) => ({ statusCode: event.httpMethod === 'GET' ? 200 : code, body: '' });`,
    `export const handler = async (event) => {
  if (event.httpMethod !== 'GET') return respond(405, { message: 'Method Not Allowed' });
  return respond(200, await list());
};`,
    `export const handler = async (event) => {
  if (event.httpMethod !== 'GET') throw { statusCode: 405 };
};`,
    // A callback given an error is not a result.
    `exports.handler = (event, context, callback) => {
  callback({ statusCode: 405 });
};`,
    // Test files: mocks and expectations are not responses.
    {
      filename: 'src/handler.test.ts',
      code: `import { handler } from './handler';
const stub = async () => ({ statusCode: 405, body: '' });
it('rejects PUT', async () => {
  expect(await handler({ httpMethod: 'PUT' })).toEqual({ statusCode: 405, body: '' });
});`,
    },
    // Not a Lambda file: a plain object with a statusCode field.
    `export function toResult(error) {
  return { statusCode: 405, body: error.message };
}`,
    // Another framework's handler named `handler`: the object is a JSON body there.
    `export const handler = defineEventHandler((event) => ({ statusCode: 405, body: 'documented code' }));`,
    // Express wrapped by serverless-http: the Express rules apply, not Lambda results.
    `import serverless from 'serverless-http';
import express from 'express';
const app = express();
app.get('/codes', (req, res) => res.json(describe({ statusCode: 405, body: '' })));
export const handler = serverless(app);
function describe(code) { return { statusCode: 405, body: code.body }; }`,
    // Other statuses.
    `export const handler = async (event) => {
  if (event.httpMethod !== 'GET') return { statusCode: 404, body: 'Not Found' };
  return { statusCode: 200, body: 'ok' };
};`,
  ],
  invalid: [
    {
      name: 'REST API handler with a method switch: Allow added to the headers literal',
      code: `import type { APIGatewayProxyHandler } from 'aws-lambda';
export const handler: APIGatewayProxyHandler = async (event) => {
  switch (event.httpMethod) {
    case 'GET':
      return { statusCode: 200, body: JSON.stringify(await listPets()) };
    case 'POST':
      return { statusCode: 201, body: JSON.stringify(await addPet(event.body)) };
    default:
      return {
        statusCode: 405,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ message: 'Method Not Allowed' }),
      };
  }
};`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 9,
          column: 14,
          data: { methods: 'GET, POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              data: { methods: 'GET, POST' },
              output: `import type { APIGatewayProxyHandler } from 'aws-lambda';
export const handler: APIGatewayProxyHandler = async (event) => {
  switch (event.httpMethod) {
    case 'GET':
      return { statusCode: 200, body: JSON.stringify(await listPets()) };
    case 'POST':
      return { statusCode: 201, body: JSON.stringify(await addPet(event.body)) };
    default:
      return {
        statusCode: 405,
        headers: { 'Content-Type': 'application/json', Allow: 'GET, POST' },
        body: JSON.stringify({ message: 'Method Not Allowed' }),
      };
  }
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'HTTP API (payload 2.0) without headers: a headers property is added',
      code: `export async function main(event) {
  const method = event.requestContext.http.method;
  if (method !== 'GET' && method !== 'HEAD') return { statusCode: 405, body: 'Method Not Allowed' };
  return { statusCode: 200, body: await render() };
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 3,
          column: 53,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `export async function main(event) {
  const method = event.requestContext.http.method;
  if (method !== 'GET' && method !== 'HEAD') return { statusCode: 405, body: 'Method Not Allowed', headers: { Allow: 'GET, HEAD' } };
  return { statusCode: 200, body: await render() };
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'callback result with multiValueHeaders only: Allow added there as an array',
      filename: 'src/handler.js',
      code: `exports.handler = function (event, context, callback) {
  const { httpMethod } = event;
  if (httpMethod !== "POST") {
    callback(null, { statusCode: 405, multiValueHeaders: { "Cache-Control": ["no-store"] }, body: "" });
    return;
  }
  callback(null, { statusCode: 202, body: "" });
};`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 20,
          data: { methods: 'POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `exports.handler = function (event, context, callback) {
  const { httpMethod } = event;
  if (httpMethod !== "POST") {
    callback(null, { statusCode: 405, multiValueHeaders: { "Cache-Control": ["no-store"], Allow: ["POST"] }, body: "" });
    return;
  }
  callback(null, { statusCode: 202, body: "" });
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'shorthand headers from a local constant: spread into a literal for this response',
      code: `const headers = { 'Content-Type': 'application/json' };
export const handler = async (event) => {
  if (event.httpMethod === 'DELETE') return { statusCode: 204, headers, body: '' };
  return { statusCode: 405, headers, body: '' };
};`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 10,
          data: { methods: 'DELETE' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `const headers = { 'Content-Type': 'application/json' };
export const handler = async (event) => {
  if (event.httpMethod === 'DELETE') return { statusCode: 204, headers, body: '' };
  return { statusCode: 405, headers: { ...headers, Allow: 'DELETE' }, body: '' };
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'spread of a local constant inside the headers literal',
      code: `const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET' };
export const handler = async (event) => {
  if (event.httpMethod !== 'GET') return { statusCode: 405, headers: { ...cors }, body: '' };
  return { statusCode: 200, headers: cors, body: 'ok' };
};`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 3,
          column: 42,
          data: { methods: 'GET' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET' };
export const handler = async (event) => {
  if (event.httpMethod !== 'GET') return { statusCode: 405, headers: { ...cors, Allow: 'GET' }, body: '' };
  return { statusCode: 200, headers: cors, body: 'ok' };
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'routeKey switch over one path: the cases are the methods',
      code: `export const handler = async (event) => {
  switch (event.routeKey) {
    case 'GET /pets':
      return { statusCode: 200, body: JSON.stringify(await listPets()) };
    case 'POST /pets':
      return { statusCode: 201, body: '' };
    default:
      return { statusCode: 405, body: 'Method Not Allowed' };
  }
};`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 8,
          column: 14,
          data: { methods: 'GET, POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `export const handler = async (event) => {
  switch (event.routeKey) {
    case 'GET /pets':
      return { statusCode: 200, body: JSON.stringify(await listPets()) };
    case 'POST /pets':
      return { statusCode: 201, body: '' };
    default:
      return { statusCode: 405, body: 'Method Not Allowed', headers: { Allow: 'GET, POST' } };
  }
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'routeKey switch over several paths: methods unknown',
      code: `export const handler = async (event) => {
  switch (event.routeKey) {
    case 'GET /pets':
      return { statusCode: 200, body: '' };
    case 'GET /owners':
      return { statusCode: 200, body: '' };
    default:
      return { statusCode: 405, body: '' };
  }
};`,
      errors: [{ messageId: 'missingAllowHeaderUnknownMethods', line: 8, column: 14, suggestions: [] }],
    },
    {
      name: 'headers given as a named constant: reported without a suggestion',
      code: `const jsonHeaders = { 'Content-Type': 'application/json' };
export const handler = async (event) => {
  if (event.httpMethod !== 'PUT') return { statusCode: 405, headers: jsonHeaders, body: '{}' };
  return { statusCode: 200, headers: jsonHeaders, body: await save(event) };
};`,
      errors: [{ messageId: 'missingAllowHeader', line: 3, column: 42, suggestions: [] }],
    },
    {
      name: 'a helper returning a literal result: methods unknown',
      code: `import type { APIGatewayProxyResult } from 'aws-lambda';
export function methodNotAllowed(): APIGatewayProxyResult {
  return { statusCode: 405, body: 'Method Not Allowed' };
}`,
      errors: [{ messageId: 'missingAllowHeaderUnknownMethods', line: 3, column: 10, suggestions: [] }],
    },
  ],
});
