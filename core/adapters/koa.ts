/**
 * Koa and @koa/router. (Not written yet: registered so the adapter order is fixed.)
 */
import type { Adapter } from './types';

export const koaAdapter: Adapter = {
  name: 'koa',
  applies: () => false,
  collect() {},
};
