import rule from '../../rules/require-allow-header';
import { runRuleTests } from '../helpers/rule-tester';

const ENDPOINT = 'src/routes/items/+server.ts';

runRuleTests('require-allow-header (sveltekit)', rule, {
  valid: [
    // Allow through setHeaders (destructured or on the event), or in the init.
    {
      filename: ENDPOINT,
      code: `import { error, json } from '@sveltejs/kit';
export const GET = async () => json(await list());
export const PUT = async ({ setHeaders }) => {
  setHeaders({ allow: 'GET, HEAD' });
  error(405, 'read-only');
};`,
    },
    {
      filename: ENDPOINT,
      code: `import { error, json } from '@sveltejs/kit';
export const GET = async () => json(await list());
export async function PUT(event) {
  event.setHeaders({ Allow: 'GET, HEAD' });
  throw error(405, 'read-only');
}`,
    },
    {
      filename: ENDPOINT,
      code: `import { json } from '@sveltejs/kit';
export const GET = async () => json(await list());
export const DELETE = () => json({ error: 'read-only' }, { status: 405, headers: { allow: 'GET, HEAD' } });`,
    },
    // Headers not statically known.
    {
      filename: ENDPOINT,
      code: `import { text } from '@sveltejs/kit';
import { noStore } from '$lib/headers';
export const GET = () => text('ok');
export const DELETE = () => text('read-only', { status: 405, headers: noStore });`,
    },
    // A local error() helper is not SvelteKit's; 405 only in a body; other statuses.
    {
      filename: ENDPOINT,
      code: `import { json } from '@sveltejs/kit';
const error = (status: number, message: string) => ({ status, message });
export const GET = () => json(error(405, 'documented code'));
export const PUT = () => json({ status: 405 });
export const DELETE = () => json({ error: 'gone' }, { status: 410 });`,
    },
    // Client code in a page.
    {
      filename: 'src/routes/items/+page.ts',
      code: `export async function load({ fetch }) {
  const res = await fetch('/items', { method: 'PUT' });
  return { readOnly: res.status === 405 };
}`,
    },
  ],
  invalid: [
    {
      name: 'error(405) with setHeaders destructured: setHeaders call before it',
      filename: ENDPOINT,
      code: `import { error, json } from '@sveltejs/kit';
export const GET = async () => json(await list());
export const POST = async ({ request }) => json(await create(request), { status: 201 });
export const PUT = async ({ params, setHeaders }) => {
  error(405, \`Item \${params.id} cannot be replaced\`);
};`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 5,
          column: 3,
          data: { methods: 'GET, HEAD, POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              data: { methods: 'GET, HEAD, POST' },
              output: `import { error, json } from '@sveltejs/kit';
export const GET = async () => json(await list());
export const POST = async ({ request }) => json(await create(request), { status: 201 });
export const PUT = async ({ params, setHeaders }) => {
  setHeaders({ allow: 'GET, HEAD, POST' });
  error(405, \`Item \${params.id} cannot be replaced\`);
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'throw error(405) with the event as an identifier',
      filename: ENDPOINT,
      code: `import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
export const GET: RequestHandler = async () => json(await list());
export const DELETE: RequestHandler = async (event) => {
  throw error(405, 'read-only');
};`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 5,
          column: 9,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
export const GET: RequestHandler = async () => json(await list());
export const DELETE: RequestHandler = async (event) => {
  event.setHeaders({ allow: 'GET, HEAD' });
  throw error(405, 'read-only');
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'json init without headers: headers added, lowercase like SvelteKit',
      filename: ENDPOINT,
      code: `import { json } from '@sveltejs/kit';
export function GET() {
  return json(list());
}
export function PATCH() {
  return json({ error: 'Items are immutable' }, { status: 405 });
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 10,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { json } from '@sveltejs/kit';
export function GET() {
  return json(list());
}
export function PATCH() {
  return json({ error: 'Items are immutable' }, { status: 405, headers: { allow: 'GET, HEAD' } });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'fallback export: Allow lists the exported methods; key spelled like its neighbours',
      filename: ENDPOINT,
      code: `import { text } from '@sveltejs/kit';
export const GET = () => text('items');
export const POST = () => text('created', { status: 201 });
export const fallback = () => text('Method Not Allowed', { status: 405, headers: { 'Content-Type': 'text/plain' } });`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 31,
          data: { methods: 'GET, HEAD, POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { text } from '@sveltejs/kit';
export const GET = () => text('items');
export const POST = () => text('created', { status: 201 });
export const fallback = () => text('Method Not Allowed', { status: 405, headers: { 'Content-Type': 'text/plain', Allow: 'GET, HEAD, POST' } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'hooks: event destructured from the handle argument',
      filename: 'src/hooks.server.ts',
      code: `import { error } from '@sveltejs/kit';
export async function handle({ event, resolve }) {
  if (event.request.method !== 'GET' && event.request.method !== 'HEAD') {
    error(405, 'This site is read-only');
  }
  return resolve(event);
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 5,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { error } from '@sveltejs/kit';
export async function handle({ event, resolve }) {
  if (event.request.method !== 'GET' && event.request.method !== 'HEAD') {
    event.setHeaders({ allow: 'GET, HEAD' });
    error(405, 'This site is read-only');
  }
  return resolve(event);
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'error(405) in a handler whose destructured event has no setHeaders: no suggestion (needs a signature edit)',
      filename: ENDPOINT,
      code: `import { error, json } from '@sveltejs/kit';
export const GET = async () => json(await list());
export const PUT = async ({ params }) => {
  error(405, \`Item \${params.id} cannot be replaced\`);
};`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 3,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { error, json } from '@sveltejs/kit';
export const GET = async () => json(await list());
export const PUT = async ({ params, setHeaders }) => {
  setHeaders({ allow: 'GET, HEAD' });
  error(405, \`Item \${params.id} cannot be replaced\`);
};`,
            },
          ],
        },
      ],
    },
  ],
});
