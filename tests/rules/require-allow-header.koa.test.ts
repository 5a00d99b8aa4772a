import rule from '../../rules/require-allow-header';
import { runRuleTests } from '../helpers/rule-tester';

const ROUTER = `import Router from '@koa/router';
const router = new Router();
router.get('/items', list);
router.post('/items', create);
`;

runRuleTests('require-allow-header (koa)', rule, {
  valid: [
    // Allow set on the context next to a status assignment (any spelling, before or after).
    `${ROUTER}router.all('/items', (ctx) => { ctx.set('Allow', 'GET, HEAD, POST'); ctx.status = 405; });`,
    `${ROUTER}router.all('/items', (ctx) => { ctx.status = 405; ctx.response.set({ allow: 'GET' }); });`,
    // Allow travels in the error's headers, which Koa's onerror applies.
    `${ROUTER}router.all('/items', (ctx) => { ctx.throw(405, { headers: { Allow: 'GET, HEAD, POST' } }); });`,
    `${ROUTER}router.all('/items', (ctx) => { ctx.assert(ctx.user, 405, 'Read only', { headers: { allow: 'GET' } }); });`,
    // Headers not statically known: unsure, so not reported.
    `${ROUTER}router.all('/items', (ctx) => { ctx.throw(405, 'Nope', { headers }); });`,
    `${ROUTER}router.all('/items', (ctx) => { ctx.throw(405, options); });`,
    `${ROUTER}router.all('/items', (ctx) => { ctx.set(name, value); ctx.status = 405; });`,
    // Dynamic status.
    `${ROUTER}router.all('/items', (ctx) => { ctx.status = code; ctx.throw(status); });`,
    // A string is the message for ctx.throw (http-errors makes it a 500).
    `${ROUTER}router.all('/items', (ctx) => { ctx.throw('405'); });`,
    // 405 only in the body.
    `${ROUTER}router.all('/items', (ctx) => { ctx.body = { status: 405, error: 'nope' }; });`,
    // Other statuses.
    `${ROUTER}router.all('/items', (ctx) => { ctx.status = 404; ctx.throw(403, 'No'); });`,
    // Client and test code: not a handler's context.
    `const ctx = createMockContext(); ctx.status = 405;`,
    `it('rejects PUT', async () => { const res = await request(app.callback()).put('/items'); expect(res.status).toBe(405); });`,
    `test('status', () => { expect(ctx.status).toBe(405); });`,
    // Without a Koa import, only a parameter named ctx counts as a Koa context.
    `export function reply(res) { res.status = 405; }`,
    // In a Koa file, an error object handed to a helper is not the context.
    `import Koa from 'koa';
export function withStatus(err) { err.status = 405; return err; }`,
  ],
  invalid: [
    {
      name: 'ctx.status assignment in a catch-all with sibling routes',
      code: `${ROUTER}router.all('/items', async (ctx) => {
  ctx.status = 405;
  ctx.body = { error: 'Method Not Allowed' };
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 3,
          data: { methods: 'GET, HEAD, POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              data: { methods: 'GET, HEAD, POST' },
              output: `${ROUTER}router.all('/items', async (ctx) => {
  ctx.status = 405;
  ctx.set('Allow', 'GET, HEAD, POST');
  ctx.body = { error: 'Method Not Allowed' };
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'ctx.throw gets a props argument',
      code: `${ROUTER}router.put('/items', (ctx) => ctx.throw(405));`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 5,
          column: 31,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `${ROUTER}router.put('/items', (ctx) => ctx.throw(405, { headers: { Allow: 'GET, HEAD, POST' } }));`,
            },
          ],
        },
      ],
    },
    {
      name: 'ctx.throw with a message and props: headers merged into the props',
      code: `${ROUTER}router.put('/items', (ctx) => {
  ctx.throw(405, 'Read only', { expose: true });
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 3,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `${ROUTER}router.put('/items', (ctx) => {
  ctx.throw(405, 'Read only', { expose: true, headers: { Allow: 'GET, HEAD, POST' } });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'existing headers object gets the Allow entry',
      code: `${ROUTER}router.put('/items', (ctx) => {
  ctx.throw(405, \`\${ctx.method} is not allowed\`, {
    headers: {
      'Cache-Control': 'no-store',
    },
  });
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 3,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `${ROUTER}router.put('/items', (ctx) => {
  ctx.throw(405, \`\${ctx.method} is not allowed\`, {
    headers: {
      'Cache-Control': 'no-store',
      Allow: 'GET, HEAD, POST',
    },
  });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Allow set on the context before a throw is discarded by Koa',
      code: `${ROUTER}router.all('/items', (ctx) => {
  ctx.set('Allow', 'GET, HEAD, POST');
  ctx.throw(405);
});`,
      errors: [
        {
          messageId: 'allowHeaderDiscarded',
          line: 7,
          column: 3,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `${ROUTER}router.all('/items', (ctx) => {
  ctx.set('Allow', 'GET, HEAD, POST');
  ctx.throw(405, { headers: { Allow: 'GET, HEAD, POST' } });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'ctx.assert: props go fourth, a missing message is padded',
      code: `${ROUTER}router.delete('/items', (ctx) => {
  ctx.assert(ctx.state.admin, 405, 'Deleting is off');
  ctx.assert.ok(ctx.state.owner, 405);
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 3,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `${ROUTER}router.delete('/items', (ctx) => {
  ctx.assert(ctx.state.admin, 405, 'Deleting is off', { headers: { Allow: 'GET, HEAD, POST' } });
  ctx.assert.ok(ctx.state.owner, 405);
});`,
            },
          ],
        },
        {
          messageId: 'missingAllowHeader',
          line: 7,
          column: 3,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `${ROUTER}router.delete('/items', (ctx) => {
  ctx.assert(ctx.state.admin, 405, 'Deleting is off');
  ctx.assert.ok(ctx.state.owner, 405, undefined, { headers: { Allow: 'GET, HEAD, POST' } });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'ctx.assert with props: headers merged into them',
      code: `${ROUTER}router.delete('/items', (ctx) => {
  ctx.assert(ctx.state.admin, 405, 'Deleting is off', { expose: true });
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 3,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `${ROUTER}router.delete('/items', (ctx) => {
  ctx.assert(ctx.state.admin, 405, 'Deleting is off', { expose: true, headers: { Allow: 'GET, HEAD, POST' } });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'ctx.response.status with a method switch and another context name',
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (context, next) => {
  switch (context.method) {
    case 'GET':
      return next();
    default:
      context.response.status = 405;
  }
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 8,
          column: 7,
          data: { methods: 'GET' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import Koa from 'koa';
const app = new Koa();
app.use(async (context, next) => {
  switch (context.method) {
    case 'GET':
      return next();
    default:
      context.response.status = 405;
      context.set('Allow', 'GET');
  }
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'no Koa import: a ctx parameter (Egg/Midway style), double quotes, string status',
      code: `export default async function upload(ctx) {
  if (ctx.method !== "POST") {
    ctx.status = "405";
    return;
  }
  await save(ctx.request.body);
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 3,
          column: 5,
          data: { methods: 'POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `export default async function upload(ctx) {
  if (ctx.method !== "POST") {
    ctx.status = "405";
    ctx.set("Allow", "POST");
    return;
  }
  await save(ctx.request.body);
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'named routes and router.register feed the method list',
      code: `import Router from '@koa/router';
const router = new Router({ prefix: '/api' });
router.get('job', '/jobs/:id', show);
router.register('/jobs/:id', ['PUT', 'DELETE'], [auth, update]);
router.all('/jobs/:id', (ctx) => ctx.throw(405, 'Nope'));`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 5,
          column: 34,
          data: { methods: 'GET, HEAD, PUT, DELETE' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import Router from '@koa/router';
const router = new Router({ prefix: '/api' });
router.get('job', '/jobs/:id', show);
router.register('/jobs/:id', ['PUT', 'DELETE'], [auth, update]);
router.all('/jobs/:id', (ctx) => ctx.throw(405, 'Nope', { headers: { Allow: 'GET, HEAD, PUT, DELETE' } }));`,
            },
          ],
        },
      ],
    },
    {
      name: 'methods unknown: reported without a suggestion',
      code: `import Koa from 'koa';
export async function reject(ctx) {
  ctx.throw(405);
}`,
      errors: [{ messageId: 'missingAllowHeaderUnknownMethods', line: 3, column: 3, suggestions: [] }],
    },
  ],
});
