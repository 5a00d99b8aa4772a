/**
 * Fastify. (Not written yet: registered so the adapter order is fixed.)
 */
import type { Adapter } from './types';

export const fastifyAdapter: Adapter = {
  name: 'fastify',
  applies: () => false,
  collect() {},
};
