import rule from '../../rules/no-501-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-501-for-unsupported-method', rule, {
  valid: [
    // Server-wide unknown-method guard: no path context, 501 is right (RFC 9110 §9.1).
    `import { createServer } from 'node:http';
const KNOWN = ['GET', 'HEAD', 'POST'];
createServer((req, res) => {
  if (!KNOWN.includes(req.method)) { res.writeHead(501); return res.end(); }
  route(req, res);
});`,
    `import express from 'express';
const app = express();
app.use((req, res, next) => {
  if (!['GET', 'POST'].includes(req.method)) return res.sendStatus(501);
  next();
});`,
    // A stub that answers 501 to every method.
    `import express from 'express';
const app = express();
app.all('/reports', (req, res) => res.sendStatus(501));`,
    // A method-bound stub on a path that serves nothing else.
    `import express from 'express';
const app = express();
app.post('/export', (req, res) => res.status(501).send('coming soon'));`,
    // 501 that does not depend on the method.
    `import express from 'express';
const app = express();
app.post('/upload', (req, res) => {
  if (req.headers['content-encoding'] === 'br') return res.status(501).send('brotli not supported');
  save(req, res);
});`,
  ],
  invalid: [
    {
      name: 'method switch default on a route',
      code: `import express from 'express';
const app = express();
app.all('/items/:id', (req, res) => {
  switch (req.method) {
    case 'GET':
      return show(req, res);
    case 'PUT':
      return update(req, res);
    default:
      return res.status(501).end();
  }
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 10,
          column: 14,
          data: { methods: 'GET, PUT', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import express from 'express';
const app = express();
app.all('/items/:id', (req, res) => {
  switch (req.method) {
    case 'GET':
      return show(req, res);
    case 'PUT':
      return update(req, res);
    default:
      return res.status(405).set('Allow', 'GET, PUT').end();
  }
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'method-bound stub while the path serves other methods',
      code: `import express from 'express';
const app = express();
app.get('/items', list);
app.post('/items', create);
app.delete('/items', (req, res) => {
  res.sendStatus(501);
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 6,
          column: 3,
          data: { methods: 'GET, HEAD, POST', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import express from 'express';
const app = express();
app.get('/items', list);
app.post('/items', create);
app.delete('/items', (req, res) => {
  res.set('Allow', 'GET, HEAD, POST').sendStatus(405);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Next.js pages API route: the file is the resource',
      filename: 'pages/api/orders.ts',
      code: `export default function handler(req, res) {
  if (req.method === 'GET') return res.json([]);
  if (req.method === 'POST') return res.status(201).json({});
  res.status(501).json({ error: 'Not implemented' });
}`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `export default function handler(req, res) {
  if (req.method === 'GET') return res.json([]);
  if (req.method === 'POST') return res.status(201).json({});
  res.setHeader('Allow', ['GET', 'POST']);
  res.status(405).json({ error: 'Not implemented' });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'methods not known: reported without a fix',
      code: `import express from 'express';
const app = express();
app.all('/jobs', (req, res) => {
  if (req.method === 'PATCH') return res.sendStatus(501);
  run(req, res);
});`,
      errors: [{ messageId: 'notImplementedForMethodUnknownMethods', line: 4, column: 38, suggestions: [] }],
    },
    {
      name: 'raw http: method guard inside a path branch, http2 constant',
      code: `import { createServer, constants } from 'node:http2';
createServer((req, res) => {
  if (req.url === '/feed') {
    if (req.method !== 'GET') {
      res.writeHead(constants.HTTP_STATUS_NOT_IMPLEMENTED);
      return res.end();
    }
    return feed(res);
  }
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 5,
          column: 7,
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { createServer, constants } from 'node:http2';
createServer((req, res) => {
  if (req.url === '/feed') {
    if (req.method !== 'GET') {
      res.writeHead(constants.HTTP_STATUS_METHOD_NOT_ALLOWED, { Allow: 'GET' });
      return res.end();
    }
    return feed(res);
  }
});`,
            },
          ],
        },
      ],
    },
  ],
});
