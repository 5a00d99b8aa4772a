/**
 * Hono. (Not written yet: registered so the adapter order is fixed.)
 */
import type { Adapter } from './types';

export const honoAdapter: Adapter = {
  name: 'hono',
  applies: () => false,
  collect() {},
};
