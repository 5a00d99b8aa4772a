import rule from '../../rules/no-403-for-missing-route';
import { runRuleTests } from '../helpers/rule-tester';

// SvelteKit: handle() when event.route.id is null, and lookups by params in +server.ts.

runRuleTests('no-403-for-missing-route (sveltekit)', rule, {
  valid: [
    {
      name: 'hooks: a role check on a path prefix',
      filename: 'src/hooks.server.ts',
      code: `import { error, type Handle } from '@sveltejs/kit';

export const handle: Handle = async ({ event, resolve }) => {
  if (event.url.pathname.startsWith('/admin') && !event.locals.user?.admin) error(403, 'Admins only');
  return resolve(event);
};`,
    },
    {
      name: 'hooks: no route matched, but 403 only under another condition',
      filename: 'src/hooks.server.ts',
      code: `import { error, type Handle } from '@sveltejs/kit';

export const handle: Handle = async ({ event, resolve }) => {
  if (event.route.id === null && event.url.pathname.startsWith('/internal')) error(403, 'Forbidden');
  return resolve(event);
};`,
    },
    {
      name: '+server.ts: role check and a feature flag',
      filename: 'src/routes/api/admin/+server.ts',
      code: `import { error, json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';

export async function POST({ locals }) {
  if (!locals.user?.roles.includes('admin')) error(403, 'Admins only');
  if (env.ADMIN_WRITES !== 'on') error(403, 'Admin writes are disabled');
  return json(await runJob());
}`,
    },
    {
      name: '+server.ts: ownership check',
      filename: 'src/routes/api/accounts/[id]/+server.ts',
      code: `import { error } from '@sveltejs/kit';

export async function DELETE({ params, locals }) {
  const target = await db.accounts.find(params.id);
  if (!target) error(404);
  if (target.ownerId !== locals.user.id) error(403, 'Not yours');
  await db.accounts.remove(params.id);
  return new Response(null, { status: 204 });
}`,
    },
    {
      name: '+server.ts: membership lookup is a permission check',
      filename: 'src/routes/api/orgs/[org]/+server.ts',
      code: `import { error, json } from '@sveltejs/kit';

export async function GET({ params, locals }) {
  const membership = await db.members.find(params.org, locals.user.id);
  if (!membership) error(403);
  return json(await db.orgs.get(params.org));
}`,
    },
    {
      name: '+server.ts: path traversal guard in a rest parameter',
      filename: 'src/routes/files/[...path]/+server.ts',
      code: `import { error } from '@sveltejs/kit';

export async function GET({ params }) {
  if (params.path.split('/').includes('..')) error(403, 'Forbidden');
  return new Response(await read(params.path));
}`,
    },
  ],
  invalid: [
    {
      name: 'hooks: error(403) when event.route.id === null',
      filename: 'src/hooks.server.ts',
      code: `import { error, type Handle } from '@sveltejs/kit';

export const handle: Handle = async ({ event, resolve }) => {
  if (event.route.id === null) {
    error(403, 'Forbidden');
  }
  return resolve(event);
};`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 5,
          column: 5,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { error, type Handle } from '@sveltejs/kit';

export const handle: Handle = async ({ event, resolve }) => {
  if (event.route.id === null) {
    error(404, 'Forbidden');
  }
  return resolve(event);
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'hooks: a Response with status 403 when !event.route.id',
      filename: 'src/hooks.server.ts',
      code: `import type { Handle } from '@sveltejs/kit';

export const handle: Handle = async ({ event, resolve }) => {
  if (!event.route.id) return new Response('Forbidden', { status: 403 });
  return resolve(event);
};`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 4,
          column: 31,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import type { Handle } from '@sveltejs/kit';

export const handle: Handle = async ({ event, resolve }) => {
  if (!event.route.id) return new Response('Forbidden', { status: 404 });
  return resolve(event);
};`,
            },
          ],
        },
      ],
    },
    {
      name: '+server.ts: lookup miss with error(403)',
      filename: 'src/routes/api/posts/[slug]/+server.ts',
      code: `import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
  const post = await db.posts.find(params.slug);
  if (!post) error(403);
  return json(post);
};`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 6,
          column: 14,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
  const post = await db.posts.find(params.slug);
  if (!post) error(404);
  return json(post);
};`,
            },
          ],
        },
      ],
    },
    {
      name: '+server.ts: lookup miss with json(…, { status: 403 })',
      filename: 'src/routes/api/items/[id]/+server.ts',
      code: `import { json } from '@sveltejs/kit';

export async function GET({ params, locals }) {
  const item = await locals.db.items.get(params.id);
  if (!item) return json({ message: 'Forbidden' }, { status: 403 });
  return json(item);
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 5,
          column: 21,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { json } from '@sveltejs/kit';

export async function GET({ params, locals }) {
  const item = await locals.db.items.get(params.id);
  if (!item) return json({ message: 'Forbidden' }, { status: 404 });
  return json(item);
}`,
            },
          ],
        },
      ],
    },
    {
      name: '+server.ts: thrown error(403) whose message says not found',
      filename: 'src/routes/api/books/[id]/+server.ts',
      code: `import { error, json } from '@sveltejs/kit';

export async function GET({ params }) {
  const book = await books.byIsbn(params.id);
  if (book === undefined) throw error(403, 'Book not found');
  return json(book);
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 5,
          column: 33,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { error, json } from '@sveltejs/kit';

export async function GET({ params }) {
  const book = await books.byIsbn(params.id);
  if (book === undefined) throw error(404, 'Book not found');
  return json(book);
}`,
            },
          ],
        },
      ],
    },
  ],
});
