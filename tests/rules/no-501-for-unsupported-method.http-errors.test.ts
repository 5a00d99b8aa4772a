/**
 * no-501-for-unsupported-method on http-errors in Express handlers (HTTP-SEMANTICS.md B.14). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-501-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-501-for-unsupported-method (http-errors)', rule, {
  valid: [
    {
      name: 'server-wide middleware for methods nothing implements',
      filename: 'src/app.js',
      code: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.use((req, res, next) => {
  if (!['GET', 'HEAD', 'POST'].includes(req.method)) return next(createError(501));
  next();
});`,
    },
    {
      name: 'an all-methods stub',
      filename: 'src/app.js',
      code: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.get('/items', listItems);
app.all('/exports', (req, res, next) => next(createError(501, 'Exports are coming soon')));`,
    },
    {
      name: 'a constructor for an unsupported feature, not the method',
      filename: 'src/app.ts',
      code: `import express from 'express';
import { NotImplemented } from 'http-errors';
const app = express();
app.get('/uploads', listUploads);
app.post('/uploads', (req, res, next) => {
  if (req.get('content-encoding') === 'br') return next(new NotImplemented('Brotli is not supported'));
  save(req, res);
});`,
    },
  ],
  invalid: [
    {
      name: 'next(createError(501)) in a method-bound route: res.set() before it',
      filename: 'src/app.js',
      code: `const express = require('express');
const createError = require('http-errors');

const app = express();

app.get('/invoices/:id', showInvoice);
app.put('/invoices/:id', updateInvoice);
app.delete('/invoices/:id', (req, res, next) => {
  next(createError(501, 'Invoices cannot be deleted'));
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 9,
          column: 8,
          data: { methods: 'GET, HEAD, PUT', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `const express = require('express');
const createError = require('http-errors');

const app = express();

app.get('/invoices/:id', showInvoice);
app.put('/invoices/:id', updateInvoice);
app.delete('/invoices/:id', (req, res, next) => {
  res.set('Allow', 'GET, HEAD, PUT');
  next(createError(405, 'Invoices cannot be deleted'));
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'createError.NotImplemented constructor under an Express method guard: renamed',
      filename: 'src/app.js',
      code: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.all('/reports', (req, res, next) => {
  if (req.method !== 'GET' && req.method !== 'POST') {
    return next(new createError.NotImplemented());
  }
  handleReports(req, res, next);
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 6,
          column: 17,
          data: { methods: 'GET, POST', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.all('/reports', (req, res, next) => {
  if (req.method !== 'GET' && req.method !== 'POST') {
    res.set('Allow', 'GET, POST');
    return next(new createError.MethodNotAllowed());
  }
  handleReports(req, res, next);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'thrown createError(501) in a method-bound route',
      filename: 'src/app.ts',
      code: `import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/invoices', listInvoices);
app.patch('/invoices', (req, res) => {
  throw createError(501);
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 6,
          column: 9,
          data: { methods: 'GET, HEAD', method: 'PATCH' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/invoices', listInvoices);
app.patch('/invoices', (req, res) => {
  res.set('Allow', 'GET, HEAD');
  throw createError(405);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'createError[501] under a method switch default',
      filename: 'src/app.js',
      code: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.all('/feeds', (req, res, next) => {
  switch (req.method) {
    case 'GET':
      return listFeeds(req, res);
    default:
      return next(new createError[501]());
  }
});`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 9,
          column: 19,
          data: { methods: 'GET', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.all('/feeds', (req, res, next) => {
  switch (req.method) {
    case 'GET':
      return listFeeds(req, res);
    default:
      res.set('Allow', 'GET');
      return next(new createError[405]());
  }
});`,
            },
          ],
        },
      ],
    },
  ],
});
