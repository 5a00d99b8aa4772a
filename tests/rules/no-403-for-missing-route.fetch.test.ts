import rule from '../../rules/no-403-for-missing-route';
import { runRuleTests } from '../helpers/rule-tester';

// Web fetch handlers (Workers, Deno, Bun, service workers): the fall-through after dispatching on the URL path.

runRuleTests('no-403-for-missing-route (fetch)', rule, {
  valid: [
    {
      name: 'API key check before the path dispatch',
      code: `export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.headers.get('x-api-key') !== env.API_KEY) return new Response('Forbidden', { status: 403 });
    const url = new URL(request.url);
    if (url.pathname === '/') return new Response('home');
    return new Response('Not found', { status: 404 });
  },
};`,
    },
    {
      name: 'a path test combined with a role check',
      code: `export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/') return new Response('home');
    if (url.pathname.startsWith('/admin') && !isAdmin(request)) return new Response('Forbidden', { status: 403 });
    return new Response('Not found', { status: 404 });
  },
};`,
    },
    {
      name: 'path traversal guard',
      code: `export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname.includes('..')) return new Response('Forbidden', { status: 403 });
    return env.ASSETS.fetch(request);
  },
};`,
    },
    {
      name: 'a 403 inside the branch of a known path',
      code: `export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/admin') {
      if (!request.headers.get('cookie')?.includes('admin=1')) return new Response('Forbidden', { status: 403 });
      return new Response('admin');
    }
    return new Response('Not found', { status: 404 });
  },
};`,
    },
    {
      name: 'feature flag inside a known path',
      code: `export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/beta') {
      if (env.BETA !== 'on') return new Response('Beta is closed', { status: 403 });
      return new Response('beta');
    }
    return new Response(null, { status: 404 });
  },
};`,
    },
    {
      name: 'the fall-through already answers 404',
      code: `Deno.serve((req) => {
  const { pathname } = new URL(req.url);
  if (pathname === '/') return new Response('home');
  return new Response('Not found', { status: 404 });
});`,
    },
  ],
  invalid: [
    {
      name: 'Worker: fall-through after early returns per path',
      code: `export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/') return new Response('home');
    if (url.pathname === '/health') return new Response('ok');
    return new Response('Forbidden', { status: 403 });
  },
};`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 6,
          column: 12,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/') return new Response('home');
    if (url.pathname === '/health') return new Response('ok');
    return new Response('Forbidden', { status: 404 });
  },
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'Worker: default of a switch on the pathname, Response.json with headers',
      code: `export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(request.url);
    switch (pathname) {
      case '/api/items':
        return Response.json(await env.DB.prepare('select * from items').all());
      default:
        return Response.json({ error: 'Forbidden' }, { status: 403, headers: { 'Cache-Control': 'no-store' } });
    }
  },
};`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 8,
          column: 16,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(request.url);
    switch (pathname) {
      case '/api/items':
        return Response.json(await env.DB.prepare('select * from items').all());
      default:
        return Response.json({ error: 'Forbidden' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
    }
  },
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'Deno.serve: final else after an else-if chain on the path',
      code: `Deno.serve((req) => {
  const path = new URL(req.url).pathname;
  if (path.startsWith('/static/')) return serveDir(req);
  else if (path === '/api') return api(req);
  else return new Response(null, { status: 403 });
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 5,
          column: 15,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `Deno.serve((req) => {
  const path = new URL(req.url).pathname;
  if (path.startsWith('/static/')) return serveDir(req);
  else if (path === '/api') return api(req);
  else return new Response(null, { status: 404 });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Service Worker syntax: fall-through in the fetch listener helper',
      filename: 'src/worker.js',
      code: `addEventListener('fetch', (event) => {
  event.respondWith(handle(event.request));
});
async function handle(request) {
  const url = new URL(request.url);
  if (url.pathname === '/') return new Response('home');
  return new Response('Forbidden', { status: 403 });
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 7,
          column: 10,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `addEventListener('fetch', (event) => {
  event.respondWith(handle(event.request));
});
async function handle(request) {
  const url = new URL(request.url);
  if (url.pathname === '/') return new Response('home');
  return new Response('Forbidden', { status: 404 });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'status constant in the fall-through',
      code: `import { STATUS_CODE } from 'jsr:@std/http/status';
Deno.serve((req) => {
  const { pathname } = new URL(req.url);
  if (pathname === '/') return new Response('home');
  return new Response('Forbidden', { status: STATUS_CODE.Forbidden });
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 5,
          column: 10,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { STATUS_CODE } from 'jsr:@std/http/status';
Deno.serve((req) => {
  const { pathname } = new URL(req.url);
  if (pathname === '/') return new Response('home');
  return new Response('Forbidden', { status: STATUS_CODE.NotFound });
});`,
            },
          ],
        },
      ],
    },
  ],
});
