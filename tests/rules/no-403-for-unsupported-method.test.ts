import rule from '../../rules/no-403-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-403-for-unsupported-method', rule, {
  valid: [
    // Authorization behind the method test: user, role, scope, token, ownership.
    `import express from 'express';
const app = express();
app.all('/posts/:id', (req, res) => {
  if (req.method === 'DELETE' && !req.user.isAdmin) return res.sendStatus(403);
  handle(req, res);
});`,
    `import express from 'express';
const app = express();
app.all('/posts', (req, res) => {
  if (!req.scopes.includes('write')) {
    if (req.method !== 'GET') return res.sendStatus(403);
  }
  handle(req, res);
});`,
    `import express from 'express';
const app = express();
app.use((req, res, next) => {
  if (req.method !== 'GET' && !validCsrf(req)) return res.status(403).send('Bad CSRF token');
  next();
});`,
    // A method-bound handler that checks the user.
    `import express from 'express';
const app = express();
app.get('/posts', list);
app.delete('/posts', (req, res) => {
  if (!req.user) return res.sendStatus(403);
  remove(req, res);
});`,
    // 405 is already right.
    `import express from 'express';
const app = express();
app.all('/posts', (req, res) => {
  if (req.method !== 'GET') return res.set('Allow', 'GET').sendStatus(405);
});`,
  ],
  invalid: [
    {
      name: 'read-only endpoint rejecting other methods with 403',
      code: `import express from 'express';
const app = express();
app.all('/catalog', (req, res) => {
  if (req.method !== 'GET') {
    return res.status(403).json({ error: 'read-only' });
  }
  res.json(catalog);
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 5,
          column: 12,
          data: { methods: 'GET', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import express from 'express';
const app = express();
app.all('/catalog', (req, res) => {
  if (req.method !== 'GET') {
    return res.status(405).set('Allow', 'GET').json({ error: 'read-only' });
  }
  res.json(catalog);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'method-bound handler answering 403 unconditionally, siblings on the path',
      code: `import express from 'express';
const router = express.Router();
router.get('/settings', show);
router.put('/settings', save);
router.delete('/settings', (req, res) => res.sendStatus(403));`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 5,
          column: 42,
          data: { methods: 'GET, HEAD, PUT', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import express from 'express';
const router = express.Router();
router.get('/settings', show);
router.put('/settings', save);
router.delete('/settings', (req, res) => res.set('Allow', 'GET, HEAD, PUT').sendStatus(405));`,
            },
          ],
        },
      ],
    },
    {
      name: 'positive method test with no known siblings: no fix',
      code: `export function handler(req, res) {
  if (req.method === 'DELETE') {
    res.statusCode = 403;
    return res.end();
  }
  serve(req, res);
}`,
      errors: [{ messageId: 'forbiddenForMethodUnknownMethods', line: 3, column: 5, data: { methods: '', method: 'DELETE' }, suggestions: [] }],
    },
    {
      name: 'Allow already present: only the status changes',
      code: `import express from 'express';
const app = express();
app.all('/catalog', (req, res) => {
  if (req.method !== 'GET') {
    res.set('Allow', 'GET');
    return res.sendStatus(403);
  }
  res.json(catalog);
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 6,
          column: 12,
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import express from 'express';
const app = express();
app.all('/catalog', (req, res) => {
  if (req.method !== 'GET') {
    res.set('Allow', 'GET');
    return res.sendStatus(405);
  }
  res.json(catalog);
});`,
            },
          ],
        },
      ],
    },
  ],
});
