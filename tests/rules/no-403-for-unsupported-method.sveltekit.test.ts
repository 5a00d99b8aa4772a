/**
 * no-403-for-unsupported-method on SvelteKit +server endpoints (HTTP-SEMANTICS.md B.13). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-403-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-403-for-unsupported-method (sveltekit)', rule, {
  valid: [
    {
      name: 'user check in an exported handler',
      filename: 'src/routes/items/+server.ts',
      code: `import { error, json } from '@sveltejs/kit';

export const GET = async () => json(await listItems());

export const DELETE = async ({ locals }) => {
  if (!locals.user) error(403, 'Sign in first');
  return json(await removeItems());
};`,
    },
    {
      name: 'role check in an exported handler',
      filename: 'src/routes/items/+server.ts',
      code: `import { json } from '@sveltejs/kit';

export const GET = async () => json(await listItems());

export const PUT = async ({ locals, request }) => {
  if (locals.user?.role !== 'editor') return json({ error: 'Editors only' }, { status: 403 });
  return json(await replaceItems(await request.json()));
};`,
    },
    {
      name: 'CSRF check in a server hook',
      filename: 'src/hooks.server.ts',
      code: `import { error, type Handle } from '@sveltejs/kit';
export const handle: Handle = async ({ event, resolve }) => {
  if (event.request.method !== 'GET' && event.request.headers.get('x-csrf-token') !== event.cookies.get('csrf')) {
    error(403, 'Invalid CSRF token');
  }
  return resolve(event);
};`,
    },
  ],
  invalid: [
    {
      name: 'json(x, { status: 403 }) exported as DELETE next to GET',
      filename: 'src/routes/items/+server.ts',
      code: `import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => json(await listItems());

export const DELETE: RequestHandler = async () => json({ message: 'Items cannot be deleted' }, { status: 403 });`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 6,
          column: 51,
          data: { methods: 'GET, HEAD', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => json(await listItems());

export const DELETE: RequestHandler = async () => json({ message: 'Items cannot be deleted' }, { status: 405, headers: { allow: 'GET, HEAD' } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'fallback refusing PUT with error(403): setHeaders destructured',
      filename: 'src/routes/items/+server.ts',
      code: `import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => json(await listItems());
export const POST: RequestHandler = async ({ request }) => json(await createItem(await request.json()), { status: 201 });

export const fallback: RequestHandler = async ({ request }) => {
  if (request.method === 'PUT') {
    error(403, 'Items cannot be replaced');
  }
  return new Response(null, { status: 404 });
};`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 9,
          column: 5,
          data: { methods: 'GET, HEAD, POST', method: 'PUT' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => json(await listItems());
export const POST: RequestHandler = async ({ request }) => json(await createItem(await request.json()), { status: 201 });

export const fallback: RequestHandler = async ({ request, setHeaders }) => {
  if (request.method === 'PUT') {
    setHeaders({ allow: 'GET, HEAD, POST' });
    error(405, 'Items cannot be replaced');
  }
  return new Response(null, { status: 404 });
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'new Response(null, { status: 403 }) exported as PATCH',
      filename: 'src/routes/items/+server.ts',
      code: `import { json } from '@sveltejs/kit';

export async function GET() {
  return json(await listItems());
}

export async function PATCH() {
  return new Response(null, { status: 403 });
}`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
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
  return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } });
}`,
            },
          ],
        },
      ],
    },
  ],
});
