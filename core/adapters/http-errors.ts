/**
 * http-errors (createError) across Express, Koa and Fastify. (Not written yet: registered so the adapter order is fixed.)
 */
import type { Adapter } from './types';

export const httpErrorsAdapter: Adapter = {
  name: 'http-errors',
  applies: () => false,
  collect() {},
};
