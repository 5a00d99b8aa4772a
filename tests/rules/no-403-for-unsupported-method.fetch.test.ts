/**
 * no-403-for-unsupported-method on Web fetch handlers: Workers, Deno, Bun (HTTP-SEMANTICS.md B.4). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-403-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-403-for-unsupported-method (fetch)', rule, {
  valid: [
    {
      name: 'token check in a path branch',
      filename: 'src/worker.ts',
      code: `export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/api/items') {
      if (request.headers.get('authorization') !== \`Bearer \${env.TOKEN}\`) return new Response(null, { status: 403 });
      return handleItems(request, env);
    }
    return new Response('Not Found', { status: 404 });
  },
};`,
    },
    {
      name: 'CSRF check for unsafe methods',
      filename: 'src/worker.ts',
      code: `export default {
  async fetch(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.headers.get('origin') !== 'https://example.com') {
      return new Response('Cross-site request refused', { status: 403 });
    }
    return route(request);
  },
};`,
    },
    {
      name: 'ownership together with the method',
      code: `Deno.serve(async (req) => {
  const url = new URL(req.url);
  if (url.pathname.startsWith('/posts/')) {
    if (req.method === 'DELETE' && (await currentUser(req)).id !== (await ownerOf(url.pathname))) {
      return new Response(null, { status: 403 });
    }
    return handlePost(req);
  }
  return new Response('Not Found', { status: 404 });
});`,
    },
  ],
  invalid: [
    {
      name: 'Deno.serve: read-only guard inside a path prefix branch',
      code: `Deno.serve(async (req) => {
  const { pathname } = new URL(req.url);
  if (pathname.startsWith('/files/')) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return Response.json({ error: 'Files are read-only' }, { status: 403 });
    }
    return serveFile(req);
  }
  return new Response('Not Found', { status: 404 });
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 5,
          column: 14,
          data: { methods: 'GET, HEAD', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `Deno.serve(async (req) => {
  const { pathname } = new URL(req.url);
  if (pathname.startsWith('/files/')) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return Response.json({ error: 'Files are read-only' }, { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    return serveFile(req);
  }
  return new Response('Not Found', { status: 404 });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Worker: new Headers(…) init gets the Allow entry',
      filename: 'src/worker.ts',
      code: `export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/api/catalog') {
      if (request.method !== 'GET') {
        return new Response('The catalog is read-only', { status: 403, headers: new Headers({ 'Content-Type': 'text/plain' }) });
      }
      return Response.json(catalog);
    }
    return new Response('Not Found', { status: 404 });
  },
};`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 6,
          column: 16,
          data: { methods: 'GET', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/api/catalog') {
      if (request.method !== 'GET') {
        return new Response('The catalog is read-only', { status: 405, headers: new Headers({ 'Content-Type': 'text/plain', Allow: 'GET' }) });
      }
      return Response.json(catalog);
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
      name: 'a positive method test with nothing else known: reported without a fix',
      filename: 'src/worker.ts',
      code: `export default {
  async fetch(request: Request): Promise<Response> {
    if (request.method === 'DELETE') return new Response('Nothing can be deleted here', { status: 403 });
    return route(request);
  },
};`,
      errors: [
        {
          messageId: 'forbiddenForMethodUnknownMethods',
          line: 3,
          column: 45,
          data: { methods: '', method: 'DELETE' },
          suggestions: [],
        },
      ],
    },
  ],
});
