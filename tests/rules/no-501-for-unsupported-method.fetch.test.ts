/**
 * no-501-for-unsupported-method on Web fetch handlers: Workers, Deno, Bun (HTTP-SEMANTICS.md B.4). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-501-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-501-for-unsupported-method (fetch)', rule, {
  valid: [
    {
      name: 'server-wide guard at the top of fetch (no path context)',
      filename: 'src/worker.ts',
      code: `const IMPLEMENTED = new Set(['GET', 'HEAD', 'POST']);
export default {
  async fetch(request: Request): Promise<Response> {
    if (!IMPLEMENTED.has(request.method)) return new Response('Not Implemented', { status: 501 });
    return route(request);
  },
};`,
    },
    {
      name: 'a path branch that answers 501 to every method',
      filename: 'src/worker.ts',
      code: `export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/api/exports') {
      return Response.json({ error: 'Exports are coming soon' }, { status: 501 });
    }
    return route(request);
  },
};`,
    },
    {
      name: '501 for an unsupported request feature in a path branch',
      code: `Deno.serve(async (req) => {
  const { pathname } = new URL(req.url);
  if (pathname === '/uploads') {
    if (req.headers.get('content-encoding') === 'br') return new Response(null, { status: 501 });
    return save(req);
  }
  return new Response('Not Found', { status: 404 });
});`,
    },
  ],
  invalid: [
    {
      name: 'Worker: method early returns inside a URL path branch',
      filename: 'src/worker.ts',
      code: `export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/api/items') {
      if (request.method === 'GET') return Response.json(await listItems(env));
      if (request.method === 'POST') return Response.json(await createItem(env, await request.json()), { status: 201 });
      return new Response('Not Implemented', { status: 501 });
    }
    return new Response('Not Found', { status: 404 });
  },
};`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 7,
          column: 14,
          data: { methods: 'GET, POST', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/api/items') {
      if (request.method === 'GET') return Response.json(await listItems(env));
      if (request.method === 'POST') return Response.json(await createItem(env, await request.json()), { status: 201 });
      return new Response('Not Implemented', { status: 405, headers: { Allow: 'GET, POST' } });
    }
    return new Response('Not Found', { status: 404 });
  },
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'switch on the pathname: a method guard in one case, headers merged',
      filename: 'src/worker.ts',
      code: `export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    switch (url.pathname) {
      case '/api/health':
        if (request.method !== 'GET') {
          return new Response(null, { status: 501, headers: { 'Cache-Control': 'no-store' } });
        }
        return new Response('ok');
      default:
        return new Response('Not Found', { status: 404 });
    }
  },
};`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 7,
          column: 18,
          data: { methods: 'GET', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    switch (url.pathname) {
      case '/api/health':
        if (request.method !== 'GET') {
          return new Response(null, { status: 405, headers: { 'Cache-Control': 'no-store', Allow: 'GET' } });
        }
        return new Response('ok');
      default:
        return new Response('Not Found', { status: 404 });
    }
  },
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'Bun.serve fetch with a prefix test and a destructured method',
      code: `Bun.serve({
  async fetch(req) {
    const { method } = req;
    const url = new URL(req.url);
    if (url.pathname.startsWith('/files/')) {
      if (method !== 'GET' && method !== 'HEAD') return Response.json({ error: 'Not implemented' }, { status: 501 });
      return serveFile(url.pathname);
    }
    return new Response('Not Found', { status: 404 });
  },
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 6,
          column: 57,
          data: { methods: 'GET, HEAD', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `Bun.serve({
  async fetch(req) {
    const { method } = req;
    const url = new URL(req.url);
    if (url.pathname.startsWith('/files/')) {
      if (method !== 'GET' && method !== 'HEAD') return Response.json({ error: 'Not implemented' }, { status: 405, headers: { Allow: 'GET, HEAD' } });
      return serveFile(url.pathname);
    }
    return new Response('Not Found', { status: 404 });
  },
});`,
            },
          ],
        },
      ],
    },
  ],
});
