import rule from '../../rules/no-403-for-missing-route';
import { runRuleTests } from '../helpers/rule-tester';

// http-errors in Express, Koa and Fastify: factory, member and named constructors, next(err) and throw.

runRuleTests('no-403-for-missing-route (http-errors)', rule, {
  valid: [
    {
      name: 'role check with next(createError(403))',
      filename: 'src/app.js',
      code: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.get('/admin', (req, res, next) => {
  if (!req.user || !req.user.isAdmin) return next(createError(403, 'Admins only'));
  res.send('ok');
});`,
    },
    {
      name: 'middleware that calls next() on success',
      filename: 'src/app.js',
      code: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.get('/a', a);
app.use((req, res, next) => {
  if (!req.session) return next(createError(403));
  next();
});`,
    },
    {
      name: 'a not-found message about the client token is an authentication failure',
      filename: 'src/app.js',
      code: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.get('/reports/:id', async (req, res, next) => {
  const token = req.get('x-token');
  if (!token) return next(createError(403, 'Token not found'));
  res.json(await reports.get(req.params.id));
});`,
    },
    {
      name: 'error handler that turns a CSRF failure into a 403',
      filename: 'src/app.js',
      code: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.get('/a', a);
app.use((err, req, res, next) => {
  if (err.code === 'EBADCSRFTOKEN') return next(createError(403, 'Bad CSRF token'));
  next(err);
});`,
    },
    {
      name: 'ownership check with a constructor',
      filename: 'src/app.ts',
      code: `import express from 'express';
import createHttpError from 'http-errors';
const app = express();
app.delete('/posts/:id', async (req, res) => {
  const post = await posts.get(req.params.id);
  if (post.authorId !== req.user.id) throw new createHttpError.Forbidden('Not your post');
  await post.remove();
  res.sendStatus(204);
});`,
    },
    {
      name: 'path traversal guard in Koa',
      filename: 'src/app.ts',
      code: `import Koa from 'koa';
import createError from 'http-errors';
const app = new Koa();
app.use(async (ctx, next) => {
  if (ctx.path.includes('..')) throw createError(403, 'Forbidden');
  await next();
});`,
    },
  ],
  invalid: [
    {
      name: "next(createError(403, 'Not found')) on a lookup miss",
      filename: 'src/app.js',
      code: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.get('/users/:id', async (req, res, next) => {
  const user = await loadUser(req.params.id);
  if (!user) return next(createError(403, 'Not found'));
  res.json(user);
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 6,
          column: 26,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.get('/users/:id', async (req, res, next) => {
  const user = await loadUser(req.params.id);
  if (!user) return next(createError(404, 'Not found'));
  res.json(user);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'a message that says the file does not exist',
      filename: 'src/app.js',
      code: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.get('/files/:name', (req, res, next) => {
  if (!exists(req.params.name)) return next(createError(403, 'File not found'));
  res.sendFile(req.params.name, { root: 'files' });
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 5,
          column: 45,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.get('/files/:name', (req, res, next) => {
  if (!exists(req.params.name)) return next(createError(404, 'File not found'));
  res.sendFile(req.params.name, { root: 'files' });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'next(new createHttpError.Forbidden()) on a lookup miss',
      filename: 'src/app.ts',
      code: `import express from 'express';
import createHttpError from 'http-errors';
const app = express();
app.get('/books/:id', async (req, res, next) => {
  const book = await books.get(req.params.id);
  if (!book) return next(new createHttpError.Forbidden());
  res.json(book);
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 6,
          column: 26,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import express from 'express';
import createHttpError from 'http-errors';
const app = express();
app.get('/books/:id', async (req, res, next) => {
  const book = await books.get(req.params.id);
  if (!book) return next(new createHttpError.NotFound());
  res.json(book);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'named Forbidden import is swapped for NotFound',
      filename: 'src/app.ts',
      code: `import express from 'express';
import { Forbidden } from 'http-errors';
const app = express();
app.get('/books/:id', async (req, res) => {
  const book = await books.get(req.params.id);
  if (!book) throw new Forbidden('Book does not exist');
  res.json(book);
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 6,
          column: 20,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import express from 'express';
import { NotFound } from 'http-errors';
const app = express();
app.get('/books/:id', async (req, res) => {
  const book = await books.get(req.params.id);
  if (!book) throw new NotFound('Book does not exist');
  res.json(book);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'named imports: Forbidden goes, NotFound is already there',
      filename: 'src/app.ts',
      code: `import express from 'express';
import { Forbidden, NotFound } from 'http-errors';
const app = express();
app.get('/books/:id', async (req, res) => {
  const book = await books.get(req.params.id);
  if (!book) throw new Forbidden();
  if (book.deleted) throw new NotFound();
  res.json(book);
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 6,
          column: 20,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import express from 'express';
import { NotFound } from 'http-errors';
const app = express();
app.get('/books/:id', async (req, res) => {
  const book = await books.get(req.params.id);
  if (!book) throw new NotFound();
  if (book.deleted) throw new NotFound();
  res.json(book);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Express catch-all with createError[403]',
      filename: 'src/app.js',
      code: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.get('/a', a);
app.all('*', (req, res, next) => next(new createError[403]()));`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 5,
          column: 39,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `const express = require('express');
const createError = require('http-errors');
const app = express();
app.get('/a', a);
app.all('*', (req, res, next) => next(new createError[404]()));`,
            },
          ],
        },
      ],
    },
    {
      name: 'thrown in a Koa middleware after router.routes()',
      filename: 'src/app.ts',
      code: `import Koa from 'koa';
import Router from '@koa/router';
import createError from 'http-errors';
const app = new Koa();
const router = new Router();
router.get('/items', listItems);
app.use(router.routes());
app.use(() => {
  throw createError(403, 'Forbidden');
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 9,
          column: 9,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Koa from 'koa';
import Router from '@koa/router';
import createError from 'http-errors';
const app = new Koa();
const router = new Router();
router.get('/items', listItems);
app.use(router.routes());
app.use(() => {
  throw createError(404, 'Forbidden');
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'thrown in a Fastify handler on a lookup miss',
      filename: 'src/app.ts',
      code: `import Fastify from 'fastify';
import createError from 'http-errors';
const app = Fastify();
app.get('/books/:id', async (request) => {
  const book = await books.get(request.params.id);
  if (!book) throw createError(403);
  return book;
});`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 6,
          column: 20,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import Fastify from 'fastify';
import createError from 'http-errors';
const app = Fastify();
app.get('/books/:id', async (request) => {
  const book = await books.get(request.params.id);
  if (!book) throw createError(404);
  return book;
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'a constructor destructured from require(): reported without a fix',
      filename: 'src/app.js',
      code: `const express = require('express');
const { Forbidden } = require('http-errors');
const app = express();
app.get('/a', a);
app.all('*', () => { throw new Forbidden(); });`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 5,
          column: 28,
          suggestions: [],
        },
      ],
    },
  ],
});
