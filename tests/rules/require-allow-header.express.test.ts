import rule from '../../rules/require-allow-header';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('require-allow-header (express)', rule, {
  valid: [
    // Allow set in the chain, before or after the status.
    `import express from 'express';
const app = express();
app.all('/items', (req, res) => { res.set('Allow', 'GET').status(405).end(); });`,
    `import express from 'express';
const app = express();
app.all('/items', (req, res) => { res.status(405).set('allow', 'GET').end(); });`,
    // Allow set by another statement on the same response, any spelling.
    `import express from 'express';
const app = express();
app.all('/items', (req, res) => {
  res.setHeader('ALLOW', ['GET']);
  res.sendStatus(405);
});`,
    // Header name not statically known: unsure, so not reported.
    `import express from 'express';
const app = express();
app.all('/items', (req, res) => { res.set(headers); res.status(405).end(); });`,
    // Dynamic status.
    `import express from 'express';
const app = express();
app.all('/items', (req, res) => { res.status(code).end(); });`,
    // 405 only inside a JSON body; the HTTP status is 200.
    `import express from 'express';
const app = express();
app.get('/items', (req, res) => { res.json({ status: 405, error: 'nope' }); });`,
    // Client code and test assertions are not responses.
    `const response = await fetch('/x'); if (response.status === 405) retry();`,
    `it('rejects', () => request(app).put('/items').expect(405));`,
    `nock('https://api.test').put('/items').reply(405);`,
    `expect(res.status).toHaveBeenCalledWith(405);`,
    // Receiver is not a handler parameter.
    `const res = makeResponse(); res.status(405);`,
    // Other statuses.
    `import express from 'express';
const app = express();
app.all('/items', (req, res) => { res.status(404).end(); });`,
    // Access-Control-Allow-Methods is not Allow, but "Allowed" is not either: both stay reported elsewhere.
  ],
  invalid: [
    {
      name: 'catch-all for a path with sibling routes',
      code: `import express from 'express';
const app = express();
app.get('/items', list);
app.post('/items', create);
app.all('/items', (req, res) => {
  res.status(405).json({ error: 'Method Not Allowed' });
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
              output: `import express from 'express';
const app = express();
app.get('/items', list);
app.post('/items', create);
app.all('/items', (req, res) => {
  res.status(405).set('Allow', 'GET, HEAD, POST').json({ error: 'Method Not Allowed' });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'route().get().all() chain',
      code: `import { Router } from 'express';
const router = Router();
router.route('/users/:id').get(show).delete(destroy).all((req, res) => res.sendStatus(405));`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 3,
          column: 72,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { Router } from 'express';
const router = Router();
router.route('/users/:id').get(show).delete(destroy).all((req, res) => res.set('Allow', 'GET, HEAD, DELETE').sendStatus(405));`,
            },
          ],
        },
      ],
    },
    {
      name: 'method switch default, with a status constant',
      code: `import express from 'express';
import { StatusCodes } from 'http-status-codes';
const app = express();
app.all('/doc', (req, res) => {
  switch (req.method) {
    case 'GET':
    case 'HEAD':
      return res.send(doc);
    case 'PUT':
      return save(req, res);
    default:
      return res.status(StatusCodes.METHOD_NOT_ALLOWED).end();
  }
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 12,
          column: 14,
          data: { methods: 'GET, HEAD, PUT' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import express from 'express';
import { StatusCodes } from 'http-status-codes';
const app = express();
app.all('/doc', (req, res) => {
  switch (req.method) {
    case 'GET':
    case 'HEAD':
      return res.send(doc);
    case 'PUT':
      return save(req, res);
    default:
      return res.status(StatusCodes.METHOD_NOT_ALLOWED).set('Allow', 'GET, HEAD, PUT').end();
  }
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'negated guard with a local const and double quotes',
      code: `const express = require("express");
const NOT_ALLOWED = 405;
const app = express();
app.use("/hook", (req, res, next) => {
  if (req.method !== "POST") {
    return res.status(NOT_ALLOWED).send("Use POST");
  }
  next();
});`,
      filename: 'src/hook.js',
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 6,
          column: 12,
          data: { methods: 'POST' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `const express = require("express");
const NOT_ALLOWED = 405;
const app = express();
app.use("/hook", (req, res, next) => {
  if (req.method !== "POST") {
    return res.status(NOT_ALLOWED).set("Allow", "POST").send("Use POST");
  }
  next();
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'methods unknown: reported without a suggestion',
      code: `import express from 'express';
export function reject(req, res) {
  res.status(405).end();
}`,
      errors: [{ messageId: 'missingAllowHeaderUnknownMethods', line: 3, column: 3, suggestions: [] }],
    },
    {
      name: 'Access-Control-Allow-Methods and misspellings do not count',
      code: `import express from 'express';
const app = express();
app.all('/x', (req, res) => {
  if (req.method !== 'GET') {
    res.set('Access-Control-Allow-Methods', 'GET');
    res.set('Allowed', 'GET');
    return res.sendStatus(405);
  }
  res.send('ok');
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 7,
          column: 12,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import express from 'express';
const app = express();
app.all('/x', (req, res) => {
  if (req.method !== 'GET') {
    res.set('Access-Control-Allow-Methods', 'GET');
    res.set('Allowed', 'GET');
    return res.set('Allow', 'GET').sendStatus(405);
  }
  res.send('ok');
});`,
            },
          ],
        },
      ],
    },
  ],
});

runRuleTests('require-allow-header (branches)', rule, {
  valid: [],
  invalid: [
    {
      name: 'an Allow written in one branch does not cover a 405 in another',
      code: `import express from 'express';
const app = express();
app.all('/x', (req, res) => {
  if (req.method === 'TRACE') {
    res.set('Allow', 'GET');
    return res.sendStatus(405);
  }
  if (req.method !== 'GET') return res.sendStatus(405);
  res.send('ok');
});`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 8,
          column: 36,
          data: { methods: 'GET' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import express from 'express';
const app = express();
app.all('/x', (req, res) => {
  if (req.method === 'TRACE') {
    res.set('Allow', 'GET');
    return res.sendStatus(405);
  }
  if (req.method !== 'GET') return res.set('Allow', 'GET').sendStatus(405);
  res.send('ok');
});`,
            },
          ],
        },
      ],
    },
  ],
});

runRuleTests('require-allow-header (registration order)', rule, {
  valid: [],
  invalid: [
    {
      name: 'routes registered after an all-methods route on the same path are never reached',
      code: `import express from 'express';
const app = express();
app.all('/books', (req, res) => res.status(405).end());
app.get('/books', listBooks);
app.post('/books', createBook);`,
      errors: [{ messageId: 'missingAllowHeaderUnknownMethods', line: 3, column: 33, suggestions: [] }],
    },
  ],
});
