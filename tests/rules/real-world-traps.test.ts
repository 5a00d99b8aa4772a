/**
 * Shapes found while running the plugin over real public servers that must NOT be reported (each one
 * was a false positive before being fixed). Reduced to the shape, written for this suite.
 */
import missingRoute from '../../rules/no-403-for-missing-route';
import forbiddenForMethod from '../../rules/no-403-for-unsupported-method';
import notImplementedForMethod from '../../rules/no-501-for-unsupported-method';
import requireAllow from '../../rules/require-allow-header';
import { runRuleTests } from '../helpers/rule-tester';

const webhookHandshake = `import express from 'express';
const app = express();
app.get('/hook', (req, res) => {
  if (req.query.verify === process.env.HOOK_TOKEN) return res.send(req.query.challenge);
  res.sendStatus(403);
});
app.post('/hook', receive);`;

runRuleTests('no-403-for-unsupported-method (real-world traps)', forbiddenForMethod, {
  valid: [
    // A token check returns early; the 403 answers the client, not the method.
    webhookHandshake,
    // A CORS preflight refused with 403 is a convention, not a method rejection.
    `import express from 'express';
const app = express();
app.all('/api/data', (req, res) => {
  if (req.method === 'OPTIONS') return res.sendStatus(403);
  res.json(data);
});`,
  ],
  invalid: [],
});

runRuleTests('no-501-for-unsupported-method (real-world traps)', notImplementedForMethod, {
  valid: [
    // The 501 depends on the requested format, not on the method.
    `import express from 'express';
const app = express();
app.get('/reports/:id/export', show);
app.post('/reports/:id/export', (req, res) => {
  if (req.query.format === 'csv') return res.send(toCsv());
  res.status(501).send('Only CSV exports are implemented');
});`,
  ],
  invalid: [],
});

runRuleTests('no-403-for-missing-route (real-world traps)', missingRoute, {
  valid: [
    // Membership and ownership checks load something by a path parameter, but they are authorization.
    `import express from 'express';
const router = express.Router();
router.post('/orgs/:orgId/projects', async (req, res) => {
  const { orgId } = req.params;
  const membership = await findMembership(orgId, req.user.id);
  if (!membership) return res.status(403).json({ error: 'Access denied' });
  res.json(await createProject(orgId, req.body));
});`,
    `import express from 'express';
const router = express.Router();
router.get('/docs/:id', async (req, res) => {
  const isOwner = await docs.isOwner(req.params.id, req.user.id);
  if (!isOwner) return res.sendStatus(403);
  res.json(await docs.get(req.params.id));
});`,
    // "Not found" about the client's credentials.
    `import express from 'express';
const app = express();
app.use((req, res, next) => {
  if (!req.headers.token) return res.status(403).json({ message: 'Token not found' });
  next();
});
app.get('/links/:id', async (req, res) => {
  const view = await views.bySession(req.cookies.sid);
  if (!view?.viewerEmail) return res.status(403).json({ message: 'Viewer email not found' });
  res.json(view);
});`,
    // An authentication gate after a path check: the 403 is reached for existing pages.
    `import { NextResponse, type NextRequest } from 'next/server';
export function middleware(req: NextRequest) {
  if (req.nextUrl.pathname === '/login') return NextResponse.next();
  if (req.cookies.get('token')) return NextResponse.next();
  return new NextResponse('Forbidden', { status: 403 });
}`,
    // A catch-all registered first answers every request (first match wins): a closed API, not a missing route.
    `import { Hono } from 'hono';
const app = new Hono();
app.all('*', (c) => c.text('The API is closed for maintenance', 403));
app.get('/books', (c) => c.json([]));`,
    // The client is missing, not the resource.
    `import Router from '@koa/router';
const router = new Router();
router.get('/items/:id', async (ctx) => {
  if (!ctx.state.user) ctx.throw(403, 'User not found');
  ctx.body = await items.get(ctx.params.id);
});`,
    // Plain middleware before, and routes on another app: the closing use() is not a not-found handler.
    `import express from 'express';
import cors from 'cors';
function createApi() { const app = express(); app.get('/items', list); return app; }
function createClosedMirror() {
  const app = express();
  app.use(cors());
  app.use((req, res) => res.status(403).send('closed'));
  return app;
}`,
  ],
  invalid: [],
});

