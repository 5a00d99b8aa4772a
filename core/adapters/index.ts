/**
 * The adapters, most specific first: a node claimed by one adapter is not reported again by a later one.
 * `routes` and `headers` are framework-neutral facts every check reads.
 */
import { expressAdapter } from './express';
import { fastifyAdapter } from './fastify';
import { fetchAdapter } from './fetch';
import { h3Adapter } from './h3';
import { hapiAdapter } from './hapi';
import { headersAdapter } from './headers';
import { honoAdapter } from './hono';
import { httpErrorsAdapter } from './http-errors';
import { koaAdapter } from './koa';
import { lambdaAdapter } from './lambda';
import { nestAdapter } from './nest';
import { nodeAdapter } from './node';
import { routesAdapter } from './routes';
import type { Adapter } from './types';

export const ADAPTERS: readonly Adapter[] = [
  routesAdapter,
  headersAdapter,
  nestAdapter,
  honoAdapter,
  koaAdapter,
  fastifyAdapter,
  hapiAdapter,
  h3Adapter,
  fetchAdapter,
  lambdaAdapter,
  httpErrorsAdapter,
  expressAdapter,
  nodeAdapter,
];
