import rule from '../../rules/require-allow-header';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('require-allow-header (fetch)', rule, {
  valid: [
    // Allow in the init (any spelling, any HeadersInit form) or set on the stored response.
    `export default {
  fetch(request: Request) {
    if (request.method !== 'GET') return new Response(null, { status: 405, headers: { allow: 'GET' } });
    return new Response('ok');
  },
};`,
    `Deno.serve((req) => req.method === 'GET' ? new Response('ok') : new Response(null, { status: 405, headers: new Headers({ Allow: 'GET' }) }));`,
    `Bun.serve({
  fetch(req) {
    if (req.method === 'GET') return new Response('ok');
    const res = new Response(null, { status: 405 });
    res.headers.append('Allow', 'GET');
    return res;
  },
});`,
    // Headers not statically known: identifier, call, spread in headers or in the init.
    `export default {
  fetch(request: Request) {
    if (request.method !== 'GET') return new Response(null, { status: 405, headers: corsHeaders });
    return new Response('ok');
  },
};`,
    `export function reject() { return Response.json({ error: 'nope' }, { status: 405, headers: withCors({}) }); }`,
    `export function reject(init: ResponseInit) { return new Response(null, { ...init, status: 405 }); }`,
    // 405 only inside a JSON body; dynamic statuses; other statuses.
    `export function info() { return Response.json({ status: 405, message: 'documented error code' }); }`,
    `export function info() { return new Response(JSON.stringify({ status: 405 }), { headers: { 'Content-Type': 'application/json' } }); }`,
    `export function relay(upstream: Response) { return new Response(upstream.body, { status: upstream.status }); }`,
    `export default { fetch: () => new Response('Not Found', { status: 404 }) };`,
    // Client code, caches, test doubles, local Response classes.
    `const res = await fetch('/api/items', { method: 'PUT' }); if (res.status === 405) showReadOnly();`,
    `await cache.put(request, new Response(null, { status: 405 }));`,
    {
      filename: 'src/client.test.ts',
      code: `globalThis.fetch = vi.fn(async () => new Response(null, { status: 405 }));`,
    },
    `import { http, HttpResponse } from 'msw';
export const handlers = [http.put('/api/items', () => new Response(null, { status: 405 }))];`,
    `class Response { constructor(readonly body: unknown, readonly init: { status: number }) {} }
export const reply = () => new Response(null, { status: 405 });`,
    // Remix json with Allow in a tuple list.
    `import { json } from '@remix-run/node';
export async function action({ request }) {
  if (request.method !== 'POST') return json({ error: 'Use POST' }, { status: 405, headers: [['Allow', 'POST']] });
  return json(await save(request));
}`,
  ],
  invalid: [
    {
      name: 'Worker: method switch default, merged into new Headers({...})',
      filename: 'src/worker.ts',
      code: `export default {
  async fetch(request: Request): Promise<Response> {
    switch (request.method) {
      case 'GET':
      case 'HEAD':
        return new Response('doc');
      case 'PUT':
        return save(request);
      default:
        return new Response('Method Not Allowed', { status: 405, headers: new Headers({ 'Content-Type': 'text/plain' }) });
    }
  },
};`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 10,
          column: 16,
          data: { methods: 'GET, HEAD, PUT' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              data: { methods: 'GET, HEAD, PUT' },
              output: `export default {
  async fetch(request: Request): Promise<Response> {
    switch (request.method) {
      case 'GET':
      case 'HEAD':
        return new Response('doc');
      case 'PUT':
        return save(request);
      default:
        return new Response('Method Not Allowed', { status: 405, headers: new Headers({ 'Content-Type': 'text/plain', Allow: 'GET, HEAD, PUT' }) });
    }
  },
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'Deno.serve: headers added to the init, double quotes kept',
      code: `Deno.serve((req) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return new Response("Method Not Allowed", { status: 405 });
  }
  return new Response("hello");
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 3,
          column: 12,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `Deno.serve((req) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return new Response("Method Not Allowed", { status: 405, headers: { Allow: "GET, HEAD" } });
  }
  return new Response("hello");
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Bun: a response kept in a variable; a status constant',
      code: `import { StatusCodes } from 'http-status-codes';
Bun.serve({
  fetch(req) {
    if (req.method === 'POST') return ingest(req);
    const res = Response.json({ error: 'Use POST' }, { status: StatusCodes.METHOD_NOT_ALLOWED });
    res.headers.set('Cache-Control', 'no-store');
    return res;
  },
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 5,
          column: 17,
          data: { methods: 'POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { StatusCodes } from 'http-status-codes';
Bun.serve({
  fetch(req) {
    if (req.method === 'POST') return ingest(req);
    const res = Response.json({ error: 'Use POST' }, { status: StatusCodes.METHOD_NOT_ALLOWED, headers: { Allow: 'POST' } });
    res.headers.set('Cache-Control', 'no-store');
    return res;
  },
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'service worker respondWith; a tuple list gets one more pair',
      code: `addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') {
    event.respondWith(new Response(null, { status: 405, headers: [['content-type', 'text/plain']] }));
  }
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 3,
          column: 23,
          data: { methods: 'GET' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') {
    event.respondWith(new Response(null, { status: 405, headers: [['content-type', 'text/plain'], ['allow', 'GET']] }));
  }
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'React Router: an action that refuses writes next to a loader',
      filename: 'app/routes/items.$id.ts',
      code: `import { data } from 'react-router';
export async function loader({ params }) {
  return data(await findItem(params.id));
}
export async function action() {
  throw data({ error: 'Items are read-only' }, { status: 405 });
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 9,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { data } from 'react-router';
export async function loader({ params }) {
  return data(await findItem(params.id));
}
export async function action() {
  throw data({ error: 'Items are read-only' }, { status: 405, headers: { Allow: 'GET, HEAD' } });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'Remix: a thrown Response in a guarded action',
      filename: 'app/routes/webhook.ts',
      code: `import type { ActionFunctionArgs } from '@remix-run/node';
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== 'POST') {
    throw new Response('Use POST', { status: 405 });
  }
  return handle(await request.json());
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 11,
          data: { methods: 'POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import type { ActionFunctionArgs } from '@remix-run/node';
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== 'POST') {
    throw new Response('Use POST', { status: 405, headers: { Allow: 'POST' } });
  }
  return handle(await request.json());
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'Remix json with a bare status: reported, no suggestion (the number must become an init)',
      filename: 'app/routes/items.ts',
      code: `import { json } from '@remix-run/node';
export async function loader() { return json(await list()); }
export async function action() {
  return json({ error: 'read-only' }, 405);
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 10,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { json } from '@remix-run/node';
export async function loader() { return json(await list()); }
export async function action() {
  return json({ error: 'read-only' }, { status: 405, headers: { Allow: 'GET, HEAD' } });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'an init shared by reference: reported, not edited',
      code: `const METHOD_NOT_ALLOWED = { status: 405 };
export default {
  fetch(request: Request) {
    if (request.method === 'GET') return new Response('ok');
    return new Response(null, METHOD_NOT_ALLOWED);
  },
};`,
      errors: [{ messageId: 'missingAllowHeader', line: 5, column: 12, data: { methods: 'GET' }, suggestions: [] }],
    },
    {
      name: 'a shared helper: the methods are not known',
      code: `export const methodNotAllowed = () => new Response('Method Not Allowed', { status: 405 });`,
      errors: [{ messageId: 'missingAllowHeaderUnknownMethods', line: 1, column: 39, suggestions: [] }],
    },
  ],
});
