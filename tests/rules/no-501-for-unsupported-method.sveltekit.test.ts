/**
 * no-501-for-unsupported-method on SvelteKit +server endpoints (HTTP-SEMANTICS.md B.13). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-501-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-501-for-unsupported-method (sveltekit)', rule, {
  valid: [
    {
      name: 'an endpoint whose only export is a stub',
      filename: 'src/routes/exports/+server.ts',
      code: `import { error } from '@sveltejs/kit';

export const POST = () => {
  error(501, 'Exports are coming soon');
};`,
    },
    {
      name: '501 for an unsupported request feature',
      filename: 'src/routes/items/+server.ts',
      code: `import { error, json } from '@sveltejs/kit';

export const GET = async () => json(await listItems());

export const POST = async ({ request }) => {
  if (request.headers.get('content-encoding') === 'br') error(501, 'Brotli is not supported');
  return json(await createItem(await request.json()), { status: 201 });
};`,
    },
    {
      name: 'server hook guarding methods nothing implements (no path context)',
      filename: 'src/hooks.server.ts',
      code: `import { error, type Handle } from '@sveltejs/kit';
const IMPLEMENTED = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
export const handle: Handle = async ({ event, resolve }) => {
  if (!IMPLEMENTED.includes(event.request.method)) error(501, 'Not Implemented');
  return resolve(event);
};`,
    },
  ],
  invalid: [
    {
      name: 'error(501) in a destructured handler: setHeaders added to the pattern and called',
      filename: 'src/routes/items/+server.ts',
      code: `import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => json(await listItems());

export const POST: RequestHandler = async ({ request }) => json(await createItem(await request.json()), { status: 201 });

export const PUT: RequestHandler = async ({ request }) => {
  throw error(501, 'Replacing items is not supported');
};`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 9,
          column: 9,
          data: { methods: 'GET, HEAD, POST', method: 'PUT' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => json(await listItems());

export const POST: RequestHandler = async ({ request }) => json(await createItem(await request.json()), { status: 201 });

export const PUT: RequestHandler = async ({ request, setHeaders }) => {
  setHeaders({ allow: 'GET, HEAD, POST' });
  throw error(405, 'Replacing items is not supported');
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'json(x, { status: 501 }): lowercase allow in the init headers',
      filename: 'src/routes/items/+server.ts',
      code: `import { json } from '@sveltejs/kit';

export async function GET() {
  return json(await listItems());
}

export async function PATCH() {
  return json({ error: 'Not implemented' }, { status: 501 });
}`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 8,
          column: 10,
          data: { methods: 'GET, HEAD', method: 'PATCH' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { json } from '@sveltejs/kit';

export async function GET() {
  return json(await listItems());
}

export async function PATCH() {
  return json({ error: 'Not implemented' }, { status: 405, headers: { allow: 'GET, HEAD' } });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'fallback with a method guard: event.setHeaders before error()',
      filename: 'src/routes/items/+server.ts',
      code: `import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => json(await listItems());

export const fallback: RequestHandler = async (event) => {
  if (event.request.method !== 'GET') {
    error(501, \`\${event.request.method} is not supported\`);
  }
  return json(null);
};`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 8,
          column: 5,
          data: { methods: 'GET, HEAD', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => json(await listItems());

export const fallback: RequestHandler = async (event) => {
  if (event.request.method !== 'GET') {
    event.setHeaders({ allow: 'GET, HEAD' });
    error(405, \`\${event.request.method} is not supported\`);
  }
  return json(null);
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'text(x, { status: 501, headers }) merged into the headers',
      filename: 'src/routes/items/+server.ts',
      code: `import { json, text } from '@sveltejs/kit';

export const GET = async () => json(await listItems());
export const POST = async ({ request }) => json(await createItem(await request.json()), { status: 201 });
export const DELETE = async () => text('Not implemented', { status: 501, headers: { 'cache-control': 'no-store' } });`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 5,
          column: 35,
          data: { methods: 'GET, HEAD, POST', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { json, text } from '@sveltejs/kit';

export const GET = async () => json(await listItems());
export const POST = async ({ request }) => json(await createItem(await request.json()), { status: 201 });
export const DELETE = async () => text('Not implemented', { status: 405, headers: { 'cache-control': 'no-store', allow: 'GET, HEAD, POST' } });`,
            },
          ],
        },
      ],
    },
  ],
});
