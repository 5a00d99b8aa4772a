/**
 * no-403-for-unsupported-method on http-errors in Express handlers (HTTP-SEMANTICS.md B.14). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-403-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-403-for-unsupported-method (http-errors)', rule, {
  valid: [
    {
      name: 'user check before next(createError(403))',
      filename: 'src/app.js',
      code: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.get('/posts', listPosts);
app.delete('/posts', (req, res, next) => {
  if (!req.user) return next(createError(403));
  removePosts(req, res);
});`,
    },
    {
      name: 'CSRF check for unsafe methods',
      filename: 'src/app.js',
      code: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.use((req, res, next) => {
  if (req.method !== 'GET' && req.get('x-csrf-token') !== req.session.csrf) return next(createError(403, 'Invalid CSRF token'));
  next();
});`,
    },
  ],
  invalid: [
    {
      name: 'thrown createError(403, msg, props) in a one-line guard: headers merged into the props',
      filename: 'src/app.ts',
      code: `import express from 'express';
import createError from 'http-errors';
const app = express();
app.all('/catalog', (req, res) => {
  if (req.method !== 'GET') throw createError(403, 'The catalog is read-only', { expose: true });
  res.json(catalog);
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 5,
          column: 35,
          data: { methods: 'GET', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import express from 'express';
import createError from 'http-errors';
const app = express();
app.all('/catalog', (req, res) => {
  if (req.method !== 'GET') throw createError(405, 'The catalog is read-only', { expose: true, headers: { allow: 'GET' } });
  res.json(catalog);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'named Forbidden constructor in a method-bound route: renamed, import added',
      filename: 'src/app.ts',
      code: `import express from 'express';
import { Forbidden } from 'http-errors';
const app = express();
app.get('/settings', showSettings);
app.patch('/settings', saveSettings);
app.delete('/settings', (req, res, next) => {
  next(new Forbidden('Settings cannot be deleted'));
});`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 7,
          column: 8,
          data: { methods: 'GET, HEAD, PATCH', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import express from 'express';
import { MethodNotAllowed } from 'http-errors';
const app = express();
app.get('/settings', showSettings);
app.patch('/settings', saveSettings);
app.delete('/settings', (req, res, next) => {
  res.set('Allow', 'GET, HEAD, PATCH');
  next(new MethodNotAllowed('Settings cannot be deleted'));
});`,
            },
          ],
        },
      ],
    },
  ],
});