runRuleTests('require-allow-header (real-world traps)', requireAllow, {
  valid: [],
  invalid: [
    {
      name: 'a default: entered by fall-through from a case that already answered gets no fix',
      filename: 'pages/api/post.js',
      code: `export default async function handler(req, res) {
  switch (req.method) {
    case 'GET':
      return res.json(await list());
    case 'PUT':
      res.status(200).json(await save(req.body));
    default:
      res.status(405).end();
  }
}`,
      errors: [{ messageId: 'missingAllowHeaderUnknownMethods', line: 8, column: 7, suggestions: [] }],
    },
  ],
});

runRuleTests('require-allow-header (responses that are not Express)', requireAllow, {
  valid: [],
  invalid: [
    {
      name: 'Vercel function: Node setHeader before the statement, never Express .set()',
      filename: 'api/hello.ts',
      code: `import type { VercelRequest, VercelResponse } from '@vercel/node';
export default function handler(req: VercelRequest, res: VercelResponse) {
  if (req.method !== 'GET') {
    return res.status(405).json({ error: 'Method Not Allowed' });
  }
  return res.json({ hello: 'world' });
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 12,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import type { VercelRequest, VercelResponse } from '@vercel/node';
export default function handler(req: VercelRequest, res: VercelResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).json({ error: 'Method Not Allowed' });
  }
  return res.json({ hello: 'world' });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'one-line guard in a Next.js pages API route: setHeader chained before status',
      filename: 'pages/api/items.ts',
      code: `export default function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  res.json(create(req.body));
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 2,
          column: 37,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `export default function handler(req, res) {
  if (req.method !== 'POST') return res.setHeader('Allow', ['POST']).status(405).end();
  res.json(create(req.body));
}`,
            },
          ],
        },
      ],
    },
  ],
});

runRuleTests('require-allow-header (Remix re-exporters)', requireAllow, {
  valid: [],
  invalid: [
    {
      name: "json() re-exported by Hydrogen's @shopify/remix-oxygen",
      filename: 'app/routes/cart.tsx',
      code: `import { json } from '@shopify/remix-oxygen';
export async function action({ request }) {
  if (request.method !== 'POST') return json({ error: 'Method not allowed' }, { status: 405 });
  return json(await addToCart(request));
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 3,
          column: 41,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { json } from '@shopify/remix-oxygen';
export async function action({ request }) {
  if (request.method !== 'POST') return json({ error: 'Method not allowed' }, { status: 405, headers: { Allow: 'POST' } });
  return json(await addToCart(request));
}`,
            },
          ],
        },
      ],
    },
  ],
});

runRuleTests('require-allow-header (files without semicolons)', requireAllow, {
  valid: [],
  invalid: [
    {
      name: 'the inserted statement follows the file: no semicolon',
      filename: 'pages/api/post.js',
      code: `export default async function handler(req, res) {
  if (req.method === 'GET') return res.json(await list())
  res.status(405).end()
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `export default async function handler(req, res) {
  if (req.method === 'GET') return res.json(await list())
  res.setHeader('Allow', ['GET'])
  res.status(405).end()
}`,
            },
          ],
        },
      ],
    },
  ],
});

runRuleTests('no-403-for-missing-route (resource names that are not permissions)', missingRoute, {
  valid: [],
  invalid: [
    {
      name: "a model named User and a variable named author are lookups, not the client's identity",
      code: `import express from 'express';
const app = express();
app.get('/authors/:id', async (req, res) => {
  const author = await User.findById(req.params.id);
  if (!author) return res.sendStatus(403);
  res.json(author);
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 5,
          column: 23,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import express from 'express';
const app = express();
app.get('/authors/:id', async (req, res) => {
  const author = await User.findById(req.params.id);
  if (!author) return res.sendStatus(404);
  res.json(author);
});`,
            },
          ],
        },
      ],
    },
  ],
});

runRuleTests('no-403-for-missing-route (Lambda route keys of one path)', missingRoute, {
  valid: [
    // The keys all name /pets: the default answers an unsupported method, not a missing route.
    {
      filename: 'src/pets.ts',
      code: `import type { APIGatewayProxyEventV2 } from 'aws-lambda';
export const handler = async (event: APIGatewayProxyEventV2) => {
  switch (event.routeKey) {
    case 'GET /pets':
      return { statusCode: 200, body: '[]' };
    case 'POST /pets':
      return { statusCode: 201, body: '{}' };
    default:
      return { statusCode: 403, body: 'Forbidden' };
  }
};`,
    },
  ],
  invalid: [],
});
