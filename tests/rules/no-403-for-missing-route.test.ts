import rule from '../../rules/no-403-for-missing-route';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-403-for-missing-route', rule, {
  valid: [
    // Authorization: role, ownership, feature flag, path traversal.
    `import express from 'express';
const app = express();
app.get('/admin', (req, res) => {
  if (!req.user?.isAdmin) return res.status(403).json({ error: 'Forbidden' });
  res.send('ok');
});`,
    `import express from 'express';
const app = express();
app.delete('/posts/:id', async (req, res) => {
  const post = await db.posts.find(req.params.id);
  if (post.authorId !== req.user.id) return res.sendStatus(403);
  res.sendStatus(204);
});`,
    `import express from 'express';
const app = express();
app.post('/signup', (req, res) => {
  if (!config.signupsEnabled) return res.status(403).send('Sign-ups are disabled');
});`,
    `import { createServer } from 'node:http';
createServer((req, res) => {
  if (req.url.includes('..')) { res.writeHead(403); return res.end(); }
  serveStatic(req, res);
});`,
    // A middleware before the routes that hands on to next().
    `import express from 'express';
const app = express();
app.use((req, res, next) => { if (!req.user) return res.sendStatus(403); next(); });
app.get('/a', a);`,
    // A catch-all 403 under another condition: unsure, not reported.
    `import express from 'express';
const app = express();
app.get('/a', a);
app.use((req, res) => { if (req.path.startsWith('/admin')) return res.sendStatus(403); res.sendStatus(404); });`,
    // A 404 in the not-found handler is already right; hiding a forbidden resource behind 404 is allowed.
    `import express from 'express';
const app = express();
app.get('/a', a);
app.use((req, res) => res.status(404).send('Not found'));`,
    // Lookup by something other than a path parameter.
    `import express from 'express';
const app = express();
app.get('/me', async (req, res) => {
  const session = await sessions.get(req.cookies.sid);
  if (!session) return res.sendStatus(403);
  res.json(session);
});`,
    // checkLookups: false turns the lookup evidence off.
    {
      code: `import express from 'express';
const app = express();
app.get('/users/:id', async (req, res) => {
  const user = await db.users.findById(req.params.id);
  if (!user) return res.status(403).end();
  res.json(user);
});`,
      options: [{ checkLookups: false }],
    } as never,
  ],
  invalid: [
    {
      name: 'trailing app.use after the routes',
      code: `import express from 'express';
const app = express();
app.get('/books', listBooks);
app.use((req, res) => {
  res.status(403).json({ error: 'Forbidden' });
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 5,
          column: 3,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import express from 'express';
const app = express();
app.get('/books', listBooks);
app.use((req, res) => {
  res.status(404).json({ error: 'Forbidden' });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Express 5 catch-all with a status constant',
      code: `import express from 'express';
import { StatusCodes } from 'http-status-codes';
const app = express();
app.use('/api', api);
app.all('/{*splat}', (req, res) => res.sendStatus(StatusCodes.FORBIDDEN));`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 5,
          column: 36,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import express from 'express';
import { StatusCodes } from 'http-status-codes';
const app = express();
app.use('/api', api);
app.all('/{*splat}', (req, res) => res.sendStatus(StatusCodes.NOT_FOUND));`,
            },
          ],
        },
      ],
    },
    {
      name: 'lookup miss by a path parameter',
      code: `import express from 'express';
const app = express();
app.get('/users/:id', async (req, res) => {
  const user = await db.users.findById(req.params.id);
  if (!user) return res.status('403').end();
  res.json(user);
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 5,
          column: 21,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import express from 'express';
const app = express();
app.get('/users/:id', async (req, res) => {
  const user = await db.users.findById(req.params.id);
  if (!user) return res.status('404').end();
  res.json(user);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'message says not found',
      code: `import express from 'express';
const app = express();
app.get('/files/:name', (req, res) => {
  if (!exists(req.query.name)) return res.status(403).send('File does not exist');
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 4,
          column: 39,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import express from 'express';
const app = express();
app.get('/files/:name', (req, res) => {
  if (!exists(req.query.name)) return res.status(404).send('File does not exist');
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'raw http server: fall-through after path dispatch',
      code: `import { createServer } from 'node:http';
const FORBIDDEN = 403;
createServer((req, res) => {
  const { pathname } = new URL(req.url, 'http://x');
  if (pathname === '/health') return res.end('ok');
  if (pathname === '/metrics') return metrics(res);
  res.writeHead(FORBIDDEN);
  res.end();
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 7,
          column: 3,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { createServer } from 'node:http';
const FORBIDDEN = 403;
createServer((req, res) => {
  const { pathname } = new URL(req.url, 'http://x');
  if (pathname === '/health') return res.end('ok');
  if (pathname === '/metrics') return metrics(res);
  res.writeHead(404);
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'switch on the path: default branch',
      code: `export function handle(req, res) {
  switch (req.url) {
    case '/':
      return home(res);
    default:
      res.statusCode = 403;
      res.end('Forbidden');
  }
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 6,
          column: 7,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `export function handle(req, res) {
  switch (req.url) {
    case '/':
      return home(res);
    default:
      res.statusCode = 404;
      res.end('Forbidden');
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
